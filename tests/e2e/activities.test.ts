/**
 * The activities inside lesson sections (reveal cards, sort into groups, quick checks) in
 * real Chromium: each by keyboard only and by mouse, with what is announced, axe clean,
 * at 320 px with no sideways scrolling, on paper, and with nothing saved. Each test finds
 * the first section of the real course that has its kind, so it follows the content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Activity } from '../../src/course/activity-types.ts';
import type { Lesson, Section } from '../../src/course/types.ts';
import { OPEN_VERDICT } from '../../src/components/quiz/knowledge-check.tsx';
import { mdText } from '../../src/lib/md-text.ts';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { activate, tabTo } from './keyboard.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { axeViolations } from './axe.ts';
import { PROGRESS_KEY } from './seed-storage.ts';

// Far enough to tab past a long section's links and earlier activities.
const TABS = 300;

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

type Of<K extends Activity['kind']> = Extract<Activity, { kind: K }>;

function firstSectionWith<K extends Activity['kind']>(kind: K): { lesson: Lesson; section: Section; activity: Of<K> } {
  for (const lesson of course.lessons) {
    for (const section of lesson.sections) {
      const activity = section.activities.find((a): a is Of<K> => a.kind === kind);
      if (activity) return { lesson, section, activity };
    }
  }
  throw new Error(`No lesson section in the course has a ${kind} activity`);
}

/** Opens a section afresh (a reload, so no activity keeps its state), past any content note. */
async function openSection(lesson: Lesson, section: Section, activity: string): Promise<Locator> {
  await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, section.id)));
  await page.reload();
  await page.locator('.lesson-section, .content-note').first().waitFor();
  const gate = page.getByRole('button', { name: 'Continue to the lesson' });
  if (await gate.count()) await gate.click();
  const found = page.locator(activity).first();
  await found.waitFor();
  return found;
}

