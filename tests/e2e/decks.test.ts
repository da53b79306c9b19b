/**
 * Going from one presentation deck to another in Chromium. The slide number once carried
 * over: a longer deck opened mid-way and a shorter one crashed the app to a white screen.
 * Every ordered pair of four decks (the longest lesson deck, the shortest, a 7-minute
 * briefing with a content note and a shorter one: every kind paired with every other, both
 * ways, longest->shortest and shortest->longest among them), switched by URL and then by
 * Back/Forward, opens where its URL says (slide 1, or its ?slide clamped) with no console
 * error; slide moves replace the history entry and deck changes push one; bad ?slide values
 * are clamped; the facilitator window follows; a page that throws leads back to the chooser.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBriefingSlides, buildSlides } from '../../src/lib/slides.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

interface Deck {
  name: string;
  hash: string;
  count: number;
}

const bySize = <T>(items: T[], size: (item: T) => number) => [...items].sort((a, b) => size(a) - size(b));
const lessonSlides = (id: string) =>
  buildSlides(
    course.meta,
    course.lessons.filter((l) => l.id === id),
  ).length;
const shortestLesson = bySize(course.lessons, (l) => lessonSlides(l.id))[0];
const themes = bySize(
  course.lessons.filter((l) => l.briefing),
  (l) => buildBriefingSlides(course.meta, l).length,
);
const longBriefing = themes[themes.length - 1];
const shortBriefing = themes[0];

const decks: Deck[] = [
  {
    name: 'every lesson (longest)',
    hash: `#/present/${course.lessons.map((l) => l.id).join(',')}`,
    count: buildSlides(course.meta, course.lessons).length,
  },
  { name: `one lesson (shortest: ${shortestLesson.id})`, hash: `#/present/${shortestLesson.id}`, count: lessonSlides(shortestLesson.id) },
  {
    name: `7-minute briefing (${longBriefing.id})`,
    hash: `#/present/briefing/${longBriefing.id}`,
    count: buildBriefingSlides(course.meta, longBriefing).length,
  },
  {
    name: `shorter 7-minute briefing (${shortBriefing.id})`,
    hash: `#/present/briefing/${shortBriefing.id}`,
    count: buildBriefingSlides(course.meta, shortBriefing).length,
  },
];

const served = servedCourse(DIST);
let page: Page;
// A tab of its own for each test: Chromium caps history.length at 50, and the tests count entries.
beforeEach(async () => {
  page = await served.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${served.server.url}#/present`);
});
afterEach(async () => {
  await page.close();
});

const counter = () => page.locator('.slide-counter').textContent();
const slideInUrl = () => /[?&]slide=([^&]*)/.exec(new URL(page.url()).hash)?.[1];
const historyLength = () => page.evaluate(() => history.length);
/** Opens a URL in the same document, as a bookmark or a typed address does: a new history entry. */
const visit = (hash: string) => page.evaluate((h) => void (window.location.hash = h), hash);
const back = () => page.evaluate(() => history.back());
const forward = () => page.evaluate(() => history.forward());

/** The deck is on screen at slide n, the URL says so, and the slide is not blank. */
async function shows(deck: Deck, n: number) {
  await expect.poll(counter).toBe(`Slide ${n} of ${deck.count}`);
  await expect.poll(slideInUrl).toBe(String(n));
  expect(await page.locator('.slide h2').count()).toBe(1);
  expect(served.browser.problems).toEqual([]);
}

async function chooser() {
  await visit('#/present');
  await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');
}

