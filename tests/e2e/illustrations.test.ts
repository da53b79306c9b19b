/**
 * The scenario characters in Chromium, from the build: on a scenario's first step each adult
 * is an SVG file from the course's own server (never a data: URL), lazy, decorative (alt=""),
 * with its size set so nothing below moves when it arrives, on a light backing in dark mode
 * too, named in text; axe finds nothing. And no lesson about a real review carries one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { hashOf, paths } from '../../src/config/paths.ts';
import { offsiteRequests } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { closeTab, tabReadyForAssessment } from './seed-storage.ts';
import { axeViolations } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const first = assessment.scenarios[0];
const people = () => page.locator('.scenario-people img');
/** Relative luminance (WCAG) of a computed rgb() colour. */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** A new tab, every lesson done, on the first step of the first scenario (past its content note). */
async function openFirstScenario(scheme: 'light' | 'dark', width: number, holdImages?: (route: Route) => Promise<void>) {
  await closeTab(page);
  page = await tabReadyForAssessment(served, async (tab) => {
    await tab.setViewportSize({ width, height: 844 });
    await tab.emulateMedia({ colorScheme: scheme });
    if (holdImages) await tab.route('**/illustrations/**', holdImages);
  });
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  if (first.contentNote) await page.getByRole('button', { name: 'Continue to the scenario' }).click();
  await page.getByRole('list', { name: 'People in this scenario' }).waitFor();
}

const allLoaded = () =>
  expect
    .poll(() =>
      people().evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);

describe('the people in a scenario', () => {
  it('every scenario of the real course names its adults, and no child', () => {
    for (const scenario of assessment.scenarios) {
      expect(scenario.characters.length, scenario.id).toBeGreaterThan(0);
      for (const c of scenario.characters) expect(c.role).not.toMatch(/\b(child|baby|son|daughter|boy|girl|young person)\b/i);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: shows SVG files from the course's own server, lazy and decorative, named in text, on a light backing`, async () => {
      const before = served.browser.requests.length;
      await openFirstScenario(scheme, 1366);
      await allLoaded();
      const found = await people().evaluateAll((imgs) =>
        imgs.map((i) => {
          const img = i as HTMLImageElement;
          const box = img.getBoundingClientRect();
          return {
            alt: img.getAttribute('alt'),
            loading: img.getAttribute('loading'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            src: img.currentSrc,
            style: img.getAttribute('style'),
            backing: getComputedStyle(img).backgroundColor,
            shown: [Math.round(box.width), Math.round(box.height)],
          };
        }),
      );
      expect(found).toHaveLength(first.characters.length);
      for (const img of found) {
        expect(img).toMatchObject({ alt: '', loading: 'lazy', width: '96', height: '96', style: null, shown: [96, 96] });
        expect(img.src).toMatch(
          new RegExp(`^${served.server.url.replace(/\/$/, '')}/illustrations/${first.id}-[a-z0-9-]+-[0-9a-f]{8}\\.svg$`),
        );
        expect(luminance(img.backing), `${scheme} backing ${img.backing}`).toBeGreaterThan(0.8);
      }
      const page_bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (scheme === 'dark') expect(luminance(page_bg)).toBeLessThan(0.1);
      // The roles are words on the page, beside the pictures.
      const labels = await page.locator('.scenario-people li').allTextContents();
      expect(labels).toEqual(first.characters.map((c) => `${c.name ?? ''}${c.role}`));
      const svgRequests = served.browser.requests.slice(before).filter((u) => /\.svg$/.test(u) && u.includes('/illustrations/'));
      expect(svgRequests.length).toBe(first.characters.length);
      expect(offsiteRequests(served.browser.requests)).toEqual([]);
      expect(served.browser.problems).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  // Desktop: the width and height attributes hold the space; a phone: the stylesheet's smaller size.
  for (const [width, size] of [
    [1366, 96],
    [390, 64],
  ]) {
    it(`${width} px wide: keeps its place while the pictures load, each ${size} px square`, async () => {
      // The pictures are held back until the page has been measured without them.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await openFirstScenario('light', width, async (route) => {
        await released;
        await route.continue();
      });
      const decisionTop = () => page.locator('#step-heading').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
      const sizes = () =>
        people().evaluateAll((imgs) => imgs.map((i) => [i.getBoundingClientRect().width, i.getBoundingClientRect().height]));
      expect(
        await people().evaluateAll((imgs) =>
          imgs.some((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0),
        ),
      ).toBe(false);
      const topBefore = await decisionTop();
      expect(await sizes()).toEqual(first.characters.map(() => [size, size]));
      release();
      await allLoaded();
      expect(await decisionTop()).toBe(topBefore);
      expect(await sizes()).toEqual(first.characters.map(() => [size, size]));
    });
  }

  it('every character of every scenario is served as an SVG file', async () => {
    for (const c of assessment.scenarios.flatMap((s) => s.characters)) {
      const response = await page.request.get(served.server.url.replace(/\/?$/, '/') + c.src);
      expect(response.status(), c.src).toBe(200);
      expect(response.headers()['content-type']).toBe('image/svg+xml');
      expect((await response.text()).startsWith('<svg ')).toBe(true);
    }
  });
});

describe('the real reviews', () => {
  const reviews = course.meta.lessons.filter((l) => l.kind === 'review');

  it("no review lesson's chunk refers to an illustration", () => {
    expect(reviews).toHaveLength(8);
    const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    for (const review of reviews) {
      const chunk = chunks.find((f) => new RegExp(`^${review.id}-[\\w-]+\\.js$`).test(f));
      expect(chunk, review.id).toBeDefined();
      expect(readFileSync(join(DIST, 'assets', chunk!), 'utf8')).not.toMatch(/illustrations\/|\.svg|<img/);
    }
  });

  it('no section of a review lesson shows a picture', async () => {
    for (const review of reviews) {
      for (const section of review.sections) {
        await page.goto(served.server.url + hashOf(paths.lesson(review.id, section.id)));
        const gate = page.getByRole('button', { name: 'Continue to the lesson' });
        await page.locator('.lesson-section, .content-note, .compact-note').first().waitFor();
        if (await gate.count()) await gate.click();
        await page.locator('.lesson-section').waitFor();
        expect(await page.locator('main img, main picture, main svg:not(.look-icon)').count(), `${review.id}#${section.id}`).toBe(0);
      }
    }
  }, 120_000);
});