const violations = () => axeViolations(page);

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement);
const stored = () => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');
const shown = (target: Locator) => target.evaluate((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0);

/** Every button and input in the activities is at least 24 by 24 px (WCAG 2.5.8). */
async function smallTargets(): Promise<string[]> {
  return page
    .locator('.activities')
    .first()
    .evaluate((root) =>
      [...root.querySelectorAll('button, input')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => [el.textContent?.trim().slice(0, 30) ?? el.tagName, el.getBoundingClientRect()] as const)
        .filter(([, box]) => box.width < 24 || box.height < 24)
        .map(([name, box]) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
}

describe('reveal cards', () => {
  const { lesson, section, activity } = firstSectionWith('reveal');
  const card = activity.cards[0];

  it('by keyboard only: commit to an option, the back shows and is announced, focus stays; turning it back returns focus', async () => {
    const reveal = await openSection(lesson, section, '.reveal-activity');
    const first = reveal.locator('.reveal-card').first();
    const option = first.getByRole('button', { name: card.options[0], exact: true });
    const back = first.locator('.reveal-back');
    expect(await back.isVisible()).toBe(false);
    const saved = await stored();

    await activate(page, option, TABS);
    expect(await option.getAttribute('aria-pressed')).toBe('true');
    expect(await back.isVisible()).toBe(true);
    await expect
      .poll(() => reveal.locator('[role="status"]').textContent())
      .toBe(`Card 1 turned over. You chose: ${card.options[0]}. On the back: ${mdText(card.back)}`);
    expect(await hasFocus(option)).toBe(true);
    expect(await violations()).toEqual([]);

    await activate(page, first.getByRole('button', { name: /^Turn this card back/ }));
    expect(await back.isVisible()).toBe(false);
    expect(await hasFocus(option)).toBe(true);
    expect(await option.getAttribute('aria-pressed')).toBe('false');
    expect(await stored()).toBe(saved);
  });

  it('by mouse: the back shows after the learner commits, and the other options cannot change it', async () => {
    const reveal = await openSection(lesson, section, '.reveal-activity');
    const first = reveal.locator('.reveal-card').first();
    const last = card.options.at(-1)!;
    await first.getByRole('button', { name: last, exact: true }).click();
    expect(await first.locator('.reveal-back').isVisible()).toBe(true);
    await expect.poll(() => reveal.locator('[role="status"]').textContent()).toMatch(new RegExp(`^Card 1 turned over\\. You chose: `));
    // Committed (aria-disabled, still focusable): a click is taken and changes nothing.
    await first.getByRole('button', { name: card.options[0], exact: true }).click({ force: true });
    expect(await first.getByRole('button', { name: card.options[0], exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(await first.getByRole('button', { name: last, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await smallTargets()).toEqual([]);
  });
});

describe('sort into groups', () => {
  const { lesson, section, activity } = firstSectionWith('sort');
  const label = (id: string) => activity.groups.find((g) => g.id === id)!.label;

  it('by keyboard only: each item, then its group; each placement says where and why, and is announced; Start again', async () => {
    const sort = await openSection(lesson, section, '.sort-activity');
    const status = sort.locator('[role="status"]');
    const saved = await stored();
    for (const item of activity.items) {
      const button = sort.locator('.sort-items').getByRole('button', { name: item.text, exact: true });
      // From a group button back up to the items, as a keyboard user would.
      await tabTo(page, button, TABS, item !== activity.items[0]);
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      const group = sort.locator('.sort-groups').getByRole('button', { name: label(item.group), exact: true });
      await activate(page, group, TABS);
      const verdict = `Placed in: ${label(item.group)}. Right.`;
      await expect.poll(() => status.textContent()).toMatch(`${item.text}: ${verdict} ${mdText(item.feedback)}`);
      const row = sort.locator('.sort-item').filter({ hasText: item.text }).first();
      expect(await row.textContent()).toContain(verdict);
      expect(await hasFocus(group)).toBe(true);
    }
    expect(await status.textContent()).toMatch(`All ${activity.items.length} sorted: ${activity.items.length} in the right group.`);
    expect(await violations()).toEqual([]);

    await activate(page, sort.getByRole('button', { name: 'Start again' }));
    const first = sort.locator('.sort-items').getByRole('button', { name: activity.items[0].text, exact: true });
    expect(await hasFocus(first)).toBe(true);
    expect(await sort.locator('.sort-state').allTextContents()).toEqual(activity.items.map(() => 'Not placed yet.'));
    expect(await stored()).toBe(saved);
  });

  it('by mouse: an item in the wrong group says where it belongs and why', async () => {
    const sort = await openSection(lesson, section, '.sort-activity');
    const item = activity.items[0];
    const wrong = activity.groups.find((g) => g.id !== item.group)!;
    await sort.locator('.sort-items').getByRole('button', { name: item.text, exact: true }).click();
    await sort.locator('.sort-groups').getByRole('button', { name: wrong.label, exact: true }).click();
    const verdict = `Placed in: ${wrong.label}. Not quite: it belongs in ${label(item.group)}.`;
    await expect.poll(() => sort.locator('[role="status"]').textContent()).toBe(`${item.text}: ${verdict} ${mdText(item.feedback)}`);
    const row = sort.locator('.sort-item').first();
    expect(await row.locator('.sort-state').textContent()).toBe(verdict);
    expect(await row.locator('.feedback').isVisible()).toBe(true);
    expect(await smallTargets()).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});

describe('a quick check in a section', () => {
  const { lesson, section, activity } = firstSectionWith('check');
  const { check } = activity;
  const right = check.choices.filter((c) => c.correct);

  it('by keyboard only: answered and announced, with the check feedback, and nothing saved', async () => {
    const quick = await openSection(lesson, section, '.section-check');
    const inputs = quick.locator('input');
    const saved = await stored();
    if (check.type === 'single') {
      const k = check.choices.indexOf(right[0]);
      await tabTo(page, inputs.first(), TABS);
      if (k === 0) await page.keyboard.press('Space');
      for (let n = 0; n < k; n++) await page.keyboard.press('ArrowDown');
    } else {
      // An open check has no right answer: any choice will do.
      for (const c of check.type === 'open' ? check.choices.slice(0, 1) : right) {
        await tabTo(page, inputs.nth(check.choices.indexOf(c)), TABS);
        await page.keyboard.press('Space');
      }
    }
    await activate(page, quick.getByRole('button', { name: 'Check my answer' }));
    await expect.poll(() => quick.locator('form [role="status"]').textContent()).toBe(check.type === 'open' ? OPEN_VERDICT : 'Right.');
    if (check.feedback) expect(squash(await quick.locator('.check-feedback').textContent())).toBe(squash(mdText(check.feedback)));
    expect(await violations()).toEqual([]);
    expect(await stored()).toBe(saved);
  });

  it('by mouse: an open check marks nothing right or wrong; a marked one says which', async () => {
    const quick = await openSection(lesson, section, '.section-check');
    const pick = check.type === 'open' ? check.choices : [check.choices.find((c) => !c.correct)!];
    for (const c of pick) await quick.getByLabel(c.text, { exact: true }).click();
    await quick.getByRole('button', { name: 'Check my answer' }).click();
    const status = quick.locator('form [role="status"]');
    if (check.type === 'open') {
      await expect.poll(() => status.textContent()).toBe(OPEN_VERDICT);
      expect(await quick.locator('.right, .wrong').count()).toBe(0);
      expect(await quick.locator('.feedback').count()).toBe(check.choices.filter((c) => c.feedback.length > 0).length);
    } else {
      await expect.poll(() => status.textContent()).toMatch(/^Not quite/);
      expect(await quick.locator('.wrong').count()).toBe(1);
    }
    expect(await smallTargets()).toEqual([]);
  });
});

describe('activities at 320 px and on paper', () => {
  const kinds = [
    ['reveal', '.reveal-activity'],
    ['sort', '.sort-activity'],
    ['check', '.section-check'],
  ] as const;

  it('reflow at 320 px with no sideways scrolling, before and after the learner acts, and stay axe clean', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const found: Record<string, string[]> = {};
    try {
      for (const [kind, selector] of kinds) {
        const { lesson, section } = firstSectionWith(kind);
        const activity = await openSection(lesson, section, selector);
        // Act on it with the first button or choice it offers (an option, an item, a choice).
        await activity.locator('.option-button, input').first().click();
        if (kind === 'sort') await activity.locator('.sort-groups button').first().click();
        if (kind === 'check') await activity.getByRole('button', { name: 'Check my answer' }).click();
        await activity.locator('[role="status"]').filter({ hasText: /\S/ }).first().waitFor();
        const problems = await violations();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
        if (problems.length) found[kind] = problems;
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    expect(found).toEqual({});
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });

  it('print every card back and every sort item with its group and feedback, without the buttons', async () => {
    const reveal = firstSectionWith('reveal');
    const cards = await openSection(reveal.lesson, reveal.section, '.reveal-activity');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await shown(cards.locator('.reveal-back').first())).toBe(true);
      expect(await shown(cards.locator('.reveal-options').first())).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      const { lesson, section, activity } = firstSectionWith('sort');
      const sort = await openSection(lesson, section, '.sort-activity');
      await page.emulateMedia({ media: 'print' });
      expect(await shown(sort.locator('.sort-key'))).toBe(true);
      expect((await sort.locator('.sort-key dd').allTextContents()).map(squash)).toEqual(
        activity.items.map((i) => squash(mdText(i.feedback))),
      );
      expect(await shown(sort.locator('.sort-groups'))).toBe(false);
      expect(await shown(sort.locator('.sort-items'))).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
