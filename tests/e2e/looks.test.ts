/**
 * Each theme's colour and icon (content/looks.yaml) in Chromium: on the course map, a lesson's
 * heading, the assessment's score by theme and the slides, the icon is an inline SVG hidden
 * from assistive technology beside the words, drawn in the theme's light colour, or its dark
 * colour when the system is dark (slides stay light); and axe finds nothing in either mode.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { closeTab, tabReadyForAssessment } from './seed-storage.ts';
import { expectAxeClean } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const { looks, lessons } = course.meta;
const SCHEMES = ['light', 'dark'] as const;
const h1 = () => page.locator('h1').first().textContent();
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const themeLessons = lessons.filter((l) => l.kind === 'theme');

/** The colour of the band along the slide's top edge, or 'none'. */
const band = () =>
  page
    .locator('.slide .slide-body')
    .evaluate((e) => (e.classList.contains('slide-banded') ? getComputedStyle(e, '::before').backgroundColor : 'none'));

/** The one look icon in `where`: decorative, of the expected look, in the expected colour. */
async function expectIcon(where: Locator, look: string, colour: string) {
  const icon = where.locator('svg.look-icon');
  expect(await icon.count(), `one icon in ${where}`).toBe(1);
  expect(await icon.getAttribute('aria-hidden')).toBe('true');
  expect(await icon.getAttribute('data-look')).toBe(look);
  expect(await icon.locator('path, circle, rect, line, polyline, polygon, ellipse').count()).toBeGreaterThan(0);
  expect(await icon.evaluate((e) => getComputedStyle(e).color)).toBe(rgb(colour));
}

const axe = (label: string) => expectAxeClean(page, label);

describe('theme colours and icons', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: the course map shows each theme's icon beside its lesson and the reviews' beside their group`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.server.url);
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await page.goto(served.server.url + hashOf(paths.home));
      await page.locator('.lesson-group').first().waitFor();
      expect(themeLessons).toHaveLength(6);
      for (const lesson of themeLessons) {
        await expectIcon(page.locator(`li[data-lesson="${lesson.id}"]`), lesson.look!, looks[lesson.look!][scheme]);
      }
      await expectIcon(page.locator('[data-group="reviews"] h2'), 'reviews', looks.reviews[scheme]);
      // The words carry the meaning: the heading's name is the group's title alone.
      expect(await page.getByRole('heading', { level: 2, name: 'The eight reviews', exact: true }).count()).toBe(1);
      await axe(`${scheme} map`);
    });

    it(`${scheme}: a lesson's heading shows its theme's icon, and a review's the reviews' icon`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const lesson of [themeLessons.find((l) => !l.contentNote?.gate)!, lessons.find((l) => l.kind === 'review')!]) {
        await page.goto(served.server.url + hashOf(paths.lesson(lesson.id)));
        await page.locator('.lesson-section').waitFor();
        await expectIcon(page.locator('h1'), lesson.look!, looks[lesson.look!][scheme]);
        expect(await page.getByRole('heading', { level: 1, name: lesson.title, exact: true }).count()).toBe(1);
        await axe(`${scheme} ${lesson.id}`);
      }
    });

    it(`${scheme}: the slides show the theme's icon and colour band in its light colour on the title and section slides`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const lesson = themeLessons[0];
      await page.goto('about:blank');
      await page.goto(served.server.url + hashOf(paths.present([lesson.id])));
      await page.locator('.slide h2').waitFor();
      expect(await page.locator('.slide h2').textContent()).toBe(lesson.title);
      // Slides are always light, whatever the presenter's system says.
      await expectIcon(page.locator('.slide h2'), lesson.look!, looks[lesson.look!].light);
      // ...and its colour along the slide's top edge.
      expect(await band()).toBe(rgb(looks[lesson.look!].light));
      await axe(`${scheme} title slide`);
      // Past the content note, the first section slide names the lesson above its heading.
      await expect
        .poll(async () => {
          await page.getByRole('button', { name: 'Next slide' }).click();
          return page.locator('.slide .slide-kicker').count();
        })
        .toBe(1);
      await expectIcon(page.locator('.slide .slide-kicker'), lesson.look!, looks[lesson.look!].light);
      expect(await band()).toBe(rgb(looks[lesson.look!].light));
      expect(await page.locator('.slide .slide-kicker').evaluate((e) => getComputedStyle(e).color)).toBe(rgb(looks[lesson.look!].light));
      await axe(`${scheme} section slide`);
      // The support slide belongs to no theme: no band.
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('.slide h2').textContent()).toBe('Support');
      expect(await band()).toBe('none');
    });
  }

  it("the assessment's score by theme shows each theme's icon, in light and dark", async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await closeTab(page);
    page = await tabReadyForAssessment(served);
    await takeAssessment(page, assessment, { right: () => true });
    await expect.poll(h1).toBe('Your result');
    const rows = page.locator('.theme-table tbody tr');
    expect(await rows.count()).toBe(assessment.scenarios.length);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const scenario of assessment.scenarios) {
        const look = lessons.find((l) => l.id === scenario.theme.id)!.look!;
        const row = rows.filter({ has: page.getByRole('rowheader', { name: scenario.theme.title, exact: true }) });
        await expectIcon(row.locator('th'), look, looks[look][scheme]);
      }
      await axe(`${scheme} results`);
    }
  });
});
