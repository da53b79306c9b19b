/**
 * The script index.html runs before the entry (tools/content-pipeline/first-screen-plugin.ts):
 * which files it asks for on which route. The real build's requests are checked in
 * tests/e2e/first-load-chain.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { preloadScript, type FirstScreens } from '../../tools/content-pipeline/first-screen-plugin.ts';
import { FIRST_SCREEN_ATTRIBUTE } from '../../tools/content-pipeline/static-cover.ts';

const screens: FirstScreens = {
  map: [
    ['assets/map.js', 0, 0],
    ['assets/map.css', 1, 0],
    ['assets/panel.js', 0, 1],
  ],
  assessment: [['assets/assessment.js', 0, 0]],
  lessons: { intro: [['assets/intro.js', 0, 0]] },
};

/** Runs the script as the browser would at `hash`, and lists the links it added. */
function linksAt(hash: string, tracking = 'web') {
  document.head.innerHTML = `<meta name="course-tracking" content="${tracking}" />`;
  window.location.hash = hash;
  new Function(preloadScript(screens))();
  return [...document.head.querySelectorAll('link')].map(
    (l) => `${l.rel}${l.rel === 'preload' ? `:${l.as}` : ''} ${l.getAttribute('href')}`,
  );
}

/** What the script marked <html> with, for the cover index.html carries (static-cover.ts). */
const markAt = (hash: string, tracking = 'web') => {
  document.documentElement.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
  linksAt(hash, tracking);
  return document.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE);
};

afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
  window.location.hash = '';
});

describe('the first-screen script', () => {
  it("asks for the course map's code, styles and (in the web edition) its file panel when no route is given", () => {
    expect(linksAt('')).toEqual(['modulepreload ./assets/map.js', 'preload:style ./assets/map.css', 'modulepreload ./assets/panel.js']);
    expect(linksAt('#/')).toHaveLength(3);
  });

  it('leaves out what only the web edition draws in a SCORM package', () => {
    expect(linksAt('', 'scorm12')).toEqual(['modulepreload ./assets/map.js', 'preload:style ./assets/map.css']);
  });

  it("asks for a linked lesson's text only, and for the assessment's code on its pages", () => {
    expect(linksAt('#/lesson/intro/part-2')).toEqual(['modulepreload ./assets/intro.js']);
    expect(linksAt('#/assessment')).toEqual(['modulepreload ./assets/assessment.js']);
    expect(linksAt('#/assessment/run')).toEqual(['modulepreload ./assets/assessment.js']);
  });

  it('asks for nothing on other routes or an unknown lesson', () => {
    expect(linksAt('#/support')).toEqual([]);
    expect(linksAt('#/lesson/nope')).toEqual([]);
    expect(linksAt('#/lesson/__proto__')).toEqual([]);
  });

  it("marks the page for index.html's cover only when the map opens, and says when it is an LMS edition's", () => {
    expect(markAt('')).toBe('map');
    expect(markAt('#/')).toBe('map');
    expect(markAt('', 'scorm2004')).toBe('map-lms');
    for (const hash of ['#/lesson/intro', '#/assessment', '#/support', '#/present/intro', '#/nope']) expect(markAt(hash)).toBe('other');
  });

  it('reads the edition as the app does: ?tracking= first, and only a SCORM version is an LMS', () => {
    const at = (search: string, tracking: string) => {
      window.history.replaceState(null, '', `/${search}`);
      try {
        return markAt('', tracking);
      } finally {
        window.history.replaceState(null, '', '/');
      }
    };
    expect(at('?tracking=scorm12', 'web')).toBe('map-lms');
    expect(at('?tracking=web', 'scorm2004')).toBe('map');
    expect(at('?tracking=nonsense', 'web')).toBe('map');
    expect(at('?tracking=', 'scorm12')).toBe('map');
    expect(at('', 'nonsense')).toBe('map');
  });
});
