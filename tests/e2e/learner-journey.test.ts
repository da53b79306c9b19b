import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { activate } from './keyboard.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const h1 = () => page.locator('h1');
/** Chromium may put a space before visually hidden text in a name: "Next : Title". */
const nameLike = (visible: string, hidden: string) => new RegExp(`^${visible}\\s?: ${hidden.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const h2 = () => page.locator('.lesson-section h2');

describe('a learner, keyboard only', () => {
  it('goes through every lesson from the course map and finishes the course', async () => {
    await page.goto(served.server.url);
    await expect.poll(() => h1().textContent()).toBe(course.meta.title);
    await activate(page, page.getByRole('link', { name: /Start the course/ }));

    for (const [i, lesson] of course.meta.lessons.entries()) {
      if (lesson.contentNote) {
        // A full note is a page of its own; a compact one sits under the lesson's title.
        await expect.poll(() => h1().textContent()).toBe(lesson.contentNote.gate ? `Content note: ${lesson.title}` : lesson.title);
        // Focus moved to the new heading, so the next Tab starts from there: the note's Continue comes first.
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        await page.keyboard.press('Tab');
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Continue to the lesson');
        await page.keyboard.press('Enter');
      }
      for (const [j, section] of lesson.sections.entries()) {
        await expect.poll(() => h2().textContent()).toBe(section.title);
        expect(await h1().textContent()).toBe(lesson.title);
        expect(page.url()).toContain(hashOf(paths.lesson(lesson.id, section.id)));
        await expect.poll(() => page.title()).toBe(`${section.title}: ${lesson.title} - ${course.meta.title}`);
        const last = j === lesson.sections.length - 1;
        const next = !last
          ? page.getByRole('link', { name: nameLike('Next', lesson.sections[j + 1].title) })
          : i < course.meta.lessons.length - 1
            ? page.getByRole('link', { name: `Next lesson: ${course.meta.lessons[i + 1].title}` })
            : page.getByRole('link', { name: 'Take the final assessment' });
        await activate(page, next);
      }
    }

    // The last lesson leads on to the assessment; the map says every lesson is done.
    await expect.poll(() => h1().textContent()).toBe('Final assessment');
    await activate(page, page.getByRole('link', { name: 'Course map' }));
    await expect.poll(() => h1().textContent()).toBe(course.meta.title);
    const required = course.meta.lessons.filter((l) => !l.optional).length;
    expect(await page.locator('#progress-text').textContent()).toBe(
      `${required} of ${required} lessons done: you have finished every lesson.`,
    );
    expect(await page.locator('.lesson-item .status').allTextContents()).toEqual(course.meta.lessons.map(() => 'Done'));
    expect(await page.getByRole('link', { name: 'Take the final assessment' }).count()).toBe(1);
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});

describe('focus after navigation', () => {
  it('is on the new heading the moment that heading appears, never on <body> in between', async () => {
    await page.goto(served.server.url);
    await expect.poll(() => h1().textContent()).toBe(course.meta.title);
    const lesson = course.meta.lessons.find((l) => !l.contentNote && l.sections.length > 1)!;
    await page.goto(`${served.server.url}#/lesson/${lesson.id}/${lesson.sections[0].id}`);
    await expect.poll(() => h2().textContent()).toBe(lesson.sections[0].title);
    // Where focus is at each DOM change that shows the next section's heading: a
    // MutationObserver runs right after the DOM changes, before any passive effect, which
    // is where focus used to move (up to 32 ms later, with focus on <body> meanwhile).
    await page.evaluate((title) => {
      const seen: string[] = [];
      (window as unknown as { focusSeen: string[] }).focusSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.lesson-section h2')?.textContent === title) seen.push(document.activeElement?.tagName ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, lesson.sections[1].title);
    await activate(page, page.getByRole('link', { name: nameLike('Next', lesson.sections[1].title) }));
    await expect.poll(() => h2().textContent()).toBe(lesson.sections[1].title);
    const seen = await page.evaluate(() => (window as unknown as { focusSeen: string[] }).focusSeen);
    expect(seen[0]).toBe('H1');
  });
});

/** A learner who has never opened the course on this browser. */
async function startAfresh() {
  await page.goto(served.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect.poll(() => h1().textContent()).toBe(course.meta.title);
}

describe('resume', () => {
  it('a reload resumes at the same section with progress kept', async () => {
    const lesson = course.meta.lessons.find((l) => !l.contentNote && l.sections.length > 2)!;
    const section = lesson.sections[1];
    await startAfresh();
    await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, section.id)));
    await expect.poll(() => h2().textContent()).toBe(section.title);
    await page.reload();
    await expect.poll(() => h2().textContent()).toBe(section.title);
    await page.goto(served.server.url);
    await expect.poll(() => h1().textContent()).toBe(course.meta.title);
    expect(await page.locator(`[data-lesson="${lesson.id}"] .status`).textContent()).toBe('In progress');
  });

  it('"continue where you left off" returns to the last unfinished place after closing the window', async () => {
    const context = served.browser.context;
    await startAfresh();
    const lesson = course.meta.lessons.find((l) => !l.contentNote && l.sections.length > 2)!;
    await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, lesson.sections[1].id)));
    await expect.poll(() => h2().textContent()).toBe(lesson.sections[1].title);
    await page.close();

    page = await context.newPage();
    await page.goto(served.server.url);
    await activate(page, page.getByRole('link', { name: /Continue where you left off/ }));
    await expect.poll(() => h2().textContent()).toBe(lesson.sections[1].title);
    expect(await page.locator(`text=Part 2 of ${lesson.sections.length}`).count()).toBe(1);
  });

  it('corrupt saved progress starts cleanly with a notice, never a blank screen', async () => {
    await page.goto(served.server.url);
    await page.evaluate((id) => localStorage.setItem(`learning-from-reviews:${id}:local`, 'v1;c:trunc'), course.meta.id);
    await page.reload();
    await expect.poll(() => h1().textContent()).toBe(course.meta.title);
    expect(await page.getByRole('status').textContent()).toMatch(/could not be read/);
    expect(await page.locator('#progress-text').textContent()).toMatch(/^0 of/);
    // The unreadable value is kept until the learner makes progress.
    const kept = await page.evaluate((id) => localStorage.getItem(`learning-from-reviews:${id}:local:unreadable`), course.meta.id);
    expect(kept).toBe('v1;c:trunc');
  });

  it('works with browser storage blocked (as in a cross-site LMS frame), saying progress is not kept', async () => {
    const blocked = await served.browser.context.newPage();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const before = served.browser.problems.length;
    await blocked.goto(served.server.url);
    await expect.poll(() => blocked.locator('h1').textContent()).toBe(course.meta.title);
    expect(await blocked.getByRole('status').textContent()).toMatch(/not letting the course save your progress/);
    const lesson = course.meta.lessons.find((l) => !l.contentNote)!;
    await blocked.goto(served.server.url + hashOf(paths.lesson(lesson.id, lesson.sections.at(-1)!.id)));
    await blocked.locator('.lesson-section').waitFor();
    await blocked.goto(served.server.url + hashOf(paths.home));
    expect(await blocked.locator(`[data-lesson="${lesson.id}"] .status`).textContent()).toBe('Done');
    expect(served.browser.problems.slice(before)).toEqual([]);
    await blocked.close();
  });
});
