/**
 * The honest path to the end, in real Chromium: a new learner goes from the course map
 * through every lesson to "Course complete" pressing only the one main button of each
 * screen (Start, Next, Next lesson, Take the final assessment), accepting the content
 * notes met on the way, and passing the assessment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { offsiteRequests } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { PROGRESS_KEY, closeTab, seedOnFirstLoad } from './seed-storage.ts';
import { expectAxeClean } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const h1 = async () => squash(await page.locator('h1').first().textContent());
const h2 = async () =>
  squash(
    await page
      .locator('.lesson-section h2')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => ''),
  );
const hashPath = () => decodeURIComponent(new URL(page.url()).hash).replace(/^#/, '');
/** The main button of the map's progress panel or of a lesson's navigation: always exactly one. */
async function mainButton(where: '.progress-panel' | '.lesson-nav') {
  const main = page.locator(`${where} .button.primary`);
  await expect.poll(() => main.count()).toBe(1);
  return main;
}
const mapTitle = course.meta.title;

const axe = (label: string) => expectAxeClean(page, label);

/** A fresh tab whose storage holds `value` (or nothing) before any course code runs. */
async function freshLearner(value?: string) {
  await closeTab(page);
  page = await served.browser.newPage();
  await seedOnFirstLoad(page, PROGRESS_KEY, value ?? null);
  await page.goto(served.server.url + hashOf(paths.home));
  await expect.poll(h1).toBe(mapTitle);
}

describe('the honest path to the end', () => {
  it('leads a new learner from the map through every lesson and the assessment to "Course complete" by the main button alone', async () => {
    await freshLearner();
    const main = await mainButton('.progress-panel');
    expect(squash(await main.textContent())).toMatch(/^Start the course/);
    await main.click();

    // Every section of every lesson, in course order, each reached by the main button.
    const seen: string[] = [];
    const expected = course.meta.lessons.flatMap((l) => l.sections.map((s) => `${l.id}/${s.id}`));
    let lastLabel = '';
    for (let guard = 0; seen.length < expected.length && guard < expected.length * 3; guard++) {
      // The screen the address names: its content note, or its section (the router commits in a
      // transition, so the previous screen can still show for a moment; wait, never sleep).
      await expect.poll(hashPath).toMatch(/^\/lesson\/[^/]+\/[^/]+$/);
      const at = hashPath().replace(/^\/lesson\//, '');
      const [lessonId, sectionId] = at.split('/');
      const lesson = course.meta.lessons.find((l) => l.id === lessonId)!;
      const sectionTitle = lesson.sections.find((x) => x.id === sectionId)!.title;
      const note = `Content note: ${lesson.title}`;
      const shown = async () => ((await h1()) === note ? note : await h2());
      await expect.poll(async () => [note, sectionTitle].includes(await shown())).toBe(true);
      // A full-page note, or a compact one that holds the section back: the learner continues.
      const carryOn = page.getByRole('button', { name: 'Continue to the lesson' });
      if (await carryOn.count()) {
        await carryOn.click();
        await expect.poll(() => carryOn.count()).toBe(0);
        await expect.poll(h2).toBe(sectionTitle);
      }
      seen.push(at);
      const button = await mainButton('.lesson-nav');
      lastLabel = squash(await button.textContent());
      await button.click();
      await expect.poll(hashPath).not.toBe(`/lesson/${at}`);
    }
    expect(seen).toEqual(expected);

    // The Summary's last button led on to the assessment, not back to the map or a lesson.
    expect(lastLabel).toBe('Take the final assessment');
    await expect.poll(h1).toBe('Final assessment');
    const answered = await takeAssessment(page, assessment, { right: () => true });
    expect(answered).toBeGreaterThan(0);

    // The end of the assessment says the course is complete, with the result.
    await expect.poll(h1).toBe('Your result');
    const done = page.locator('.course-complete');
    await expect
      .poll(async () => squash(await done.innerText()))
      .toBe('Course complete You have finished every lesson and passed the final assessment with 100%. Get your certificate of completion');
    await axe('result page, course complete');
    await page.getByRole('link', { name: 'Back to the course map' }).click();

    // So does the map, and it has nothing more to send the learner to.
    await expect.poll(h1).toBe(mapTitle);
    await expect
      .poll(async () => squash(await page.locator('.progress-panel .course-complete').innerText()))
      .toBe('Course complete You have finished every lesson and passed the final assessment with 100%. Get your certificate of completion');
    expect(await page.locator('.progress-panel .button.primary').count()).toBe(0);
    await axe('course map, course complete');
    expect(await page.locator('.group-progress-text').allTextContents()).toEqual(
      ['Start here', 'reviews', 'themes', 'Finish'].map(() => expect.stringMatching(/^(\d+) of \1 done\. All done\.$/)),
    );
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });

  it('sends a learner who has done every lesson on to the assessment, never back to the Summary', async () => {
    const lessons = Object.fromEntries(course.meta.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }]));
    const summary = course.meta.lessons.at(-1)!;
    await freshLearner(encodeProgress(course.meta.id, { lessons, position: { lesson: summary.id, section: summary.sections.at(-1)!.id } }));
    const main = await mainButton('.progress-panel');
    expect(squash(await main.textContent())).toBe('Take the final assessment');
    await main.click();
    await expect.poll(h1).toBe('Final assessment');
    expect(await page.getByRole('link', { name: 'Start the assessment' }).count()).toBe(1);
    await page.goBack();
    await expect.poll(h1).toBe(mapTitle);
    await axe('course map, every lesson done');
  });
});
