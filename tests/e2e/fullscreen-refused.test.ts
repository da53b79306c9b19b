/**
 * In an LMS frame that does not allow full screen (a cross-origin frame without
 * allow="fullscreen"; here, a frame that forbids it), full screen is refused: presentation mode
 * then offers to open the presentation in its own window.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { hashOf, paths } from '../../src/config/paths.ts';

let root: string;
let server: StaticServer;
let browser: Browser;
const lesson = course.meta.lessons.find((l) => !l.contentNote)!;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lfr-fullscreen-'));
  cpSync(DIST, join(root, 'course'), { recursive: true });
  writeFileSync(
    join(root, 'lms.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body><iframe title="Course" allow="fullscreen 'none'" src="course/index.html${hashOf(paths.present([lesson.id]))}" width="1000" height="700"></iframe></body></html>`,
  );
  server = await serveStatic(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('full screen refused by an LMS frame', () => {
  it('offers to open the presentation in its own window', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}lms.html`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('.slide-counter').count()).toBe(1);
    await frame.getByRole('button', { name: 'Full screen' }).click();
    const link = frame.getByRole('link', { name: 'Open the presentation in its own window' });
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toContain(hashOf(paths.present([lesson.id])));
    expect(await link.getAttribute('target')).toBe('_blank');
  });
});
