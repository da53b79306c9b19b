/**
 * Issue 10: the first screen's code is a chunk of its own (the course map's, a lesson's text,
 * the assessment's), which the browser used to find only once the entry had run: one more
 * round trip before the screen could be drawn. This writes a tiny classic script into
 * index.html at build which reads the route from the URL and asks for that screen's chunk,
 * the chunks it imports and its styles while the entry is still coming down. Every other
 * route asks for nothing, and a linked lesson never for the map's files.
 *
 * A script file, not inline: the strict CSP (csp-plugin.ts) forbids inline scripts. Async
 * and first in <head>, so it is in before the entry (a module, ~100 KB) has come down, and
 * never holds up the parser. It also marks <html> when the map is what opens, the one screen
 * that shows the cover written into index.html (static-cover.ts), which stays hidden until then.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';
import { paths } from '../../src/config/paths.ts';
import { SCORM_VERSIONS } from '../../src/config/scorm-versions.ts';
import { FIRST_SCREEN_ATTRIBUTE } from './static-cover.ts';

/** The modules whose chunks are first screens of their own (src/app/app.tsx imports them lazily). */
const MAP_MODULE = /\/src\/features\/course-map\/course-map-page\.tsx$/;
const ASSESSMENT_MODULE = /\/src\/features\/assessment\/assessment-routes\.tsx$/;
/** A lesson's text is the chunk of virtual:lesson/<id> (vite-plugin.ts). */
const LESSON_MODULE = /^\0virtual:lesson\/(.+)$/;

/** [file in the build, is CSS, wanted in the web edition only (index.html's course-tracking meta says web)]. */
type Preload = [href: string, css: 0 | 1, webOnly: 0 | 1];

export interface FirstScreens {
  map: Preload[];
  assessment: Preload[];
  lessons: Record<string, Preload[]>;
}

/**
 * For each first screen, its chunk, the chunks it imports that the entry does not (those
 * index.html already modulepreloads), and their CSS; for the map, also what it imports
 * lazily (the progress file panel, drawn in the web edition only).
 */
export function firstScreens(bundle: Rolldown.OutputBundle): FirstScreens {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const walk = (file: string, into: Set<string>) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const i of byName.get(file)?.imports ?? []) walk(i, into);
    return into;
  };
  const inEntry = new Set<string>();
  for (const entry of chunks.filter((c) => c.isEntry)) walk(entry.fileName, inEntry);
  const notInEntry = (files: Iterable<string>, also: string[] = []) => [...files].filter((f) => !inEntry.has(f) && !also.includes(f));
  const preloads = (files: string[], webOnly: 0 | 1): Preload[] => [
    ...files.map((f): Preload => [f, 0, webOnly]),
    ...files.flatMap((f) => [...(byName.get(f)?.viteMetadata?.importedCss ?? [])]).map((f): Preload => [f, 1, webOnly]),
  ];
  const chunkOf = (module: RegExp, name: string) => {
    const chunk = chunks.find((c) => c.facadeModuleId && module.test(c.facadeModuleId));
    if (!chunk) throw new Error(`first-screen plugin: no chunk for the ${name} in the build`);
    return chunk;
  };
  const map = chunkOf(MAP_MODULE, 'course map');
  const mapOwn = notInEntry(walk(map.fileName, new Set()));
  const mapLazy = notInEntry(new Set(map.dynamicImports.flatMap((f) => [...walk(f, new Set())])), mapOwn);
  const lessons: Record<string, Preload[]> = {};
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId && LESSON_MODULE.exec(chunk.facadeModuleId)?.[1];
    if (id) lessons[id] = preloads(notInEntry(walk(chunk.fileName, new Set())), 0);
  }
  return {
    map: [...preloads(mapOwn, 0), ...preloads(mapLazy, 1)],
    assessment: preloads(notInEntry(walk(chunkOf(ASSESSMENT_MODULE, 'assessment').fileName, new Set())), 0),
    lessons,
  };
}

