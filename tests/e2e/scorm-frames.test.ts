/**
 * Where LMSs put the API: the SCORM 1.2 package finds scorm-again's real API two frames up
 * (an LMS that nests the course in its own frames), and in the window that opened it
 * (an LMS that launches courses in a popup).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { makePackages } from '../../scorm/package/package-course.ts';
import { launchBrowser, offsiteRequests, type Browser } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let work: string;
let server: StaticServer;
let browser: Browser;

/** A page that hosts the LMS API, then either nests the course two frames deep or opens it in a popup. */
function hostPage(name: string, body: string, script: string) {
  writeFileSync(
    join(work, 'host', `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS ${name}</title><script src="scorm12.min.js"></script><script src="${name}.js"></script></head><body>${body}</body></html>`,
  );
  writeFileSync(join(work, 'host', `${name}.js`), `window.API = new Scorm12API({ logLevel: 5 });\n${script}`);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lfr-frames-'));
  const written = await makePackages({ distDir: DIST, contentDir: resolve('content'), releaseDir: join(work, 'release') });
  const zip = unzipSync(readFileSync(written.find((w) => w.kind === 'scorm12')!.file));
  for (const [path, data] of Object.entries(zip)) {
    if (path.endsWith('/')) continue;
    const file = join(work, 'course', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, data);
  }
  mkdirSync(join(work, 'host'));
  copyFileSync(resolve('node_modules/scorm-again/dist/scorm12.min.js'), join(work, 'host', 'scorm12.min.js'));
  writeFileSync(
    join(work, 'host', 'middle.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS frame</title></head><body><iframe src="../course/index.html" title="Course"></iframe></body></html>',
  );
  hostPage('nested', '<iframe src="middle.html" title="LMS frame"></iframe>', '');
  hostPage('popup', '<p>LMS</p>', '');
  server = await serveStatic(work);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** What the LMS holds, read from scorm-again's data model (not through the API, which the course is using). */
type Held = { API: { cmi: { core: { lesson_status: string } }; isTerminated(): boolean } };
const lmsStatus = (page: Page) => page.evaluate(() => (window as unknown as Held).API.cmi.core.lesson_status);

describe('finding the LMS', () => {
  it('two frames up: the course starts tracking in the LMS', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}host/nested.html`);
    const courseFrame = () => page.frames().find((f) => f.url().endsWith('/course/index.html'));
    await expect.poll(() => courseFrame() !== undefined, { timeout: 10_000 }).toBe(true);
    const frame = courseFrame()!;
    await expect.poll(() => frame.locator('h1').first().textContent()).toBe(course.meta.title);
    await expect.poll(() => lmsStatus(page)).toBe('incomplete');
    expect(await frame.locator('[data-notice="no-lms"]').count()).toBe(0);
    await page.close();
  });

  it('in the window that opened it (popup launch)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}host/popup.html`);
    const [popup] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.evaluate(() => void window.open('../course/index.html', 'course')),
    ]);
    await expect.poll(() => popup.locator('h1').first().textContent()).toBe(course.meta.title);
    await expect.poll(() => lmsStatus(page)).toBe('incomplete');
    expect(await popup.locator('[data-notice="no-lms"]').count()).toBe(0);
    await popup.close();
    // Closing the popup finished the session (pagehide) in the opener's API.
    await expect.poll(() => page.evaluate(() => (window as unknown as Held).API.isTerminated())).toBe(true);
    await page.close();
    expect(offsiteRequests(browser.requests)).toEqual([]);
  });
});
