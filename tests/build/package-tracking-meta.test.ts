/**
 * The one change packaging makes to index.html: the course-tracking tag that tells the
 * app which tracking driver to start. Everything else in the page (its CSP tag above
 * all) must come through byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { setTrackingMode } from '../../scorm/package/tracking-meta.ts';

const page = (head: string) => `<!doctype html>\n<html lang="en-GB">\n  <head>\n${head}\n    <title>T</title>\n  </head>\n</html>\n`;
const CSP = `    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`;

describe('setting the tracking mode in index.html', () => {
  it('replaces the content of an existing tag and touches nothing else', () => {
    const built = page(`${CSP}\n    <meta charset="utf-8" />\n    <meta name="course-tracking" content="web" />`);
    expect(setTrackingMode(built, 'scorm2004')).toBe(
      page(`${CSP}\n    <meta charset="utf-8" />\n    <meta name="course-tracking" content="scorm2004" />`),
    );
  });

  it('copes with the attributes in either order and single quotes', () => {
    expect(setTrackingMode(page(`<meta content='web' name='course-tracking'>`), 'scorm12')).toBe(
      page(`<meta content="scorm12" name='course-tracking'>`),
    );
  });

  it('adds the tag right after <meta charset> when the build lacks it', () => {
    const built = page(`${CSP}\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width" />`);
    expect(setTrackingMode(built, 'scorm12')).toBe(
      page(
        `${CSP}\n    <meta charset="utf-8" />\n    <meta name="course-tracking" content="scorm12" />\n    <meta name="viewport" content="width=device-width" />`,
      ),
    );
  });

  it('leaves other meta tags whose content mentions tracking alone', () => {
    const built = page(`    <meta charset="utf-8" />\n    <meta name="description" content="course-tracking web" />`);
    expect(setTrackingMode(built, 'web')).toContain('<meta name="description" content="course-tracking web" />');
  });

  it('refuses a page with two tracking tags, or with neither a tag nor <meta charset>', () => {
    const twice = page(`<meta name="course-tracking" content="web" />\n<meta name="course-tracking" content="web" />`);
    expect(() => setTrackingMode(twice, 'web')).toThrow(/2 <meta name="course-tracking"> tags/);
    expect(() => setTrackingMode(page('<meta name="viewport" content="x" />'), 'web')).toThrow(/neither/);
    expect(() => setTrackingMode(page('<meta name="course-tracking" />'), 'web')).toThrow(/no content attribute/);
  });
});
