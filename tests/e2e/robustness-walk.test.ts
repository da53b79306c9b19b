/**
 * The robustness walk: seeded random actions in Chromium (follow links and buttons, answer
 * decisions, reload, history back and forward, open and move through presentation decks
 * and switch between them, open pages by address, and for SCORM close and relaunch inside
 * the preview LMS), with the invariants checked after every action: no console error or
 * uncaught exception, never a blank screen, and progress never going backwards.
 * The seeds are the fixed list in walk-seeds.json; `npm run fuzz` looks for new ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { course, DIST } from './course-fixture.ts';
import { Invariants, lostProgress } from './walk/invariants.ts';
import { mulberry32 } from './walk/prng.ts';
import { readSeeds } from './walk/seed-list.ts';
import { describeFailure, type WalkResult } from './walk/walk.ts';
import { webHost, type HeldProgress } from './walk/walk-host.ts';
import { openWalkSession, type WalkSession } from './walk/walk-session.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { storageKey } from '../../src/tracking/storage-keys.ts';

const seeds = readSeeds();
let session: WalkSession;

beforeAll(async () => {
  session = await openWalkSession(DIST, course, [...new Set(seeds.map((s) => s.flavour))]);
}, 60_000);
afterAll(async () => {
  await session?.close();
});

describe('the robustness walk', () => {
  it('has fixed seeds in every flavour', () => {
    expect(new Set(seeds.map((s) => s.flavour))).toEqual(new Set(['web', 'scorm12', 'scorm2004']));
  });

  const walked: WalkResult[] = [];
  for (const { seed, flavour, actions, note } of seeds) {
    it(`seed ${seed} (${flavour}, ${actions} actions)${note ? `: ${note}` : ''}`, async () => {
      const result = await session.walk(seed, flavour, actions);
      walked.push(result);
      expect(result.failure ? describeFailure(result) : null).toBeNull();
    }, 120_000);
  }

  it('the fixed seeds between them take every kind of action the walk knows, and make a pass to keep', () => {
    expect(walked).toHaveLength(seeds.length);
    const steps = (flavours: string[]) => walked.filter((r) => flavours.includes(r.flavour)).flatMap((r) => r.steps);
    const web = steps(['web']);
    const scorm = steps(['scorm12', 'scorm2004']);
    const has = (list: string[], pattern: RegExp) => list.some((s) => pattern.test(s));
    const missing = Object.entries({
      'a link pressed': has(web, /^press link/) && has(scorm, /^press link/),
      'a decision answered': has(web, /^answer /) && has(scorm, /^answer /),
      'a reload': has(web, /^reload the page$/),
      'a page loaded afresh by address': has(web, /afresh \(a bookmark\)$/),
      'a relaunch in the LMS': has(scorm, /^close the course and relaunch it from the LMS$/),
      'history back': has([...web, ...scorm], /^history back$/),
      'history forward': has([...web, ...scorm], /^history forward$/),
      'a slide move': has([...web, ...scorm], /in the presentation$/),
      'a deck switched while presenting': has([...web, ...scorm], /^switch deck to/),
      'presentation left': has([...web, ...scorm], /^press (link "Leave presentation"|Escape in the presentation)/),
      'a 7-minute briefing': has([...web, ...scorm], /#\/present\/briefing\//),
      'a pass in the web edition': walked.some((r) => r.flavour === 'web' && r.reached?.passed),
      'a pass in an LMS': walked.some((r) => r.flavour !== 'web' && r.reached?.passed),
    })
      .filter(([, ok]) => !ok)
      .map(([what]) => what);
    // If content changes move the walks elsewhere, pick seeds again with npm run fuzz.
    expect(missing).toEqual([]);
  });
});

describe('the walk itself', () => {
  it('is deterministic: the same seed takes the same actions', async () => {
    const [a, b] = [await session.walk(2, 'web', 12), await session.walk(2, 'web', 12)];
    expect(a.failure).toBeUndefined();
    expect(b.steps).toEqual(a.steps);
    expect(mulberry32(42).next()).toBe(mulberry32(42).next());
    expect(mulberry32(42).next()).not.toBe(mulberry32(43).next());
  }, 60_000);

  it('fails on a console error, a white screen and lost progress', async () => {
    const page = await session.browser.context.newPage();
    try {
      const host = webHost(page, session.url, course.meta);
      await host.start();
      const invariants = new Invariants(host, session.browser.problems, { settleMs: 1_000 });
      expect(await invariants.check()).toEqual([]);

      // A lesson done, then gone from what is saved.
      const lesson = course.meta.lessons[0];
      const key = storageKey(course.meta.id, 'local');
      const saved = encodeProgress(course.meta.id, { lessons: { [lesson.id]: { at: lesson.sections.at(-1)!.id, done: true } } });
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, saved] as const);
      expect(await invariants.check()).toEqual([]);
      await page.evaluate((k) => localStorage.removeItem(k), key);
      expect((await invariants.check()).join('\n')).toContain(`lessons no longer done: ${lesson.id}`);

      await page.evaluate(() => console.error('walk self-test'));
      expect(await invariants.check()).toContain('console error: walk self-test');

      await page.evaluate(() => document.getElementById('root')!.replaceChildren());
      expect((await invariants.check()).join('\n')).toMatch(/^blank screen/);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('counts a pass lost, and an LMS status lowered, as lost progress', () => {
    const held = (passed: boolean, status: Record<string, string>): HeldProgress => ({ done: [], passed, status, raw: '' });
    expect(lostProgress(held(true, {}), held(false, {}))).toEqual(['the assessment pass was lost']);
    expect(
      lostProgress(held(false, { 'cmi.core.lesson_status': 'passed' }), held(false, { 'cmi.core.lesson_status': 'incomplete' })),
    ).toEqual(['cmi.core.lesson_status went from "passed" to "incomplete"']);
    expect(lostProgress(held(false, { 'cmi.success_status': 'passed' }), held(false, { 'cmi.success_status': 'unknown' }))).toHaveLength(1);
    // A failed attempt after the lessons were completed is not a loss in SCORM 1.2.
    expect(
      lostProgress(held(false, { 'cmi.core.lesson_status': 'completed' }), held(false, { 'cmi.core.lesson_status': 'failed' })),
    ).toEqual([]);
  });
});
