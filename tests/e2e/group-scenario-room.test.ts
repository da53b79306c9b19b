/**
 * Group scenarios in the room (issue 11, point 5): each owns the viewport like a deck (no
 * course chrome, nothing scrolls, no screen overflows) at projector and laptop sizes, moves
 * on and reveals by a clicker's keys, blanks with B, and shows its facilitator notes only in
 * the facilitator window, which follows it and can drive it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Scenario } from '../../src/course/quiz-types.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { branches, nextScreen, screenKey, type Screen } from '../../src/features/presentation/group-screens.ts';
import { assessment, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { axeViolations } from './axe.ts';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
];
/** The keys a clicker or a keyboard sends for "next", used in turn. */
const NEXT_KEYS = ['PageDown', 'ArrowRight', 'Space', 'Enter'];

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const shown = (p: Page = page) => p.locator('.group-screen').getAttribute('data-screen');

/** The screens a clicker walks through when the group's choice is never recorded (the best answer's path). */
function clickerPath(scenario: Scenario): Screen[] {
  const path: Screen[] = [{ at: 'title' }];
  for (let s = nextScreen(scenario, path[0]); s; s = nextScreen(scenario, s)) path.push(s);
  return path;
}

async function open(scenario: Scenario) {
  await page.goto('about:blank');
  await page.goto(served.server.url + hashOf(paths.group(scenario.id)));
  await expect.poll(() => shown()).toBe('title');
}

/** What the room would see besides the screen and its controls, and whether the screen's text fits. */
function measure(p: Page) {
  return p.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)].some((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
      });
    const root = document.documentElement;
    const slide = document.querySelector('.group-screen')!;
    const bar = document.querySelector('.slide-controls')!.getBoundingClientRect();
    const texts = [...slide.querySelectorAll('li, p, h2')].map((t) => parseFloat(getComputedStyle(t).fontSize));
    return {
      chrome: ['.site-header', '.site-footer', '.skip-link', '.notices', 'h1'].filter(visible),
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      overflow: Math.max(slide.scrollHeight - slide.clientHeight, slide.scrollWidth - slide.clientWidth),
      barOnScreen: bar.top >= 0 && bar.bottom <= innerHeight && bar.right <= innerWidth,
      smallestText: Math.min(...texts),
    };
  });
}

