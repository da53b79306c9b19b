/**
 * Serves the compiled course to the app as virtual modules: `virtual:course` (what the
 * course map needs, in the first load) and one `virtual:lesson/<id>` chunk per lesson,
 * loaded when the learner opens it, so the first screen stays small.
 * Content is validated when the build starts, so a bad file stops it before anything is
 * written.
 */
import { resolve } from 'node:path';
import { writePracticeTable } from './practice.ts';
import type { Plugin } from 'vite';
import { loadCourse, type CompiledCourse } from './load.ts';
import { ContentError } from './errors.ts';
import { looksCss } from './looks.ts';
import { lookIconNodes, lookIconsModule } from './look-icon-nodes.ts';
import { SETTINGS_FILE, settingsJson } from '../../src/config/settings-file.ts';
import { ILLUSTRATION_DIR } from './illustrations.ts';
import { withStaticCover } from './static-cover.ts';

const COURSE_ID = 'virtual:course';
const ASSESSMENT_ID = 'virtual:assessment';
const LESSON_PREFIX = 'virtual:lesson/';
// The looks' colours as a stylesheet (no inline style: the CSP forbids it). Its resolved id
// keeps the .css ending so Vite treats it as CSS and bundles it with the main stylesheet.
const LOOKS_CSS_ID = 'virtual:looks.css';
const LOOKS_CSS_RESOLVED = '\0virtual:looks.css';
const LOOK_ICONS_ID = 'virtual:look-icons';

export function coursePlugin(contentDir: string): Plugin {
  let course: CompiledCourse | undefined;
  let serving = false;
  let root = '.';
  const load = () => (course ??= loadCourse(resolve(contentDir)));

  return {
    name: 'course-content',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    buildStart() {
      course = undefined;
      try {
        writePracticeTable(root, load().practiceTable);
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        // While editing (npm start), keep the server up: the page shows the problems in
        // Vite's error overlay, and fixing the file reloads it. A build stops here.
        if (serving) this.warn(e.message);
        else this.error(e.message);
      }
    },
    // The settings file an administrator may edit (see src/app/settings.ts), holding the
    // course's own defaults, so the built course always has one to read. Its only writer:
    // the packager ships this file as built.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SETTINGS_FILE, source: settingsJson(load().meta) });
      // The scenario characters, drawn at build time: only these SVG files ship, never the
      // drawing code, and each is a file of its own (a data: URL would break the CSP).
      for (const { fileName, svg } of load().illustrations) this.emitFile({ type: 'asset', fileName, source: svg });
    },
    // While editing (npm start), the same files from memory, at the same relative URLs.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        if (!path.startsWith(`${ILLUSTRATION_DIR}/`)) return next();
        let found;
        try {
          found = load().illustrations.find((i) => i.fileName === path);
        } catch {
          // Bad content: the overlay already says why (buildStart).
        }
        if (!found) return next();
        res.setHeader('content-type', 'image/svg+xml');
        res.end(found.svg);
      });
    },
    // The app reads the settings before its first render: the preload starts that fetch with
    // the entry's, not after it has run. `crossorigin` gives it the credentials mode of the
    // app's fetch(), without which Chromium fetches the file twice. The map's cover is
    // written into #root, to be painted before the entry has run (static-cover.ts).
    transformIndexHtml: (html) =>
      serving
        ? html
        : {
            html: withStaticCover(html, load().meta),
            tags: [
              { tag: 'link', attrs: { rel: 'preload', href: `./${SETTINGS_FILE}`, as: 'fetch', crossorigin: true }, injectTo: 'head' },
            ],
          },
    resolveId(id) {
      if (id === LOOKS_CSS_ID) return LOOKS_CSS_RESOLVED;
      if (id === LOOK_ICONS_ID) return `\0${LOOK_ICONS_ID}`;
      if (id === COURSE_ID || id === ASSESSMENT_ID || id.startsWith(LESSON_PREFIX)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (id === LOOKS_CSS_RESOLVED) return looksCss(load().meta.looks);
      if (id === `\0${LOOK_ICONS_ID}`) return lookIconsModule(await lookIconNodes(Object.values(load().meta.looks).map((l) => l.icon)));
      if (id === `\0${COURSE_ID}`) {
        const { meta } = load();
        const loaders = meta.lessons
          .map((l) => `${JSON.stringify(l.id)}: () => import(${JSON.stringify(LESSON_PREFIX + l.id)})`)
          .join(',\n');
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(meta))});\nexport const lessonLoaders = {${loaders}};\n`;
      }
      if (id === `\0${ASSESSMENT_ID}`) {
        // Loaded only when the learner opens the assessment (or a briefing uses it).
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(load().assessment ?? null))});\n`;
      }
      if (id.startsWith(`\0${LESSON_PREFIX}`)) {
        const lessonId = id.slice(LESSON_PREFIX.length + 1);
        const lesson = load().lessons.find((l) => l.id === lessonId);
        if (!lesson) this.error(`no lesson "${lessonId}"`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(lesson))});\n`;
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (course?.files.includes(file)) {
        course = undefined;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
