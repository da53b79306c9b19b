/**
 * Issue 10: the course map's cover (its title and lede) written into index.html at build, so
 * it is painted as soon as the HTML and the stylesheet are in, before the entry (about 100 KB)
 * has come down and run. The app's first render replaces it (React empties #root when it
 * first draws), with its own cover in the same place.
 *
 * Only the map shows it: index.html's first-screen script marks the page when the map is
 * what opens (first-screen-plugin.ts), and the stylesheet hides it otherwise, so a link to a
 * lesson never flashes the cover. Nothing in it comes from settings.json or the LMS: the
 * title and lede are the course's own; the header is there to take the header's place, and
 * is not shown (its colour and logo may come from settings.json, which is not read yet).
 * Hidden from assistive technology: it is a picture of the page the app draws a moment later,
 * which is the one to read and use; so its title is not a heading either (styled as the
 * map's h1), and the page's one h1 is the app's.
 *
 * Its markup must stay that of src/components/layout.tsx and src/features/course-map/
 * map-cover.tsx: tests/e2e/static-cover.test.ts compares the two and checks nothing moves.
 */
import type { CourseMeta } from '../../src/course/types.ts';
import { splitTitle } from '../../src/lib/course-title.ts';

/** The attribute index.html's first-screen script sets on <html>: "map", "map-lms" in an LMS edition, or "other". */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The title as CourseTitle draws it: its closing years as the source, with hidden brackets. */
function titleHtml(title: string): string {
  const split = splitTitle(title);
  if (!split) return escapeHtml(title);
  return (
    `${escapeHtml(split.main)} <span class="title-source"><span class="visually-hidden">(</span>` +
    `${escapeHtml(split.years)}<span class="visually-hidden">)</span></span>`
  );
}

/**
 * The cover, with a header of the same size as the app's (its links as in layout.tsx; Exit
 * course only in an LMS edition, where the app shows it). No link has an address and the
 * button is disabled: nothing in it can take focus or be pressed.
 */
export function staticCoverHtml(meta: Pick<CourseMeta, 'title' | 'description'>): string {
  const header =
    `<header class="site-header"><a class="site-title">${escapeHtml(meta.title)}</a><nav><ul>` +
    '<li><a>Course map</a></li><li><a>My record</a></li><li><a class="support-link">Support</a></li>' +
    '<li class="static-cover-lms"><button type="button" class="exit-button" disabled>Exit course</button></li>' +
    '</ul></nav></header>';
  const cover =
    `<div class="cover-intro"><div class="static-title">${titleHtml(meta.title)}</div>` +
    `<p class="cover-lede">${escapeHtml(meta.description)}</p></div>`;
  return (
    `<div class="static-cover" aria-hidden="true">${header}<div class="notices"></div>` +
    `<main><div class="course-map"><div class="map-cover">${cover}</div></div></main></div>`
  );
}

/** index.html with the cover inside its empty #root; throws when there is no empty #root to fill. */
export function withStaticCover(html: string, meta: Pick<CourseMeta, 'title' | 'description'>): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`static cover: index.html has no empty ${root} to write the cover into`);
  // A function, not a string: "$&", "$'" and the like in the course's words are not patterns here.
  return html.replace(root, () => `<div id="root">${staticCoverHtml(meta)}</div>`);
}
