/**
 * Branching the learner can see, in real Chromium: a consequence says which choice led to
 * it, the debrief lists the path taken, the result's review is folded per scenario and opens
 * by keyboard, and on a phone a later decision is on the first screen because the situation
 * folds away after a scenario's first step. Axe on each of these pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DecisionStep } from '../../src/course/quiz-types.ts';
import { assessment, DIST } from './course-fixture.ts';
import { tabTo } from './keyboard.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { closeTab, tabReadyForAssessment } from './seed-storage.ts';
import { expectAxeClean } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const h1 = () => page.locator('h1').first().textContent();
const stepHeading = () => page.locator('#step-heading').textContent();
const [first] = assessment.scenarios;

/** A new tab for a learner with every lesson done, at the given size, on the assessment's start page. */
async function learnerReadyForAssessment(viewport: { width: number; height: number }) {
  await closeTab(page);
  page = await tabReadyForAssessment(served, (tab) => tab.setViewportSize(viewport));
}

const axe = (label: string) => expectAxeClean(page, label);

/** The decision on screen, read off its prompt. */
async function decisionOnScreen(): Promise<DecisionStep> {
  const prompt = squash(await page.locator('form.decision legend').textContent());
  const step = Object.values(first.steps).find((s): s is DecisionStep => s.kind === 'decision' && squash(s.promptText) === prompt);
  if (!step) throw new Error(`no decision "${prompt}" in ${first.id}`);
  return step;
}

/** Presses the step's main button and waits for the next step to replace it. */
async function goOn() {
  const shown = () => page.locator('main article').textContent();
  const before = await shown();
  await page.locator('.scenario .button-row button.primary').click();
  await expect.poll(shown).not.toBe(before);
}

/**
 * The first choice's place on the page (document coordinates), as a learner sees it unscrolled:
 * a choice with its radio or box, or the words of an ordering's first item (its Move buttons
 * sit below them).
 */
const firstChoiceBox = () =>
  page
    .locator('form.decision .choices li, form.decision .ordering .ordering-text')
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });

describe('branching the learner can see', () => {
  it('through the first scenario: each consequence opens with "You chose:", the debrief lists the path', async () => {
    await learnerReadyForAssessment({ width: 1280, height: 800 });
    // Answer every decision of the first scenario wrongly (a wrong choice has its own branch).
    const chosen: string[] = [];
    let consequences = 0;
    for (let n = 0; n < first.decisions; n++) {
      await takeAssessment(page, assessment, { right: () => false, stopBefore: 0 });
      const step = await decisionOnScreen();
      await takeAssessment(page, assessment, { right: () => false, stopAfter: 1 });
      // What the learner chose, in the words on screen: an order reads "A, then B" after a
      // consequence, and by how much of it is right in the path.
      const order = (await page.locator('form.decision .ordering-text').allTextContents()).map(squash);
      const picked =
        step.type === 'ordering'
          ? order.join(', then ')
          : (await page.locator('form.decision li.chosen label').allTextContents()).map(squash).join('; ');
      chosen.push(
        step.type === 'ordering'
          ? `an order with ${await page.locator('form.decision .ordering li.right').count()} of ${order.length} steps in the right place`
          : picked,
      );
      await goOn();
      while (squash(await stepHeading()) === 'What happened next') {
        consequences++;
        // The first thing under the heading says which choice led here.
        const opening = squash(await page.locator('.consequence h2 + *').textContent());
        expect(opening).toBe(`You chose: ${picked}`);
        if (consequences === 1) await axe('a consequence');
        await goOn();
      }
    }
    expect(consequences).toBeGreaterThan(0);
    expect(squash(await stepHeading())).toBe('Debrief');
    const path = page.getByRole('region', { name: 'Your path through this scenario' });
    const items = (await path.locator('ol > li').allTextContents()).map(squash);
    expect(items).toHaveLength(first.decisions);
    items.forEach((item, i) => {
      expect(item).toMatch(new RegExp(`^Decision ${i + 1}: .+You chose: .+ (Partly right|Not the best answer)\\.`));
      expect(item).toContain(`You chose: ${chosen[i]}`);
    });
    expect(items.some((item) => item.includes('What happened:'))).toBe(true);
    await axe('a debrief');
  });

  it('on a phone (390x844), after the first step the situation is folded and the decision is on the first screen', async () => {
    await learnerReadyForAssessment({ width: 390, height: 844 });
    await takeAssessment(page, assessment, { right: () => true, stopBefore: 0 });
    expect(await page.locator('.setting').evaluate((el) => el.tagName)).toBe('SECTION');
    // Every later decision of the first scenario, whether it follows a decision or a consequence.
    for (let n = 1; n < first.decisions; n++) {
      await takeAssessment(page, assessment, { right: () => true, stopBefore: 1 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await firstChoiceBox();
      expect(box.bottom, `decision ${n + 1}: first choice ends at ${Math.round(box.bottom)}px`).toBeLessThanOrEqual(844);
      const summary = page.locator('details.setting > summary');
      expect(squash(await summary.textContent())).toBe('Show the situation');
      expect(await page.locator('details.setting').getAttribute('open')).toBeNull();
      if (n === 1) {
        await axe('a decision on a phone, situation folded');
        await tabTo(page, summary);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('details.setting').getAttribute('open')).not.toBeNull();
        expect(await page.locator('details.setting p').first().isVisible()).toBe(true);
        await axe('a decision on a phone, situation shown');
      }
    }
  });

  it('the result page reviews each scenario behind a disclosure with its score, opened by keyboard', async () => {
    await learnerReadyForAssessment({ width: 1366, height: 768 });
    await takeAssessment(page, assessment, { right: (n) => n % 3 !== 1 });
    await expect.poll(h1).toBe('Your result');
    const review = page.locator('.answer-review');
    const scenarios = review.locator('details');
    expect(await scenarios.count()).toBe(assessment.scenarios.length);
    const summaries = (await review.locator('details > summary').allTextContents()).map(squash);
    assessment.scenarios.forEach((s, i) =>
      expect(summaries[i]).toMatch(new RegExp(`^${escape(s.title)}: \\d+%, \\d of ${s.decisions} decisions right$`)),
    );
    // Folded: no decision is shown until its scenario is opened, and the page is short.
    expect(await review.locator('.review-decision').first().isVisible()).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `result page ${height}px high`).toBeLessThan(768 * 3);
    await axe('results, folded');
    await tabTo(page, review.locator('details > summary').first());
    await page.keyboard.press('Enter');
    await expect.poll(() => scenarios.first().getAttribute('open')).not.toBeNull();
    const opened = scenarios.first().locator('.review-decision');
    expect(await opened.count()).toBe(assessment.scenarios[0].decisions);
    expect(await opened.first().isVisible()).toBe(true);
    expect(await scenarios.nth(1).locator('.review-decision').first().isVisible()).toBe(false);
    await axe('results, one scenario open');
    expect(served.browser.problems).toEqual([]);
  });
});
