/**
 * The final assessment and the knowledge checks in real Chromium, by keyboard: a passing
 * run, a failing run and a retry, closing mid-assessment and resuming at the same step,
 * feedback announced, and axe on each kind of page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offsiteRequests } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { activate, tabTo } from './keyboard.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { PROGRESS_KEY, closeTab, tabReadyForAssessment } from './seed-storage.ts';
import { expectAxeClean } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const h1 = () => page.locator('h1').first().textContent();

/** A learner with every lesson done (the keyboard journey through them is its own test). */
async function learnerReadyForAssessment() {
  // A new tab whose storage is set before any of the course's code runs (an init script, on
  // the tab's first load only), so no course instance can read or save around it.
  await closeTab(page);
  page = await tabReadyForAssessment(served);
  await expect.poll(h1).toBe('Final assessment');
}

const axe = (label: string) => expectAxeClean(page, label);

describe('the final assessment', () => {
  it('is closed until every lesson is done', async () => {
    await page.goto(served.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(served.server.url + hashOf(paths.assessment));
    await expect.poll(h1).toBe('Final assessment');
    expect(await page.locator('main').textContent()).toContain('The assessment opens when you have finished every lesson');
    expect(await page.getByRole('link', { name: 'Start the assessment' }).count()).toBe(0);
  });

  it('says before starting how many decisions there are, the pass mark and the attempts', async () => {
    await learnerReadyForAssessment();
    const text = await page.locator('main').textContent();
    expect(text).toContain(`You will make ${assessment.decisions} decisions in all`);
    expect(text).toContain(`Pass mark: ${course.meta.passMark}%`);
    expect(text).toContain('Attempts: as many as you need');
    expect(text).toMatch(/fictional/);
    await axe('start page');
  });

  it('a passing run by keyboard: every decision right, 100%, passed, with a breakdown and a review', async () => {
    await learnerReadyForAssessment();
    const answered = await takeAssessment(page, assessment, {
      keyboard: page,
      right: () => true,
    });
    expect(answered).toBe(assessment.decisions);
    await expect.poll(h1).toBe('Your result');
    const main = await page.locator('main').textContent();
    expect(main).toContain('You scored 100%');
    expect(main).toContain('You passed.');
    expect(await page.locator('.theme-table tbody tr').count()).toBe(assessment.scenarios.length);
    expect(await page.locator('.answer-review .review-decision').count()).toBe(assessment.decisions);
    await axe('results page');
    await page.getByRole('link', { name: 'Back to the course map' }).click();
    await expect.poll(() => page.locator('#assessment-state').textContent()).toBe('Passed: 100%');
  });

  it('a failing run by keyboard shows the lessons to revisit, and a retry can pass', async () => {
    await learnerReadyForAssessment();
    await takeAssessment(page, assessment, { keyboard: page, right: () => false });
    await expect.poll(h1).toBe('Your result');
    const main = await page.locator('main').textContent();
    expect(main).toMatch(/You scored \d+%/);
    expect(main).toContain('You have not passed this time.');
    expect(await page.locator('#revisit-heading + ul li').count()).toBeGreaterThan(0);
    await activate(page, page.getByRole('link', { name: /^Try again/ }));
    // The result page stays until the route changes: the helper would read it as the end.
    await expect.poll(h1).not.toBe('Your result');
    await takeAssessment(page, assessment, { right: () => true });
    await expect.poll(h1).toBe('Your result');
    expect(await page.locator('main').textContent()).toContain('You passed.');
  });

  it('closing the window mid-assessment resumes at the same step with the same answers', async () => {
    await learnerReadyForAssessment();
    await takeAssessment(page, assessment, { right: (n) => n % 2 === 0, stopAfter: 4 });
    const before = { title: await h1(), prompt: await page.locator('form.decision legend').textContent() };
    await page.close();
    page = await served.browser.newPage();
    await page.goto(served.server.url + hashOf(paths.assessment));
    await expect.poll(h1).toBe('Final assessment');
    await activate(page, page.getByRole('link', { name: 'Continue the assessment' }));
    // A new window shows a scenario's content note again before its first step.
    await expect.poll(h1).toMatch(new RegExp(`^(Content note: )?${before.title}$`));
    if ((await h1())?.startsWith('Content note:')) await activate(page, page.getByRole('button', { name: 'Continue to the scenario' }));
    await expect.poll(h1).toBe(before.title);
    expect(await page.locator('form.decision legend').textContent()).toBe(before.prompt);
    // The four answers are kept: finishing answers the other decisions only.
    const rest = await takeAssessment(page, assessment, { right: () => true });
    expect(rest).toBe(assessment.decisions - 4);
    await expect.poll(h1).toBe('Your result');
    expect(await page.locator('.answer-review .review-decision').count()).toBe(assessment.decisions);
  });

  it('feedback appears next to the answer and is announced, with a link to the lesson that teaches it', async () => {
    await learnerReadyForAssessment();
    await takeAssessment(page, assessment, { right: () => false, stopBefore: 0 });
    await axe('a decision');
    await takeAssessment(page, assessment, { right: () => false, stopAfter: 1 });
    expect(await page.locator('form.decision [role="status"]').textContent()).toMatch(/^(Not quite|Partly right)/);
    expect(await page.locator('form.decision .feedback').count()).toBeGreaterThan(0);
    expect(await page.locator('.learn-more a').getAttribute('href')).toMatch(/^#\/lesson\//);
    await axe('feedback');
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});

describe('a quick check in a lesson', () => {
  it('is answered by keyboard, its feedback announced, and nothing is recorded', async () => {
    // The first marked (not open) check in a lesson section, preferring a lesson with no content note.
    const found = course.lessons
      .flatMap((lesson) =>
        lesson.sections.flatMap((section) => {
          const checks = section.activities.flatMap((a) => (a.kind === 'check' ? [a.check] : []));
          return checks.filter((c) => c.type !== 'open').map((check) => ({ lesson, section, check, nth: checks.indexOf(check) }));
        }),
      )
      .sort((a, b) => Number(!!a.lesson.contentNote) - Number(!!b.lesson.contentNote))[0];
    const { lesson, section, check } = found;
    await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, section.id)));
    const gate = page.getByRole('button', { name: 'Continue to the lesson' });
    await page.locator('.lesson-section, .content-note').first().waitFor();
    if (await gate.count()) await gate.click();
    box = page.locator('.section-check').nth(found.nth);
    await box.waitFor();
    const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    const right = check.choices.filter((c) => c.correct);
    const first = box.locator('input').first();
    // Past the section's text and any earlier activities.
    await tabTo(page, first, 300);
    if (check.type === 'single') {
      const k = check.choices.indexOf(right[0]);
      if (k === 0) await page.keyboard.press('Space');
      for (let n = 0; n < k; n++) await page.keyboard.press('ArrowDown');
    } else {
      for (const c of right) await activateInput(check.choices.indexOf(c));
    }
    await activate(page, box.getByRole('button', { name: 'Check my answer' }));
    await expect.poll(() => box.locator('form [role="status"]').textContent()).toBe('Right.');
    expect(await box.locator('.feedback').count()).toBe(right.length);
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(saved);
    await axe('knowledge check');
  });
});

let box: ReturnType<Page['locator']>;

async function activateInput(index: number) {
  await tabTo(page, box.locator('input').nth(index), 300);
  await page.keyboard.press('Space');
}
