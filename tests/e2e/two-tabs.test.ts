/**
 * Two tabs of the web edition on one browser share one saved record. Each tab's lessons
 * must survive the other's saves, in either order, and a reload shows both.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

const served = servedCourse(DIST);
const lessons = course.meta.lessons.filter((l) => !l.contentNote && !l.optional);

const status = (page: Page, lessonId: string) => page.locator(`[data-lesson="${lessonId}"] .status`).textContent();

async function openMap(page: Page) {
  await page.goto(`${served.server.url}#/`);
  await expect.poll(() => page.locator('h1').textContent()).toBe(course.meta.title);
}

/** Reaching a lesson's last section finishes it, and the tab saves. */
async function finishLesson(page: Page, lesson: (typeof lessons)[number]) {
  await page.goto(`${served.server.url}#/lesson/${lesson.id}/${lesson.sections.at(-1)!.id}`);
  await expect.poll(() => page.locator('.lesson-section h2').textContent()).toBe(lesson.sections.at(-1)!.title);
}

/** Two tabs opened on a fresh learner before either makes progress, as a learner opens the course twice. */
async function twoTabs(): Promise<[Page, Page]> {
  const { context } = served.browser;
  const a = await context.newPage();
  await a.goto(served.server.url);
  await a.evaluate(() => localStorage.clear());
  const b = await context.newPage();
  await openMap(a);
  await openMap(b);
  return [a, b];
}

describe('two tabs of the web edition', () => {
  it('needs two lessons without a content note', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(2);
  });

  for (const order of ['first tab first', 'second tab first'] as const) {
    it(`keeps the lessons finished in both tabs (${order}), and a reload shows both`, async () => {
      const [a, b] = await twoTabs();
      const [first, second] = order === 'first tab first' ? [a, b] : [b, a];
      const [one, two] = order === 'first tab first' ? [lessons[0], lessons[1]] : [lessons[1], lessons[0]];
      await finishLesson(first, one);
      await finishLesson(second, two);

      // The tab that saved first shows the other's lesson without a reload.
      await openMap(first);
      await expect.poll(() => status(first, two.id)).toBe('Done');
      expect(await status(first, one.id)).toBe('Done');
      await openMap(second);
      expect(await status(second, one.id)).toBe('Done');
      expect(await status(second, two.id)).toBe('Done');

      // The first tab saves again (its position moves); the second tab's lesson must survive it.
      await finishLesson(first, one);
      for (const page of [a, b]) {
        await page.reload();
        await openMap(page);
        expect(await status(page, one.id)).toBe('Done');
        expect(await status(page, two.id)).toBe('Done');
      }
      await a.close();
      await b.close();
      expect(served.browser.problems).toEqual([]);
    });
  }

  it("a tab that missed the other tab's save still keeps it when it saves", async () => {
    const [a, b] = await twoTabs();
    // Tab b hears nothing from tab a: a save written behind its back, as when events are missed.
    await b.evaluate(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), { capture: true }));
    await finishLesson(a, lessons[0]);
    await finishLesson(b, lessons[1]);
    await b.reload();
    await openMap(b);
    expect(await status(b, lessons[0].id)).toBe('Done');
    expect(await status(b, lessons[1].id)).toBe('Done');
    await a.close();
    await b.close();
  });
});