describe('group scenarios in the room', () => {
  for (const size of SIZES) {
    it(`at ${size.width}x${size.height}: every screen of every scenario on the clicker's path fits, with no chrome and no scrolling`, async () => {
      await page.setViewportSize(size);
      const problems: string[] = [];
      for (const scenario of assessment.scenarios) {
        await open(scenario);
        const path = clickerPath(scenario);
        for (const [n, screen] of path.entries()) {
          if (n > 0) {
            await page.keyboard.press(NEXT_KEYS[n % NEXT_KEYS.length]);
            await expect.poll(() => shown()).toBe(screenKey(screen));
          }
          const m = await measure(page);
          const where = `${scenario.id} ${screenKey(screen)}`;
          if (m.chrome.length) problems.push(`${where}: ${m.chrome.join(', ')} visible`);
          if (m.scrolls) problems.push(`${where}: the page scrolls`);
          if (m.overflow > 1) problems.push(`${where}: overflows by ${m.overflow}px`);
          if (!m.barOnScreen) problems.push(`${where}: the control bar is cut off`);
          if (m.smallestText < size.height * 0.04 - 0.5) problems.push(`${where}: text at ${m.smallestText}px`);
        }
        // The last screen: Next does nothing more.
        expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      }
      expect(problems).toEqual([]);
    });
  }

  it("at 1024x768: every branch the group can choose fits too, and Next follows the group's choice", async () => {
    await page.setViewportSize(SIZES[2]);
    const problems: string[] = [];
    for (const scenario of assessment.scenarios) {
      for (const step of Object.values(scenario.steps)) {
        if (step.kind !== 'decision' || !branches(step)) continue;
        for (const [i, choice] of step.choices.entries()) {
          await open(scenario);
          // Walk the clicker's path to this decision, revealed.
          for (const screen of clickerPath(scenario).slice(1)) {
            await page.keyboard.press('PageDown');
            await expect.poll(() => shown()).toBe(screenKey(screen));
            if (screen.at === 'step' && screen.id === step.id && screen.revealed) break;
          }
          await page
            .getByRole('group', { name: 'The group chose' })
            .getByRole('button', { name: String(i + 1), exact: true })
            .click();
          await page.keyboard.press('PageDown');
          await expect.poll(() => shown()).toBe(choice.next ?? step.next);
          const m = await measure(page);
          if (m.overflow > 1 || m.scrolls) problems.push(`${scenario.id} ${choice.next}: overflows by ${m.overflow}px`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a decision shows its choices, then Reveal (by key) shows where each leads; Previous goes back; B blanks the viewport', async () => {
    await page.setViewportSize(SIZES[1]);
    const scenario = assessment.scenarios[0];
    const path = clickerPath(scenario);
    const decisionAt = path.findIndex((s) => s.at === 'step' && !s.revealed && scenario.steps[s.id].kind === 'decision');
    const decision = scenario.steps[(path[decisionAt] as { id: string }).id];
    if (decision.kind !== 'decision') throw new Error('no decision');
    await open(scenario);
    for (let n = 1; n <= decisionAt; n++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown()).toBe(screenKey(path[decisionAt]));
    expect(await page.locator('.group-choices li').allTextContents()).toEqual(decision.choices.map((c) => c.text));
    expect(await page.getByRole('button', { name: 'Reveal' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => shown()).toBe(`${decision.id}:revealed`);
    expect(await page.locator('.group-reveal li').count()).toBe(decision.choices.length);
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(1);
    await page.keyboard.press('PageUp');
    await expect.poll(() => shown()).toBe(decision.id);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.stage.blank-black').count()).toBe(1);
    const box = await page.locator('.stage.blank-black').boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: SIZES[1].width, height: SIZES[1].height });
    expect(await page.locator('.group-screen').count()).toBe(0);
    await page.keyboard.press('x');
    await expect.poll(() => shown()).toBe(decision.id);
    // S opens the support screen; Previous comes back to the same place.
    await page.keyboard.press('s');
    await expect.poll(() => shown()).toBe('support');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown()).toBe(decision.id);
  });

  it('counts every press of a quick burst from a clicker, as the group moves through its screens', async () => {
    await page.setViewportSize(SIZES[1]);
    const scenario = assessment.scenarios[0];
    const path = clickerPath(scenario);
    await open(scenario);
    // Sent in one task, as quick presses reach a busy PC: no render between them.
    await page.evaluate((n) => {
      for (let i = 0; i < n; i++)
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    }, 3);
    await expect.poll(() => shown()).toBe(screenKey(path[3]));
  });

  it('takes a key pressed the moment the first screen appears (a clicker pressed as the page opens)', async () => {
    const scenario = assessment.scenarios[0];
    const path = clickerPath(scenario);
    const tab = await served.browser.newPage();
    await tab.setViewportSize(SIZES[1]);
    // In the same task as the title screen's first drawing: no later task can come between.
    await tab.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.group-screen[data-screen="title"]')) return;
        seen.disconnect();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await tab.goto(served.server.url + hashOf(paths.group(scenario.id)));
    await expect.poll(() => shown(tab)).toBe(screenKey(path[1]));
    await tab.close();
  });

  it('the facilitator notes show only in the facilitator window, which follows the scenario and drives it', async () => {
    await page.setViewportSize(SIZES[1]);
    const scenario = assessment.scenarios[0];
    const path = clickerPath(scenario);
    await open(scenario);
    const [facilitator] = await Promise.all([
      served.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Facilitator view' }).click(),
    ]);
    await expect.poll(() => facilitator.locator('.facilitator-notes').textContent()).toBe(scenario.facilitatorNotes);
    expect(await facilitator.locator('.facilitator-questions li').allTextContents()).toEqual(scenario.discussion);
    const notesIn = (p: Page) => p.evaluate((notes) => document.body.innerText.includes(notes), scenario.facilitatorNotes);
    expect(await notesIn(facilitator)).toBe(true);
    // The presentation window never shows them, on any screen of the scenario.
    for (const screen of path.slice(1)) {
      expect(await notesIn(page)).toBe(false);
      await page.keyboard.press('PageDown');
      await expect.poll(() => shown()).toBe(screenKey(screen));
      await expect.poll(() => facilitator.locator('.slide-counter').textContent()).toContain('Now showing');
    }
    expect(await notesIn(page)).toBe(false);
    // The facilitator drives: the room's screen follows.
    await facilitator.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => shown()).toBe(screenKey(path[path.length - 2]));
    expect(await axeViolations(facilitator)).toEqual([]);
    await facilitator.close();
  });

  it('passes axe on the choices and on the revealed answers, and every control is reached by keyboard', async () => {
    await page.setViewportSize(SIZES[1]);
    const scenario = assessment.scenarios[0];
    const path = clickerPath(scenario);
    await open(scenario);
    const problems: string[] = [];
    for (const screen of path.slice(1)) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => shown()).toBe(screenKey(screen));
      if (screen.at !== 'step' || scenario.steps[screen.id].kind !== 'decision') continue;
      problems.push(...(await axeViolations(page)).map((v) => `${screenKey(screen)}: ${v}`));
    }
    expect(problems).toEqual([]);
    // Keyboard only: Tab reaches Previous, and Enter on it moves one screen back (not two).
    await page.keyboard.press('Home');
    await expect.poll(() => shown()).toBe('title');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => shown()).toBe(screenKey(path[2]));
    const previous = page.getByRole('button', { name: 'Previous' });
    for (let i = 0; i < 20 && !(await previous.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown()).toBe(screenKey(path[1]));
    expect(served.browser.problems).toEqual([]);
  });
});
