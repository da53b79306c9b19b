/**
 * Issue 10: the course map's cover (title and lede) is written into index.html at build
 * (tools/content-pipeline/static-cover.ts) and painted before the entry has come down. These
 * hold the entry back to see the page as a learner on a slow line sees it first: the cover
 * on the map and nothing of it anywhere else; then let it through and check that the map's
 * own cover takes its place without anything moving, and with the same markup.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { expectAxeClean } from './axe.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { START_FAILURE_HEADING } from '../../src/app/start-failure.ts';

const served = servedCourse(DIST);

const ENTRY = /\/assets\/index-[\w-]+\.js$/;

/**
 * Opens `address` with the entry held back, once index.html has been parsed (the entry is a
 * module, so the parser never waits for it); returns the page and a way to let the entry through.
 */
async function openWithEntryHeld(address: string, viewport = { width: 390, height: 844 }) {
  const page = await served.browser.context.newPage();
  await page.setViewportSize(viewport);
  const entry = new Promise<Route>((resolve) => void page.route(ENTRY, resolve));
  // 'commit': the load event waits for the entry, which is held.
  await page.goto(address, { waitUntil: 'commit' });
  // Parsed, index.html's (async) first-screen script run, and the stylesheet applied (#root is a flex column).
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      document.documentElement.hasAttribute('data-first-screen') &&
      getComputedStyle(document.getElementById('root')!).display === 'flex',
  );
  const release = async () => (await entry).continue();
  return { page, release };
}

const staticCover = (page: Page) => page.locator('.static-cover');

/** Where the title, the lede and the header are, in the copy (`static`) or the app's cover. */
const places = (page: Page, from: 'static' | 'app') =>
  page.evaluate((from) => {
    const [title, lede, header] =
      from === 'static'
        ? ['.static-cover .static-title', '.static-cover .cover-lede', '.static-cover .site-header']
        : ['#main h1', '#main .cover-lede', '#root > header.site-header'];
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    return { title: box(title), lede: box(lede), header: box(header) };
  }, from);

describe("the map's cover in index.html", () => {
  it('is painted on the map before any script of the app has run, hidden from assistive technology, with nothing to focus', async () => {
    const { page, release } = await openWithEntryHeld(served.server.url);
    await page.locator('.static-cover .cover-lede').waitFor();
    expect(await page.locator('.static-cover .static-title').innerText()).toContain(course.meta.title.replace(/\s*\(.*$/, ''));
    expect(await page.locator('.static-cover .cover-lede').innerText()).toBe(course.meta.description);
    // The header holds the header's place only: its colour and logo may come from settings.json, not read yet.
    expect(await page.locator('.static-cover .site-header').evaluate((h) => getComputedStyle(h).visibility)).toBe('hidden');
    expect(await staticCover(page).getAttribute('aria-hidden')).toBe('true');
    // Nothing a keyboard could reach, and no heading: the app's h1 is the page's one.
    expect(await page.locator('.static-cover :is(a[href], button:not([disabled]), [tabindex], input, h1, h2)').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
    await expectAxeClean(page, 'the cover before the app has run');
    await release();
    await page.locator('#main h1').waitFor();
    await page.close();
  });

  it('shows nothing on a link to a lesson, the assessment or a briefing, even before the app has run', async () => {
    for (const path of [paths.lesson(course.meta.lessons[0].id), paths.assessment, paths.support, paths.briefing]) {
      const { page, release } = await openWithEntryHeld(served.server.url + hashOf(path));
      expect(await staticCover(page).count(), path).toBe(1);
      expect(await staticCover(page).isVisible(), path).toBe(false);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-first-screen')), path).toBe('other');
      await release();
      await page.locator('#main h1').waitFor();
      await page.close();
    }
  });

  it("keeps the place of an LMS edition's Exit course button, and of no button in the web edition", async () => {
    const exitShown = async (address: string) => {
      const { page, release } = await openWithEntryHeld(address);
      await page.locator('.static-cover .cover-lede').waitFor();
      const shown = await page.locator('.static-cover .exit-button').evaluate((b) => b.getBoundingClientRect().height > 0);
      await release();
      await page.close();
      return shown;
    };
    expect(await exitShown(served.server.url)).toBe(false);
    // As index.html's script reads it: a package's tracking meta, or the preview LMS's ?tracking=.
    expect(await exitShown(`${served.server.url}?tracking=scorm12`)).toBe(true);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
    { width: 320, height: 640 },
  ]) {
    it(`is replaced by the map's own cover at ${viewport.width}x${viewport.height} with nothing moving, and with the same markup`, async () => {
      const { page, release } = await openWithEntryHeld(served.server.url, viewport);
      await page.locator('.static-cover .cover-lede').waitFor();
      const before = await places(page, 'static');
      const copy = await page.locator('.static-cover .cover-intro').innerHTML();
      await release();
      await page.locator('#main .cover-lede').waitFor();
      const after = await places(page, 'app');
      expect(after).toEqual(before);
      // The app empties #root when it first draws: one cover, one h1.
      expect(await staticCover(page).count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      // The copy is the app's cover but for the heading (a heading in the app only).
      const app = await page.locator('#main .cover-intro').innerHTML();
      expect(copy.replace('<div class="static-title">', '<h1 tabindex="-1">').replace(/<\/div>(<p class="cover-lede">)/, '</h1>$1')).toBe(
        app,
      );
      await page.close();
    });
  }

  it('gives way to a page that says the course could not start, when start-up fails', async () => {
    const page = await served.browser.context.newPage();
    // An LMS edition whose SCORM runtime never arrives: start-up cannot go on.
    await page.route(/\/assets\/scorm-runtime-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${served.server.url}?tracking=scorm12`);
    await page.getByRole('heading', { level: 1, name: START_FAILURE_HEADING }).waitFor();
    expect(await staticCover(page).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('open the course again');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await expectAxeClean(page, 'the page saying the course could not start');
    await page.close();
  });
});
