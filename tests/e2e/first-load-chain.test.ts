/**
 * Issue 10: the first screen does not wait on a serial chain (HTML, entry, then the settings
 * file, then the screen's own code). The settings file is preloaded by index.html and read
 * from that one request; the screen's code is fetched at start-up, alongside the settings;
 * and the first render still waits for both, so nothing is drawn first as a loading line.
 * The first screen's own code and styles (the map's, or a linked lesson's text) are asked for
 * by a small script in index.html (tools/content-pipeline/first-screen-plugin.ts) while the
 * entry is still coming down, not by the entry once it runs; a linked lesson asks for none
 * of the map's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';

const served = servedCourse(DIST);

/** Records, inside the page, whether a loading line was ever drawn before the page's heading. */
const watchForLoadingLine = () => {
  const seen = { loading: false };
  (window as unknown as { __firstLoad: typeof seen }).__firstLoad = seen;
  new MutationObserver(() => {
    if (!document.querySelector('h1') && document.querySelector('.loading')) seen.loading = true;
  }).observe(document, { childList: true, subtree: true });
};

/** The path of every script and stylesheet the page asks for, in order. */
function recordCode(page: Page) {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (['script', 'stylesheet'].includes(r.resourceType())) asked.push(new URL(r.url()).pathname);
  });
  return asked;
}

/**
 * The files named, by a relative address, in index.html or by the links its first-screen
 * script adds before the entry runs. Vite's loader, once the entry runs, names what it
 * fetches by a full address, and a bare import() names nothing.
 */
const namedBeforeEntry = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('script[src^="./"], link[href^="./"]')].map(
      (e) => new URL(e.getAttribute('src') ?? e.getAttribute('href')!, document.baseURI).pathname,
    ),
  );

describe('the first load', () => {
  it('asks for the first-screen script, then the stylesheet, then the entry, and no script holds up the parser', () => {
    // On a slow line requests share the bandwidth in the order asked: the map's cover in
    // index.html needs only the first two, and was painted up to 0.5 s later when the
    // stylesheet came after the entry (Lighthouse, applied slow 4G).
    const head = readFileSync(join(DIST, 'index.html'), 'utf8').split('</head>')[0];
    const at = (pattern: RegExp) => head.search(pattern);
    const script = at(/<script async src="\.\/assets\/first-screen-[\w-]+\.js"><\/script>/);
    const stylesheet = at(/<link rel="stylesheet"[^>]*href="\.\/assets\/index-[\w-]+\.css"/);
    const entry = at(/<script type="module"[^>]*src="\.\/assets\/index-[\w-]+\.js"/);
    expect([script, stylesheet, entry].every((i) => i >= 0)).toBe(true);
    expect(script).toBeLessThan(stylesheet);
    expect(stylesheet).toBeLessThan(entry);
    expect(head.match(/<script(?![^>]*\b(?:async\b|type="module"))[^>]*>/g) ?? []).toEqual([]);
  });

  it('reads the settings file from the one request index.html preloads', async () => {
    const page = await served.browser.newPage();
    const settings: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('/settings.json')) settings.push(r.resourceType());
    });
    await page.goto(served.server.url);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    // A preload the app's fetch() could not use (another credentials mode) shows up here as a second request.
    expect(settings).toHaveLength(1);
    expect(await page.locator('link[rel="preload"][href="./settings.json"][as="fetch"][crossorigin]').count()).toBe(1);
    await page.close();
  });

  it('opens the course map with its own chunk already in: no loading line is drawn first', async () => {
    const page = await served.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.addInitScript(watchForLoadingLine);
    await page.goto(served.server.url);
    // By its text: the map's cover sets the title's years on a line of their own, which
    // Chromium's accessible name spaces as "( 2008-12 )".
    await page.locator('h1', { hasText: course.meta.title }).waitFor();
    expect(scripts.some((s) => /\/assets\/course-map-page-[\w-]+\.js$/.test(s))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __firstLoad: { loading: boolean } }).__firstLoad.loading)).toBe(false);
    await page.close();
  });

  it("draws the course after a wait when the course map's code never arrives, with the map's loading line, never a blank page", async () => {
    const page = await served.browser.newPage();
    // A server (or an LMS's proxy) that never answers for the map's chunk.
    await page.route(/\/assets\/course-map-page-[\w-]+\.js$/, () => undefined);
    await page.goto(served.server.url);
    await expect.poll(() => page.locator('main .loading').textContent(), { timeout: 20_000 }).toBe('Loading…');
    expect(await page.getByRole('banner').count()).toBe(1);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  it("fetches a linked lesson's text at start-up, while its full-page content note is still shown", async () => {
    const gated = course.meta.lessons.find((l) => l.contentNote?.gate);
    expect(gated, 'a lesson with a full-page content note').toBeDefined();
    const page = await served.browser.newPage();
    const chunk = page.waitForRequest((r) => new RegExp(`/assets/${gated!.id}-[\\w-]+\\.js$`).test(r.url()));
    await page.goto(served.server.url + hashOf(paths.lesson(gated!.id)));
    await page.getByRole('button', { name: 'Continue to the lesson' }).waitFor();
    // Asked for before the learner continues (which used to be when it was first requested).
    await chunk;
    expect(await page.getByRole('button', { name: 'Continue to the lesson' }).count()).toBe(1);
    await page.close();
  });

  it("asks for the course map's code and styles from index.html's script, none of them once the entry runs", async () => {
    const page = await served.browser.newPage();
    const asked = recordCode(page);
    await page.goto(served.server.url);
    await page.locator('h1', { hasText: course.meta.title }).waitFor();
    // The progress file panel (web edition, below the fold) comes last: wait for its button.
    await page.getByRole('button', { name: 'Save progress to a file' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked.some((p) => /\/assets\/first-screen-[\w-]+\.js$/.test(p))).toBe(true);
    for (const pattern of [/\/course-map-page-[\w-]+\.js$/, /\/course-map-page-[\w-]+\.css$/, /\/progress-file-panel-[\w-]+\.js$/]) {
      // Once each: a preload the loader could not use would be fetched a second time.
      expect(
        asked.filter((p) => pattern.test(p)),
        String(pattern),
      ).toHaveLength(1);
    }
    // Nothing the map draws is found late, by the entry or a chunk after it ran.
    const named = await namedBeforeEntry(page);
    expect(asked.filter((p) => !named.includes(p))).toEqual([]);
    await page.close();
  });

  it("asks for a linked lesson's text from index.html's script, and for none of the course map's files", async () => {
    const first = course.meta.lessons[0];
    const page = await served.browser.newPage();
    const asked = recordCode(page);
    await page.goto(served.server.url + hashOf(paths.lesson(first.id)));
    await page.locator('.lesson-section, .content-note').first().waitFor();
    await page.waitForLoadState('networkidle');
    const lessonChunk = asked.filter((p) => new RegExp(`/assets/${first.id}-[\\w-]+\\.js$`).test(p));
    expect(lessonChunk).toHaveLength(1);
    expect(await namedBeforeEntry(page)).toContain(lessonChunk[0]);
    expect(asked.filter((p) => /course-map-page|progress-file-panel/.test(p))).toEqual([]);
    await page.close();
  });
});