describe('switching decks', () => {
  for (const from of decks) {
    for (const to of decks.filter((d) => d !== from)) {
      it(`${from.name} (${from.count} slides) -> ${to.name} (${to.count}): by URL, then Back and Forward`, async () => {
        await chooser();
        await visit(from.hash);
        await shows(from, 1);
        await page.keyboard.press('End');
        await shows(from, from.count);
        const entries = await historyLength();
        // A deck change by URL pushes an entry and opens at slide 1, whatever slide was showing.
        await visit(to.hash);
        await shows(to, 1);
        expect(await historyLength()).toBe(entries + 1);
        // A slide move replaces the entry...
        await page.keyboard.press('ArrowRight');
        await shows(to, 2);
        expect(await historyLength()).toBe(entries + 1);
        // ...so Back leaves the deck (to the slide the last deck's URL kept), not one slide back.
        await back();
        await shows(from, from.count);
        await forward();
        await shows(to, 2);
        // A bookmark of a deck with a slide number from another: opened there, clamped.
        await visit(`${from.hash}?slide=${to.count}`);
        await shows(from, Math.min(to.count, from.count));
      });
    }
  }

  it('the 7-minute briefing at its last slide, Back to the chooser, then a shorter lesson deck opens at slide 1', async () => {
    const [briefing, lesson] = [decks[2], decks[1]];
    await chooser();
    await page.getByRole('link', { name: longBriefing.title }).click();
    await shows(briefing, 1);
    await page.keyboard.press('End');
    await shows(briefing, briefing.count);
    await back();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');
    await page.getByRole('checkbox', { name: shortestLesson.title }).check();
    await page.getByRole('link', { name: 'Start the presentation' }).click();
    await shows(lesson, 1);
    // Starting it pushed an entry: Back returns to the chooser, Forward to the deck.
    await back();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');
    await forward();
    await shows(lesson, 1);
  });

  for (const [value, expected] of [
    ['0', 1],
    ['-3', 1],
    ['abc', 1],
    ['999', 'last'],
  ] as const) {
    it(`a bookmark with ?slide=${value} opens at slide ${expected}, and the URL says so`, async () => {
      const deck = decks[2];
      await page.goto('about:blank');
      await page.goto(`${served.server.url}${deck.hash}?slide=${value}`);
      await shows(deck, expected === 'last' ? deck.count : expected);
    });
  }

  it('the facilitator window follows a slide move and a change of deck, and drives the slide in the URL', async () => {
    const [first, second] = [decks[2], decks[1]];
    await chooser();
    await visit(first.hash);
    await shows(first, 1);
    const [facilitator] = await Promise.all([
      served.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Facilitator view' }).click(),
    ]);
    const fCounter = () => facilitator.locator('.slide-counter').textContent();
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 1 of ${first.count}$`));
    await page.keyboard.press('End');
    await shows(first, first.count);
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide ${first.count} of ${first.count}$`));
    await visit(second.hash);
    await shows(second, 1);
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 1 of ${second.count}$`));
    await facilitator.getByRole('button', { name: 'Next slide' }).click();
    await shows(second, 2);
    await expect.poll(fCounter).toMatch(new RegExp(`^Slide 2 of ${second.count}$`));
    await facilitator.close();
  });

  it('a deck that throws while rendering shows "Something went wrong", logs it, and leads back to the chooser; nothing saved changes', async () => {
    // A lesson chunk that does not match the code (a stale copy after an update).
    const chunk = `**/assets/${shortestLesson.id}-*.js`;
    await page.route(chunk, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify({ id: shortestLesson.id })};` }),
    );
    try {
      await page.goto('about:blank');
      await page.goto(`${served.server.url}#/present`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');
      const saved = await page.evaluate(() => JSON.stringify(localStorage));
      await visit(decks[1].hash);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Something went wrong');
      // The course's frame stays: not a white screen.
      expect(await page.getByRole('navigation', { name: 'Course' }).count()).toBe(1);
      await expect.poll(() => served.browser.problems.some((p) => p.startsWith('console error:'))).toBe(true);
      await page.getByRole('link', { name: 'Back to Team briefings' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(saved);
    } finally {
      await page.unroute(chunk);
      // The errors this test caused on purpose.
      served.browser.problems.length = 0;
    }
  });
});
