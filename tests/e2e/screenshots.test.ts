/**
 * Screenshots of the course map and a lesson, written to docs/screenshots/ on every run so a
 * reviewer can see the look without running anything (README.md points there). A learner
 * part-way through, the same every run: some lessons done, one in progress, one skipped.
 * Reduced motion, and each shot waits for what it shows, never for a fixed time. Each file is
 * read back: the size asked for, and a page drawn, not blank.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { inkShare, readPng } from './png-pixels.ts';
import { PROGRESS_KEY, seedOnFirstLoad } from './seed-storage.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SIZES = [
  [1366, 768],
  [390, 844],
] as const;
// The header's brand colour (tokens.css), light and dark: proof the styles were applied.
const BRAND = { light: [11, 79, 108], dark: [42, 122, 160] } as const;

const lessons = course.meta.lessons;
const lesson = (kind: string, n = 0) => lessons.filter((l) => l.kind === kind)[n];
const [intro, review1, review2, review3, review4] = [lesson('intro'), ...[0, 1, 2, 3].map((n) => lesson('review', n))];
const done = (id: string) => [id, { at: lessons.find((l) => l.id === id)!.sections.at(-1)!.id, done: true }] as const;
const partWay = encodeProgress(course.meta.id, {
  lessons: Object.fromEntries([
    ...[intro, review1, review2, review3, lesson('theme', 0)].map((l) => done(l.id)),
    [review4.id, { at: review4.sections[1].id, done: false }],
  ]),
  position: { lesson: review4.id, section: review4.sections[1].id },
  skipped: [lesson('theme', 1).id],
});
// The lesson shown: a theme with no content note, so its first part is on screen at once.
const shownLesson = lessons.find((l) => l.kind === 'theme' && !l.contentNote)!;

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  page = await served.browser.newPage();
  await seedOnFirstLoad(page, PROGRESS_KEY, partWay);
});

async function openMap() {
  await page.goto(served.server.url + hashOf(paths.home));
  await page.locator('.lesson-group[data-group="finish"]').waitFor();
  // The progress-file panel is a chunk of its own: the page is whole once it is in.
  await page.getByRole('heading', { level: 2, name: 'Keep your progress safe' }).waitFor();
}

async function openLesson() {
  await page.goto(served.server.url + hashOf(paths.lesson(shownLesson.id, shownLesson.sections[0].id)));
  await page.locator('.lesson-section').waitFor();
  await page.locator('.lesson-position').waitFor();
}

/** Writes the shot, then reads it back: the size asked for (or taller, for a full page), styled, not blank. */
async function shoot(name: string, scheme: 'light' | 'dark', fullPage = false) {
  const file = `${OUT}${name}.png`;
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  expect(statSync(file).size, file).toBeGreaterThan(20_000);
  const png = readPng(readFileSync(file));
  const viewport = page.viewportSize()!;
  expect(png.width).toBe(viewport.width);
  if (fullPage) expect(png.height).toBeGreaterThan(viewport.height);
  else expect(png.height).toBe(viewport.height);
  expect(png.at(2, 2), `${name}: the header in the brand colour`).toEqual(BRAND[scheme]);
  expect(inkShare(png), `${name}: more than a blank page`).toBeGreaterThan(0.08);
}

describe('screenshots for reviewers (docs/screenshots/)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, height] of SIZES) {
      const size = `${width}x${height}`;
      const suffix = scheme === 'dark' ? '-dark' : '';
      it(`the course map at ${size}, ${scheme}${scheme === 'light' ? ', and as a whole page' : ''}`, async () => {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await openMap();
        await shoot(`map-${size}${suffix}`, scheme);
        if (scheme === 'light') await shoot(`map-${size}-full`, scheme, true);
      });
    }
  }

  for (const [width, height] of SIZES) {
    it(`a lesson at ${width}x${height}, light`, async () => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await openLesson();
      // On a wide screen the parts of the lesson sit beside it, loaded as a chunk of their own.
      if (width > 1024) await page.getByRole('navigation', { name: 'Parts of this lesson' }).waitFor();
      await shoot(`lesson-${width}x${height}`, 'light');
    });
  }

  it('logged no errors', () => {
    expect(served.browser.problems).toEqual([]);
  });
});
