/**
 * Presentation mode in Chromium: the keys a facilitator uses, jumping by number, black and
 * white screens, large type with no overflow at projector sizes, axe, and no change to
 * anyone's progress.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BRIEFING_HEADINGS, buildBriefingSlides, buildSlides } from '../../src/lib/slides.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { axeViolations } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const lessons = course.lessons.filter((l) => ['theme-babies', 'theme-managers'].includes(l.id));
const slides = buildSlides(course.meta, lessons);
const counter = () => page.locator('.slide-counter').textContent();
const at = (n: number) => `Slide ${n} of ${slides.length}`;
const stageColour = () => page.locator('.stage').evaluate((el) => getComputedStyle(el).backgroundColor);

/** Keys sent in one task, as a clicker's quick presses reach a busy PC: no render between them. */
const burst = (keys: string[]) =>
  page.evaluate((list) => {
    for (const key of list) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, keys);

async function open(chosen = lessons) {
  await page.goto('about:blank');
  await page.goto(served.server.url + hashOf(paths.present(chosen.map((l) => l.id))));
  await expect.poll(counter).toBe(`Slide 1 of ${buildSlides(course.meta, chosen).length}`);
}

describe('presentation mode', () => {
  it('moves with the keys a clicker sends, jumps by number, and blanks the screen', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open();
    // Read once the deck is up: what the course map saved on an earlier visit is not the deck's doing.
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter']) await page.keyboard.press(key);
    await expect.poll(counter, { message: 'five keys forward' }).toBe(at(6));
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) await page.keyboard.press(key);
    await expect.poll(counter, { message: 'four keys back' }).toBe(at(2));
    await page.keyboard.press('End');
    await expect.poll(counter, { message: 'End' }).toBe(at(slides.length));
    expect(await page.locator('.slide h2').textContent()).toBe('Support');
    await page.keyboard.press('Home');
    await expect.poll(counter, { message: 'Home' }).toBe(at(1));
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect.poll(counter, { message: '4 Enter' }).toBe(at(4));
    await page.keyboard.press('b');
    await expect.poll(stageColour, { message: 'B' }).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.slide').count()).toBe(0);
    // Any key brings back the same slide, as in PowerPoint: it does not also move on.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.slide').count(), { message: 'a key after B' }).toBe(1);
    await expect.poll(counter).toBe(at(4));
    await page.keyboard.press('w');
    await expect.poll(stageColour, { message: 'W' }).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.slide').count()).toBe(0);
    await page.keyboard.press('w');
    await expect.poll(() => page.locator('.slide').count(), { message: 'W again' }).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(counter, { message: 'ArrowRight after W' }).toBe(at(5));
    // F5 (a clicker's "start show") does not reload.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.keyboard.press('F5');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    // Nothing in presentation mode changed what is saved.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    // Esc (not in full screen) leaves the mode.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('h1').textContent(), { message: 'Escape' }).toBe(course.meta.title);
  });

  it('counts every press of a quick burst, and a key straight after B brings the slide back without moving on', async () => {
    await open();
    await burst(['ArrowRight', 'ArrowRight', 'ArrowRight']);
    await expect.poll(counter).toBe(at(4));
    await burst(['ArrowLeft', 'ArrowLeft']);
    await expect.poll(counter).toBe(at(2));
    await burst(['b', 'ArrowRight']);
    await expect.poll(() => page.locator('.slide').count()).toBe(1);
    expect(await counter()).toBe(at(2));
    await burst(['End', 'ArrowLeft']);
    await expect.poll(counter).toBe(at(slides.length - 1));
  });

  it('a key on a focused button moves one slide, not two; shortcuts can be switched off', async () => {
    await open();
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(counter).toBe(at(2));
    await page.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
    await page.locator('h1').focus();
    await page.keyboard.press('b');
    expect(await page.locator('.slide').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(counter).toBe(at(3));
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    it(`at ${viewport.width}x${viewport.height} no slide of the course overflows and body text is at least 4% of the screen height`, async () => {
      await page.setViewportSize(viewport);
      await open(course.lessons);
      const problems: string[] = [];
      const all = buildSlides(course.meta, course.lessons).length;
      for (let n = 1; n <= all; n++) {
        const m = await page.locator('.slide').evaluate((el) => ({
          overflow: el.scrollHeight - el.clientHeight,
          font: Math.min(...[...el.querySelectorAll('li, p')].map((t) => parseFloat(getComputedStyle(t).fontSize))),
        }));
        if (m.overflow > 1) problems.push(`slide ${n} overflows by ${m.overflow}px`);
        if (m.font < viewport.height * 0.04 - 0.5) problems.push(`slide ${n} text ${m.font}px`);
        await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    });
  }

  it('the facilitator window shows notes and the next slide, follows the presentation, and drives it', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open();
    const [facilitator] = await Promise.all([
      served.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Facilitator view' }).click(),
    ]);
    const fCounter = () => facilitator.locator('.slide-counter').textContent();
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 1 of ${slides.length}`));
    expect(await facilitator.locator('#next-heading').textContent()).toBe('Next');
    // The presentation drives: the facilitator follows.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 3 of ${slides.length}`));
    expect(await facilitator.locator('.facilitator-notes').textContent()).toBe(slides[2].notes);
    // The lesson's questions for discussion sit beside the notes.
    expect(await facilitator.locator('.facilitator-questions li').allTextContents()).toEqual(lessons[0].reflection.map((r) => r.text));
    // The facilitator drives: the presentation follows.
    await facilitator.getByRole('button', { name: 'Next slide' }).click();
    await expect.poll(counter).toBe(at(4));
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 4 of ${slides.length}`));
    expect(await facilitator.locator('.clock').textContent()).toMatch(/^\d+:\d{2}$/);
    expect(await axeViolations(facilitator)).toEqual([]);
    await facilitator.close();
  });

  it('a group scenario: the situation and choices, Reveal shows where each leads, then discussion; nothing is saved', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(served.server.url);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const scenario = assessment.scenarios[0];
    await page.goto('about:blank');
    await page.goto(served.server.url + hashOf(paths.group(scenario.id)));
    await expect.poll(() => page.locator('h1').textContent()).toBe(scenario.title);
    expect(await page.getByText('Fictional scenario', { exact: true }).count()).toBe(1);
    // By the on-screen buttons (group-scenario-room.test.ts drives it by keys): Reveal on
    // each decision shows where every choice leads before Next moves on.
    for (let guard = 0; guard < 30 && (await page.locator('[data-screen="discussion"]').count()) === 0; guard++) {
      const reveal = page.getByRole('button', { name: 'Reveal' });
      if (await reveal.count()) {
        await reveal.click();
        await expect.poll(() => page.locator('.group-reveal li').count()).toBeGreaterThan(0);
      } else {
        const screen = await page.locator('.group-screen').getAttribute('data-screen');
        await page.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => page.locator('.group-screen').getAttribute('data-screen')).not.toBe(screen);
      }
    }
    expect(await page.locator('.group-screen li').allTextContents()).toEqual(scenario.discussion);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  });

  it('a 7-minute briefing on one theme: content note, the seven fixed headings, support last, none overflowing', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const theme = course.lessons.find((l) => l.kind === 'theme' && l.briefing)!;
    const briefing = buildBriefingSlides(course.meta, theme);
    await page.goto('about:blank');
    await page.goto(served.server.url + hashOf(paths.sevenMinute(theme.id)));
    await expect.poll(counter).toBe(`Slide 1 of ${briefing.length}`);
    const headings: string[] = [];
    for (let n = 1; n <= briefing.length; n++) {
      headings.push((await page.locator('.slide h2').textContent()) ?? '');
      expect(await page.locator('.slide').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
      await page.keyboard.press('ArrowRight');
    }
    expect(headings.filter((h) => !h.startsWith('Content note'))).toEqual([...BRIEFING_HEADINGS.map(([, h]) => h), 'Support']);
  });

  it('passes axe', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open();
    expect(await axeViolations(page)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});
