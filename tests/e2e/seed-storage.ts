/** Saved progress put in a new tab's storage before any of the course's code runs. */
import type { Page } from 'playwright-core';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { course } from './course-fixture.ts';
import type { Served } from './served-course.ts';

/** Where the web edition keeps the learner's progress. */
export const PROGRESS_KEY = `learning-from-reviews:${course.meta.id}:local`;

/** Saved progress with every lesson finished: a learner who may start the assessment. */
export const EVERY_LESSON_DONE = encodeProgress(course.meta.id, {
  lessons: Object.fromEntries(course.meta.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }])),
});

/**
 * On the tab's first load only (an init script runs on every load; a session flag stops it
 * after the first), storage is emptied and `value` stored under `key`, so no course
 * instance can read or save around the seed, and a reload keeps what the course saved.
 */
export async function seedOnFirstLoad(page: Page, key: string, value: string | null): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // about:blank (closeTab leaves through it) has no storage to seed.
      if (location.protocol === 'about:' || sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      if (value) localStorage.setItem(key, value);
    },
    [key, value ?? ''] as const,
  );
}

/**
 * Closes a tab of the course so that nothing it saves can land after the next tab's seed:
 * leaving the page first runs its pagehide save while the tab is alive, and the close
 * comes after. (Twice a test failed on a start page that showed other progress than its
 * seed, just after the tab before it was closed: a save landing late, then merged as from
 * another tab, would do that.)
 */
export async function closeTab(page: Page): Promise<void> {
  if (!page.isClosed()) {
    await page.goto('about:blank');
    await page.close();
  }
}

/**
 * A new tab for a learner with every lesson done, on the assessment's start page once its
 * Start link is drawn. `setUp` runs on the tab before the course loads (a viewport, a colour
 * scheme, a held route).
 */
export async function tabReadyForAssessment(served: Served, setUp?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await served.browser.newPage();
  await setUp?.(page);
  await seedOnFirstLoad(page, PROGRESS_KEY, EVERY_LESSON_DONE);
  await page.goto(served.server.url + hashOf(paths.assessment));
  await page.getByRole('link', { name: 'Start the assessment' }).waitFor();
  return page;
}
