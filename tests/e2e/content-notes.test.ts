/**
 * Content notes in real Chromium, on the real course: a compact note is first in reading
 * order on every distressing lesson without a full note, and at phone, small-phone and
 * laptop sizes nothing distressing is on the page until the learner chooses to see it:
 * not the section's text, not the review's leaflet line (behind "Show what the leaflet
 * says"), and no distressing word outside the note and the lesson's aims. Axe-clean in
 * that state. Full notes stay at the course's start and before Babies and Teenagers.
 * "Skip for now" is said plainly on the map and survives a reload.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import type { MdNode } from '../../src/course/types.ts';
import { axeViolations } from './axe.ts';

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
/** Words that name a death or harm: none may show outside the note (and the lesson's aims) before the learner chooses. */
const DISTRESSING =
  /\b(die[sd]?|dead|death|deaths|stab\w*|suicide|self-harm|abuse[ds]?|injur\w*|fire|methadone|co-sleeping|exploit\w*|neglect\w*|violen\w*|shak\w+|killed)\b/i;

const compact = course.lessons.filter((l) => l.contentNote && !l.contentNote.gate);
const full = course.lessons.filter((l) => l.contentNote?.gate);

const textOf = (nodes: MdNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.slice(2) as MdNode[]))).join(' ');
/** Pieces of the first section's text long enough to be recognised anywhere on the page. */
const sentencesOf = (nodes: MdNode[]) =>
  textOf(nodes)
    .split(/(?<=[.:?!])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 25);

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

/** Opens a lesson in a new page load (no note continued yet) and waits for its note. */
async function openFresh(lessonId: string) {
  if (!page.url().startsWith(served.server.url)) await page.goto(served.server.url);
  await page.evaluate(() => localStorage.clear());
  // A real page load, not a change of hash: the notes continued past belong to the window.
  await page.goto('about:blank');
  await page.goto(served.server.url + hashOf(paths.lesson(lessonId)));
  await page.locator('.content-note').first().waitFor();
}

/** All text rendered on the page (in or out of the viewport), except the compact note and, if asked, the lesson's aims. */
function renderedText(skip: string): Promise<string> {
  return page.evaluate((skip) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip)) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) out.push(n.textContent ?? '');
    }
    return out.join(' ').replace(/\s+/g, ' ');
  }, skip);
}

const violations = () => axeViolations(page);

