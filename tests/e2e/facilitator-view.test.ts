/**
 * The facilitator window on a laptop (issue 11): at 1366x768 the current and next slide sit
 * side by side with the notes below, the clocks show, and nothing scrolls, on every slide of a
 * 7-minute briefing. The clocks can be paused and hidden, and a 7-minute countdown ends in
 * words, with no flash. Time is Playwright's fake clock, so nothing waits for real minutes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBriefingSlides } from '../../src/lib/slides.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { axeViolations } from './axe.ts';

const served = servedCourse(DIST);
const lesson = course.lessons.find((l) => l.briefing)!;
const slides = buildBriefingSlides(course.meta, lesson);
let page: Page;
let facilitator: Page;

beforeAll(async () => {
  // One clock for every page of this file's browser: the facilitator window is a popup.
  await served.browser.context.clock.install();
  page = await served.browser.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(served.server.url + hashOf(paths.sevenMinute(lesson.id)));
  await page.locator('.slide-counter', { hasText: `Slide 1 of ${slides.length}` }).waitFor();
  [facilitator] = await Promise.all([
    served.browser.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Facilitator view' }).click(),
  ]);
  await facilitator.setViewportSize({ width: 1366, height: 768 });
  await facilitator.locator('.facilitator .slide-counter', { hasText: `Slide 1 of ${slides.length}` }).waitFor();
});

const layout = () =>
  facilitator.evaluate(() => {
    const box = (s: string) => document.querySelector(s)?.getBoundingClientRect();
    const root = document.documentElement;
    const now = box('.facilitator-slide.current')!;
    const next = box('.facilitator-slide.next')!;
    const notes = box('.facilitator-text')!;
    return {
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      sideBySide: next.left >= now.right - 0.5 && Math.abs(next.top - now.top) < 1,
      notesBelow: notes.top >= Math.max(now.bottom, next.bottom) - 0.5,
      notesFit: notes.bottom <= innerHeight + 0.5,
      header: !!document.querySelector('.site-header') && getComputedStyle(document.querySelector('.site-header')!).display !== 'none',
    };
  });

describe('the facilitator view at 1366x768', () => {
  it('shows current and next side by side, notes below, the clocks, and never scrolls, on every slide', async () => {
    const problems: string[] = [];
    for (let n = 1; n <= slides.length; n++) {
      if (n > 1) await facilitator.getByRole('button', { name: 'Next slide' }).click();
      await expect.poll(() => facilitator.locator('.facilitator .slide-counter').textContent()).toBe(`Slide ${n} of ${slides.length}`);
      const l = await layout();
      if (l.scrolls) problems.push(`slide ${n}: the window scrolls`);
      if (!l.sideBySide) problems.push(`slide ${n}: current and next are not side by side`);
      if (!l.notesBelow || !l.notesFit) problems.push(`slide ${n}: the notes are not below the slides, within the window`);
      if (l.header) problems.push(`slide ${n}: the course header shows`);
    }
    expect(problems).toEqual([]);
    // The presentation followed the facilitator all the way.
    expect(await page.locator('.slide-counter').textContent()).toBe(`Slide ${slides.length} of ${slides.length}`);
    expect(await axeViolations(facilitator)).toEqual([]);
  });

  it('the clocks are in the facilitator window only; each can be paused and hidden; the countdown ends in words, with no flash', async () => {
    expect(await page.locator('[role="timer"], .clock').count()).toBe(0);
    const elapsed = facilitator.getByRole('timer', { name: /^Elapsed/ });
    const left = facilitator.getByRole('timer', { name: /^Time left/ });
    await served.browser.context.clock.fastForward('02:00');
    await expect.poll(() => elapsed.textContent()).toMatch(/^2:0\d$/);
    await facilitator.getByRole('button', { name: 'Pause elapsed' }).click();
    const held = await elapsed.textContent();
    await served.browser.context.clock.fastForward('01:00');
    expect(await elapsed.textContent()).toBe(held);
    await expect.poll(() => facilitator.getByText(/^Elapsed \(paused\)/).count()).toBe(1);
    await facilitator.getByRole('button', { name: 'Resume elapsed' }).click();
    await facilitator.getByRole('button', { name: 'Hide time left' }).click();
    expect(await left.count()).toBe(0);
    await facilitator.getByRole('button', { name: 'Show time left' }).click();
    await served.browser.context.clock.fastForward('05:00');
    await expect.poll(() => left.textContent()).toBe('0:00 (time is up)');
    expect(await left.evaluate((el) => [getComputedStyle(el).animationName, getComputedStyle(el).transitionDuration])).toEqual([
      'none',
      '0s',
    ]);
  });

  it('Support in the facilitator window shows the support slide in the room', async () => {
    await facilitator.getByRole('button', { name: 'Support', exact: true }).click();
    await expect.poll(() => page.locator('.slide h2').textContent()).toBe('Support');
  });
});
