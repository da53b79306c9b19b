import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { paths } from '../../src/config/paths.ts';
import { axeViolations } from './axe.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

async function open(route: string) {
  await page.goto(`${served.server.url}#${route}`);
  await page.locator('h1').waitFor();
  // Lessons load their text separately: wait for it before judging the page.
  if (route.startsWith(paths.lesson(''))) await page.locator('.lesson-section, .content-note').first().waitFor();
  // My record loads every lesson for its outcomes and questions.
  if (route === paths.record) await page.locator('.record-facts').waitFor();
}

const violations = () => axeViolations(page);

/** Pages that must reflow: no sideways scrolling at this width. */
async function horizontalOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

const routes = [
  paths.home,
  paths.support,
  paths.accessibility,
  paths.record,
  ...course.meta.lessons.flatMap((l) => l.sections.map((s) => paths.lesson(l.id, s.id))),
];

describe('accessibility (axe-core, WCAG 2.2 AA) on every route', () => {
  beforeAll(async () => {
    // Past every content note, so each lesson's sections are checked; the notes are checked below.
    await page.goto(served.server.url);
    await page.evaluate(() => localStorage.clear());
  });

  it('the content notes', async () => {
    const found: Record<string, string[]> = {};
    for (const lesson of course.meta.lessons.filter((l) => l.contentNote)) {
      await page.goto(`${served.server.url}#/`);
      await page.reload();
      await open(paths.lesson(lesson.id));
      // A full note is its own page; a compact one sits under the lesson's title, the section held back.
      expect(await page.locator('h1').textContent()).toBe(lesson.contentNote!.gate ? `Content note: ${lesson.title}` : lesson.title);
      expect(await page.getByRole('button', { name: 'Continue to the lesson' }).count()).toBe(1);
      const v = await violations();
      if (v.length) found[lesson.id] = v;
    }
    expect(found).toEqual({});
  });

  // axe on every section at desktop width; at 320 px on every page type and each lesson's
  // first section. Sideways scrolling is measured on every route at each width.
  const firstSections = [
    paths.home,
    paths.support,
    paths.accessibility,
    paths.record,
    ...course.meta.lessons.map((l) => paths.lesson(l.id, l.sections[0].id)),
  ];
  for (const [label, viewport, axeRoutes] of [
    ['at 1280 px', { width: 1280, height: 800 }, routes],
    ['at 320 px (reflow)', { width: 320, height: 640 }, firstSections],
    ['at 200% zoom (640 px)', { width: 640, height: 400 }, []],
    // 1280x1024 at 400%: 320 by 256 CSS pixels, where nothing sticks (styles.css).
    ['at 400% zoom (320x256)', { width: 320, height: 256 }, []],
  ] as const) {
    it(`every page ${label}`, async () => {
      await page.setViewportSize(viewport);
      const found: Record<string, string[]> = {};
      for (const route of routes) {
        await open(route);
        const gate = page.getByRole('button', { name: 'Continue to the lesson' });
        if (await gate.count()) {
          await gate.click();
          await page.locator('.lesson-section').waitFor();
        }
        const v = (axeRoutes as readonly string[]).includes(route) ? await violations() : [];
        const overflow = await horizontalOverflow();
        if (overflow > 0) v.push(`scrolls sideways by ${overflow}px`);
        if (v.length) found[route] = v;
      }
      expect(found).toEqual({});
    }, 240_000);
  }

  // Dark mode and Windows High Contrast (forced colours, with a light and a dark system theme) on every kind of page.
  for (const [label, media] of [
    ['in dark mode', { colorScheme: 'dark' }],
    ['with forced colours (Windows High Contrast)', { forcedColors: 'active' }],
    ['with forced colours on a dark system theme', { forcedColors: 'active', colorScheme: 'dark' }],
  ] as const) {
    it(`every kind of page ${label}`, async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia(media);
      const found: Record<string, string[]> = {};
      try {
        for (const route of firstSections) {
          await open(route);
          const gate = page.getByRole('button', { name: 'Continue to the lesson' });
          if (await gate.count()) {
            await gate.click();
            await page.locator('.lesson-section').waitFor();
          }
          const v = await violations();
          if (v.length) found[route] = v;
        }
      } finally {
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      }
      expect(found).toEqual({});
    }, 240_000);
  }

  it('made no request beyond 127.0.0.1 and logged no errors', () => {
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});
