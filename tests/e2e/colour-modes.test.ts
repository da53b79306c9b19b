/**
 * The routes accessibility.test.ts does not walk (the assessment and its result, the
 * certificate, the presentation pages, leaving the course, a page not found), each axe clean
 * in light, dark, forced colours (Windows High Contrast) on a light and on a dark system
 * theme, and with no sideways scrolling at 400% zoom (1280x1024 shown at 320x256 CSS pixels).
 * The learner has passed, so every page has its fullest content.
 */
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashOf, paths } from '../../src/config/paths.ts';
import { offsiteRequests } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { EVERY_LESSON_DONE, PROGRESS_KEY, seedOnFirstLoad } from './seed-storage.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MODES = [
  ['light', { colorScheme: 'light', forcedColors: 'none' }],
  ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
  ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
  ['forced colours, dark theme', { colorScheme: 'dark', forcedColors: 'active' }],
] as const;

const theme = course.meta.lessons.find((l) => l.kind === 'theme')!;
const scenario = assessment.scenarios[0];
/** [route, what shows the page is whole]. */
const ROUTES: [string, string][] = [
  [paths.assessment, 'h1'],
  [paths.assessmentResults, '.course-complete'],
  [paths.certificate, 'h1'],
  [paths.briefing, 'h1'],
  [paths.present([theme.id]), '.slide h2'],
  [paths.sevenMinute(theme.id), '.slide h2'],
  [paths.facilitator, 'h1'],
  [paths.handout, 'h1'],
  [paths.group(), 'h1'],
  [paths.group(scenario.id), 'h1'],
  [paths.exited, 'h1'],
  ['/no-such-page', 'h1'],
];

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
  await seedOnFirstLoad(page, PROGRESS_KEY, EVERY_LESSON_DONE);
});

const run = async (axe: AxeBuilder) =>
  (await axe.analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

async function violations(forcedDark: boolean): Promise<string[]> {
  if (!forcedDark) return run(new AxeBuilder({ page }).withTags(WCAG_TAGS));
  // Forced colours on a dark theme: axe-core 4.13 takes a slide's text colour from before the
  // system's colours apply (it reports #1b1b1b on black where Chromium computes white on
  // black), so slides are left out of its contrast rule here; the other modes check them.
  return [
    ...(await run(new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(['color-contrast']))),
    ...(await run(new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.stage').exclude('.slide'))),
  ];
}

async function open(route: string, ready: string) {
  await page.goto(served.server.url + hashOf(route));
  // A deck holds every slide, only the one on screen shown: wait for it to be there.
  await page.locator(ready).first().waitFor({ state: 'attached' });
}

describe('every other route', () => {
  // takeAssessment waits with expect.poll, which runs only inside a test.
  it('first, the learner passes the assessment', async () => {
    await page.goto(served.server.url + hashOf(paths.assessment));
    await page.getByRole('link', { name: 'Start the assessment' }).waitFor();
    await takeAssessment(page, assessment, { right: () => true });
    await page.locator('.course-complete').waitFor();
  }, 120_000);

  it('is axe clean in light, dark, and forced colours on a light and a dark theme', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const found: Record<string, string[]> = {};
    try {
      for (const [route, ready] of ROUTES) {
        await open(route, ready);
        for (const [label, media] of MODES) {
          await page.emulateMedia(media);
          const v = await violations(label === 'forced colours, dark theme');
          if (v.length) found[`${route} (${label})`] = v;
        }
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    }
    expect(found).toEqual({});
  }, 480_000);

  it('never scrolls sideways at 400% zoom (320x256)', async () => {
    await page.setViewportSize({ width: 320, height: 256 });
    const found: Record<string, number> = {};
    for (const [route, ready] of ROUTES) {
      await open(route, ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found[route] = overflow;
    }
    expect(found).toEqual({});
  }, 120_000);

  it('made no request beyond 127.0.0.1 and logged no errors', () => {
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});