/**
 * The script: plain ES5, so it runs in whatever browser the LMS opens the course in, and
 * without comments, as a linked lesson's first load carries it too. It reads the route as
 * src/app/first-screen.ts does (the hash's path; the map when there is none), and the
 * edition as src/app/choose-tracker.ts's trackingMode does (?tracking=, else the meta; only
 * a SCORM version is an LMS edition: the web edition has no LMS and saves to a file). It
 * marks <html> "map", "map-lms" or "other" (so a test can tell it has run). Its links ask
 * with crossorigin as Vite's loader does, so the loader's requests are answered from them.
 */
export function preloadScript(screens: FirstScreens): string {
  const [, lessonRoot] = paths.lesson('x').split('/');
  const [, assessmentRoot] = paths.assessment.split('/');
  return `/* What the first screen needs, asked for before the entry runs (tools/content-pipeline/first-screen-plugin.ts). */
(function () {
  var screens = ${JSON.stringify(screens)};
  var path = location.hash.replace(/^#/, '').split('?')[0] || ${JSON.stringify(paths.home)};
  var parts = path.split('/');
  var files =
    path === ${JSON.stringify(paths.home)} ? screens.map
    : parts[1] === ${JSON.stringify(assessmentRoot)} ? screens.assessment
    : parts[1] === ${JSON.stringify(lessonRoot)} && Object.prototype.hasOwnProperty.call(screens.lessons, parts[2]) ? screens.lessons[parts[2]]
    : [];
  var asked = /[?&]tracking=([^&#]*)/.exec(location.search);
  var meta = document.querySelector('meta[name="course-tracking"]');
  var edition = asked ? asked[1] : meta && meta.getAttribute('content');
  var web = ${JSON.stringify(SCORM_VERSIONS)}.indexOf(edition) < 0;
  document.documentElement.setAttribute(${JSON.stringify(FIRST_SCREEN_ATTRIBUTE)}, path !== ${JSON.stringify(paths.home)} ? 'other' : web ? 'map' : 'map-lms');
  for (var i = 0; i < files.length; i++) {
    if (files[i][2] && !web) continue;
    var link = document.createElement('link');
    link.rel = files[i][1] ? 'preload' : 'modulepreload';
    if (files[i][1]) link.as = 'style';
    link.crossOrigin = '';
    link.href = './' + files[i][0];
    document.head.appendChild(link);
  }
})();
`;
}

export function firstScreenPlugin(): Plugin {
  return {
    name: 'first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const source = preloadScript(firstScreens(ctx.bundle));
        const fileName = `assets/first-screen-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        // Vite runs the post hooks of a build inside its HTML plugin's generateBundle, with
        // that hook's full context, though the hook's type names only the minimal one.
        const { emitFile } = this as Partial<Rolldown.PluginContext>;
        if (typeof emitFile !== 'function') throw new Error('first-screen plugin: Vite gave no way to write the script');
        emitFile.call(this, { type: 'asset', fileName, source });
        // Asked for first, then the stylesheet, then the entry and its chunks: on a slow line
        // they share the bandwidth in the order asked, and the cover written into index.html
        // (static-cover.ts) is painted once this script has marked the page and the stylesheet
        // is in, not after ~100 KB of entry. Async, so it never holds up the parser (and
        // with it the requests after it); the cover stays hidden until it has run.
        const stylesheets = html.match(/<link\b[^>]*rel="stylesheet"[^>]*>\s*/g) ?? [];
        let rest = html;
        for (const link of stylesheets) rest = rest.replace(link, '');
        const first = rest.search(/<script\b|<link\b[^>]*rel="(?:modulepreload|preload)"/);
        if (first < 0) throw new Error('first-screen plugin: index.html has no script or link to put the script before');
        const tags = [`<script async src="./${fileName}"></script>`, ...stylesheets.map((l) => l.trim())];
        return `${rest.slice(0, first)}${tags.join('\n    ')}\n    ${rest.slice(first)}`;
      },
    },
  };
}
