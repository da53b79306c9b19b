/**
 * A learner taking the final assessment in the browser: reads each step off the page,
 * answers right or wrong as told, and moves on. With `keyboard`, every action is a key
 * press reached by Tab (radios by arrow keys, as a keyboard user does).
 */
import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import type { Assessment, DecisionStep } from '../../src/course/quiz-types.ts';
import { correctResponse } from '../../src/lib/quiz-rules.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { tabTo } from './keyboard.ts';

export interface TakeOptions {
  /** Answer the n-th decision (0-based, in the order met) right? */
  right: (n: number) => boolean;
  /** The page to send keys to; without it, the learner clicks. */
  keyboard?: Page;
  /** Stop on the feedback of the n-th answer (1-based), without going on. */
  stopAfter?: number;
  /** Stop on the n-th decision (0-based), before answering it. */
  stopBefore?: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A wrong response of the decision's kind. */
function wrongResponse(step: DecisionStep): string[] {
  if (step.type === 'ordering') return correctResponse(step).reverse();
  return [step.choices.find((c) => !c.correct)!.id];
}

export async function takeAssessment(root: Page | Frame, assessment: Assessment, options: TakeOptions): Promise<number> {
  const { keyboard } = options;
  const press = async (target: Locator, key = 'Enter') => {
    if (!keyboard) return target.click();
    await tabTo(keyboard, target);
    await keyboard.keyboard.press(key);
  };
  const h1 = () => root.locator('h1').first().textContent();
  let answered = 0;
  for (let guard = 0; guard < 400; guard++) {
    await expect
      .poll(async () => (await root.locator('h1').count()) > 0 && !(await root.locator('.loading').count()), { timeout: 15_000 })
      .toBe(true);
    const title = squash((await h1()) ?? '');
    if (title === 'Your result') return answered;
    if (title.startsWith('Content note:')) {
      await press(root.getByRole('button', { name: 'Continue to the scenario' }));
      // Read the page again only once the note has gone, or the same note is pressed twice.
      await expect.poll(async () => squash((await h1()) ?? ''), { timeout: 10_000 }).not.toBe(title);
      continue;
    }
    if (title === 'Final assessment') {
      const start = root.locator('main a.button.primary');
      // A start page with no way in (locked, or no attempts left) would only time out below:
      // say what the page shows instead, so a failure can be read.
      await start.waitFor({ timeout: 10_000 }).catch(async () => {
        throw new Error(
          `takeAssessment: no start button on the assessment page, which says: ${squash((await root.locator('main').textContent()) ?? '')}`,
        );
      });
      await press(start);
      // The router commits the move in a transition, so the start page (and its button) can
      // still be on screen after the route has changed: wait for the route and for the start
      // page to go, or the next read sees its heading and waits for a button that then leaves
      // (a fresh-clone CI run failed so, on the content note that replaced it).
      await expect.poll(() => root.url(), { timeout: 10_000 }).toContain(hashOf(paths.assessmentRun));
      await expect.poll(() => start.count(), { timeout: 10_000 }).toBe(0);
      continue;
    }
    const scenario = assessment.scenarios.find((s) => s.title === title);
    if (!scenario) {
      // The page before may still be showing while the hash route changes: wait for a page
      // this helper knows (a poll on a condition, never a fixed sleep), then look again.
      const known = (t: string) =>
        t === 'Your result' || t === 'Final assessment' || t.startsWith('Content note:') || assessment.scenarios.some((s) => s.title === t);
      await expect
        .poll(async () => known(squash((await h1()) ?? '')), { timeout: 15_000, message: `takeAssessment: unexpected page "${title}"` })
        .toBe(true);
      continue;
    }
    const submit = root.locator('form.decision button[type="submit"]');
    if (await submit.count()) {
      if (options.stopBefore === answered) return answered;
      const prompt = squash((await root.locator('form.decision legend').textContent()) ?? '');
      const step = Object.values(scenario.steps).find((s): s is DecisionStep => s.kind === 'decision' && squash(s.promptText) === prompt);
      if (!step) throw new Error(`takeAssessment: no decision "${prompt}" in ${scenario.id}`);
      const response = options.right(answered) ? correctResponse(step) : wrongResponse(step);
      await give(root, step, response, press, keyboard);
      await press(submit);
      await expect.poll(() => root.locator('form.decision button[type="submit"]').count()).toBe(0);
      answered++;
      if (options.stopAfter === answered) return answered;
      continue;
    }
    const finish = root.getByRole('button', { name: 'See your result' });
    if (await finish.count()) {
      await press(finish);
      continue;
    }
    await press(root.locator('.scenario .button-row button.primary'));
  }
  throw new Error('takeAssessment: did not finish');
}

async function give(
  root: Page | Frame,
  step: DecisionStep,
  response: string[],
  press: (l: Locator, key?: string) => Promise<void>,
  keyboard?: Page,
) {
  const text = (id: string) => step.choices.find((c) => c.id === id)!.text;
  if (step.type === 'ordering') {
    for (let i = 0; i < response.length; i++) {
      for (let guard = 0; guard < 10; guard++) {
        const shown = (await root.locator('.ordering .ordering-text').allTextContents()).map(squash);
        const j = shown.indexOf(squash(text(response[i])));
        if (j <= i) break;
        await press(
          root
            .locator('.ordering li')
            .nth(j)
            .getByRole('button', { name: /^Move up/ }),
        );
      }
    }
    return;
  }
  const inputs = root.locator('form.decision input');
  const labels = (await root.locator('form.decision label').allTextContents()).map(squash);
  if (step.type === 'single' && keyboard) {
    // Tab lands on the first radio of an unanswered group; arrows move and choose.
    const k = labels.indexOf(squash(text(response[0])));
    await tabTo(keyboard, inputs.first());
    if (k === 0) await keyboard.keyboard.press('Space');
    for (let n = 0; n < k; n++) await keyboard.keyboard.press('ArrowDown');
    return;
  }
  for (const id of response) await press(inputs.nth(labels.indexOf(squash(text(id)))), 'Space');
}