describe('a compact content note', () => {
  it('the course has compact notes on the reviews, and full notes at the start and before Babies and Teenagers', () => {
    expect(compact.filter((l) => l.kind === 'review')).toHaveLength(8);
    expect(full.map((l) => l.id)).toEqual(['introduction', 'theme-babies', 'theme-teenagers']);
  });

  for (const size of SIZES) {
    it(`at ${size.width}x${size.height}: is first in reading order, and nothing distressing shows before the learner chooses`, async () => {
      await page.setViewportSize(size);
      const found: Record<string, string[]> = {};
      for (const summary of compact) {
        const lesson = course.lessons.find((l) => l.id === summary.id)!;
        const problems: string[] = [];
        await openFresh(lesson.id);
        expect(await page.locator('h1').textContent()).toBe(lesson.title);
        // First in reading order: the element right after the page's title is the note.
        const next = await page.locator('h1').evaluate((h) => h.nextElementSibling?.className ?? '');
        if (!/compact-note/.test(next)) problems.push(`after the title comes "${next}", not the note`);
        expect(await page.locator('.compact-note').textContent()).toContain(lesson.contentNote!.text);
        for (const topic of lesson.contentNote!.topics) expect(await page.locator('.compact-note li', { hasText: topic }).count()).toBe(1);

        const everything = await renderedText('.compact-note');
        const outsideAims = await renderedText('.compact-note, .lesson-intro');
        if (lesson.review && everything.includes(lesson.review.summary)) problems.push("the leaflet's line shows");
        for (const sentence of sentencesOf(lesson.sections[0].body)) {
          if (everything.includes(sentence)) problems.push(`the section's text shows: "${sentence.slice(0, 50)}"`);
        }
        const word = DISTRESSING.exec(outsideAims);
        if (word) problems.push(`"${word[0]}" shows: …${outsideAims.slice(Math.max(0, word.index - 60), word.index + 30)}…`);
        const v = await violations();
        problems.push(...v);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);

        // The learner chooses: the section's text shows, and the leaflet's line only when asked for.
        await page.getByRole('button', { name: 'Continue to the lesson' }).click();
        await page.locator('.lesson-nav').waitFor();
        const after = await renderedText('.compact-note');
        if (!sentencesOf(lesson.sections[0].body).some((s) => after.includes(s))) problems.push("Continue did not show the section's text");
        if (lesson.review) {
          // The section's own text no longer quotes the line (issue 9 moves it out of the lesson files); while a
          // file still quotes it, only the disclosure is checked here.
          const quotedInText = textOf(lesson.sections[0].body).includes(lesson.review.summary);
          if (!quotedInText && after.includes(lesson.review.summary))
            problems.push("the leaflet's line shows before Show what the leaflet says");
          await page.getByRole('button', { name: 'Show what the leaflet says' }).click();
          await expect.poll(() => renderedText('.compact-note')).toContain(`${lesson.review.code} – ${lesson.review.summary}.`);
          // The word check above could fail: the leaflet's line, now shown by choice, names the harm.
          if (!DISTRESSING.test(await renderedText('.compact-note, .lesson-intro')))
            problems.push('no distressing word shows even with the leaflet line open');
        }
        if (problems.length) found[lesson.id] = problems;
      }
      expect(found).toEqual({});
    }, 240_000);
  }

  it('is reached first by keyboard from the title, and Continue moves focus to the section', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const lesson = compact.find((l) => l.kind === 'review')!;
    await openFresh(lesson.id);
    await page.goto(served.server.url + hashOf(paths.home));
    await page.getByRole('link', { name: lesson.title, exact: true }).click();
    await page.locator('.compact-note').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continue to the lesson');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(lesson.sections[0].title);
  });
});

describe('a full content note', () => {
  it('comes before the course, listing the whole course, and before Babies and Teenagers', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lesson of full) {
      await openFresh(lesson.id);
      expect(await page.locator('h1').textContent()).toBe(`Content note: ${lesson.title}`);
      expect(await page.locator('.lesson-section').count()).toBe(0);
      expect(await page.getByText(lesson.kind === 'intro' ? 'This course includes:' : 'This lesson includes:').count()).toBe(1);
      expect(await violations()).toEqual([]);
    }
  });
});

describe('Skip for now', () => {
  it('is said plainly beside the lesson and on the assessment, with the way back, and survives a reload', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const lesson = compact.find((l) => l.kind === 'review')!;
    await openFresh(lesson.id);
    await page.getByRole('link', { name: 'Skip for now' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(course.meta.title);
    const item = page.locator(`[data-lesson="${lesson.id}"]`);
    const expectSkipped = async () => {
      expect(await item.locator('.skipped-line').textContent()).toMatch(
        /^Skipped: the assessment opens when every lesson is done\. Go back to the lesson/,
      );
      expect(await page.locator('.assessment-entry').textContent()).toContain(
        'Skipped: the assessment opens when every lesson is done. You skipped:',
      );
      expect(
        await page
          .locator('.assessment-entry')
          .getByRole('link', { name: `Go back to ${lesson.title}` })
          .count(),
      ).toBe(1);
    };
    await expectSkipped();
    expect(await violations()).toEqual([]);
    await page.reload();
    await page.locator(`[data-lesson="${lesson.id}"] .skipped-line`).waitFor();
    await expectSkipped();
    // The way back opens the lesson at its note again.
    await item.getByRole('link', { name: /^Go back to the lesson/ }).click();
    await page.locator('.compact-note').waitFor();
    expect(await page.locator('h1').textContent()).toBe(lesson.title);
  });

  it('made no request beyond 127.0.0.1 and logged no errors', () => {
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems).toEqual([]);
  });
});
