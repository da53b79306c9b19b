/**
 * Issue 10: the first screen does not wait on a serial chain (HTML, entry, then the settings
 * file, then the screen's own code). The settings file is preloaded by index.html and read
 * from that one request; the screen's code is fetched at start-up, alongside the settings;
 * and the first render still waits for both, so nothing is drawn first as a loading line.
 */
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

describe('the first load', () => {
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
});
