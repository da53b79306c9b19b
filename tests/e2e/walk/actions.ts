/**
 * The robustness walk's moves: read what the current screen offers, pick one action the
 * learner (or facilitator) could take there with the seeded generator, and perform it.
 * The pick depends only on the seed and on what is on screen, so a seed replays the same
 * walk. Actions that would leave the course's origin (links opening a new window, the
 * print dialog, full screen, the facilitator window) are never picked.
 */
import type { Frame } from 'playwright-core';
import type { CompiledCourse } from '../../../tools/content-pipeline/load.ts';
import type { DecisionStep } from '../../../src/course/quiz-types.ts';
import { correctResponse } from '../../../src/lib/quiz-rules.ts';
import type { Rng } from './prng.ts';
import type { WalkHost } from './walk-host.ts';

export interface Screen {
  hash: string;
  h1: string;
  /** Links and buttons the walk may press, numbered by their data-walk-target attribute. */
  targets: { text: string; kind: 'link' | 'button'; primary: boolean }[];
  /** The decision waiting for an answer, if any. */
  decision: { kind: 'radio' | 'checkbox' | 'ordering'; prompt: string; labels: string[] } | null;
  presentation: boolean;
  canBack: boolean;
  canForward: boolean;
}

export type Action =
  | { kind: 'press'; target: number; label: string }
  | { kind: 'answer'; order: string[]; picks: number[]; label: string }
  | { kind: 'key'; keys: string[]; label: string }
  | { kind: 'open'; path: string; label: string }
  | { kind: 'visit'; path: string; label: string }
  | { kind: 'reload' | 'back' | 'forward'; label: string };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads the screen and marks each pressable element with data-walk-target="n". */
export function readScreen(root: Frame): Promise<Screen> {
  return root.evaluate(() => {
    const squashed = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    // Inside a closed <details> (but its summary), Chromium still gives client rects.
    const folded = (el: Element) => el.closest('details:not([open]) > :not(summary)') !== null;
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !folded(el);
    // Opens another window, a print dialog or full screen: outside what a walk in one page can judge.
    const avoid = /^(Full screen|Facilitator view|Print)/i;
    document.querySelectorAll('[data-walk-target]').forEach((el) => el.removeAttribute('data-walk-target'));
    const targets: Screen['targets'] = [];
    // A blanked presentation covers every pixel: nothing can be pressed until a key or click brings the slide back.
    const blanked = document.querySelector('.stage.blank-black, .stage.blank-white') !== null;
    for (const el of blanked ? [] : document.querySelectorAll<HTMLElement>('a[href], button')) {
      if (!visible(el) || el.closest('form.decision')) continue;
      if (el instanceof HTMLAnchorElement) {
        if (!el.getAttribute('href')?.startsWith('#/') || el.target === '_blank') continue;
      } else if ((el as HTMLButtonElement).disabled || el.closest('fieldset[disabled]')) continue;
      const text = squashed(el.textContent);
      if (avoid.test(text)) continue;
      el.setAttribute('data-walk-target', String(targets.length));
      targets.push({ text, kind: el instanceof HTMLAnchorElement ? 'link' : 'button', primary: el.matches('main .primary') });
    }
    const form = [...document.querySelectorAll('form.decision')].find((f) => f.querySelector('button[type="submit"]') && visible(f));
    let decision: Screen['decision'] = null;
    if (form) {
      const prompt = squashed(form.querySelector('legend')?.textContent);
      const ordering = form.querySelector('.ordering');
      decision = ordering
        ? { kind: 'ordering', prompt, labels: [...form.querySelectorAll('.ordering .ordering-text')].map((e) => squashed(e.textContent)) }
        : {
            kind: form.querySelector('input[type="checkbox"]') ? 'checkbox' : 'radio',
            prompt,
            labels: [...form.querySelectorAll('label')].map((e) => squashed(e.textContent)),
          };
    }
    const nav = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
    return {
      hash: location.hash,
      h1: squashed(document.querySelector('h1')?.textContent),
      targets,
      decision,
      presentation: document.querySelector('.slide-counter') !== null,
      canBack: nav?.canGoBack ?? false,
      canForward: nav?.canGoForward ?? false,
    };
  });
}

const known = new WeakMap<CompiledCourse, Map<string, DecisionStep>>();

/** The assessment's decisions by prompt, so the walk can answer right often enough to pass. */
function decisionsByPrompt(course: CompiledCourse): Map<string, DecisionStep> {
  const cached = known.get(course);
  if (cached) return cached;
  const steps = new Map<string, DecisionStep>();
  known.set(course, steps);
  for (const scenario of course.assessment?.scenarios ?? []) {
    for (const step of Object.values(scenario.steps)) if (step.kind === 'decision') steps.set(squash(step.promptText), step);
  }
  return steps;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A deck to present: a 7-minute briefing, some lessons as slides, or the chooser. */
function deckPath(rng: Rng, course: CompiledCourse): string {
  const lessons = course.meta.lessons;
  const themes = lessons.filter((l) => l.kind === 'theme');
  const which = rng.int(5);
  if (which < 2 && themes.length) return `/present/briefing/${rng.pick(themes).id}`;
  if (which < 4) {
    const chosen = new Set(Array.from({ length: 1 + rng.int(3) }, () => rng.pick(lessons).id));
    return `/present/${lessons
      .filter((l) => chosen.has(l.id))
      .map((l) => l.id)
      .join(',')}`;
  }
  return '/present';
}

/** A lesson section by its address, as a bookmark would open it (often the last: that marks the lesson done). */
function sectionPath(rng: Rng, course: CompiledCourse): string {
  const lesson = rng.pick(course.meta.lessons);
  const section = rng.chance(0.5) ? lesson.sections.at(-1)! : rng.pick(lesson.sections);
  return `/lesson/${lesson.id}/${section.id}`;
}

const OTHER_PAGES = [
  '/',
  '/assessment',
  '/assessment/run',
  '/assessment/results',
  '/support',
  '/accessibility',
  '/handout',
  '/group',
  '/no-such-page',
];

function answerFor(rng: Rng, decision: NonNullable<Screen['decision']>, known: Map<string, DecisionStep>): Action {
  const step = known.get(decision.prompt);
  const { labels } = decision;
  const short = decision.prompt.slice(0, 50);
  const textOf = (id: string) => squash(step!.choices.find((c) => c.id === id)?.text ?? '');
  if (step && rng.chance(0.85)) {
    const right = correctResponse(step).map(textOf);
    if (decision.kind === 'ordering') return { kind: 'answer', order: right, picks: [], label: `answer "${short}" in the right order` };
    return {
      kind: 'answer',
      order: [],
      picks: right.map((t) => labels.indexOf(t)).filter((i) => i >= 0),
      label: `answer "${short}" right`,
    };
  }
  if (decision.kind === 'ordering') {
    const order = shuffle(rng, labels);
    return {
      kind: 'answer',
      order,
      picks: [],
      label: `answer "${short}" in the order ${order.map((t) => labels.indexOf(t) + 1).join(',')}`,
    };
  }
  // Now and then submit with nothing chosen: the form must say so, not crash.
  let picks: number[] = [];
  if (!rng.chance(0.05)) {
    picks = decision.kind === 'radio' ? [rng.int(labels.length)] : labels.map((_, i) => i).filter(() => rng.chance(0.5));
  }
  return { kind: 'answer', order: [], picks, label: `answer "${short}" with choices [${picks.map((i) => i + 1).join(',')}]` };
}

function slideKeys(rng: Rng): Action {
  const keys = rng.weighted<string[]>([
    [['ArrowRight'], 6],
    [['ArrowLeft'], 2],
    [['End'], 2],
    [['Home'], 1],
    [[String(1 + rng.int(9)), 'Enter'], 2],
    [['b'], 1],
    [['Escape'], 1],
  ]);
  return { kind: 'key', keys, label: `press ${keys.join(' ')} in the presentation` };
}

/** Picks the next action from what the screen offers. */
export function chooseAction(rng: Rng, screen: Screen, host: WalkHost, course: CompiledCourse): Action {
  const { targets } = screen;
  const primaries = targets.map((t, i) => ({ ...t, i })).filter((t) => t.primary);
  const press = (i: number): Action => ({ kind: 'press', target: i, label: `press ${targets[i].kind} "${targets[i].text}"` });
  const web = host.flavour === 'web';
  const answer = () => answerFor(rng, screen.decision!, decisionsByPrompt(course));
  // In the assessment a learner mostly goes on, so that walks reach a result (and a pass to keep).
  if (screen.hash.startsWith('#/assessment') && (screen.decision || primaries.length) && rng.chance(0.95)) {
    return screen.decision ? answer() : press(rng.pick(primaries).i);
  }
  const make = rng.weighted<() => Action>([
    [() => press(rng.int(targets.length)), targets.length ? 30 : 0],
    [() => press(rng.pick(primaries).i), primaries.length ? 30 : 0],
    [answer, screen.decision ? 40 : 0],
    [() => slideKeys(rng), screen.presentation ? 25 : 0],
    [() => ({ kind: 'reload', label: web ? 'reload the page' : 'close the course and relaunch it from the LMS' }), 4],
    [() => ({ kind: 'back', label: 'history back' }), screen.canBack ? 6 : 0],
    [() => ({ kind: 'forward', label: 'history forward' }), screen.canForward ? 3 : 0],
    [
      () => {
        const path = deckPath(rng, course);
        return { kind: 'open', path, label: `${screen.presentation ? 'switch deck to' : 'open deck'} #${path}` };
      },
      screen.presentation ? 14 : 7,
    ],
    [() => ({ kind: 'open', path: '/assessment', label: 'open #/assessment' }), 3],
    [
      () => {
        const path = sectionPath(rng, course);
        return { kind: 'open', path, label: `open #${path}` };
      },
      6,
    ],
    [
      () => {
        const path = rng.pick(OTHER_PAGES);
        return { kind: 'open', path, label: `open #${path}` };
      },
      4,
    ],
    [
      () => {
        const path = rng.chance(0.5) ? deckPath(rng, course) : sectionPath(rng, course);
        return { kind: 'visit', path, label: `load #${path} afresh (a bookmark)` };
      },
      web ? 2 : 0,
    ],
  ]);
  return make();
}

const CLICK = { timeout: 5_000 };

async function waitForUrlChange(root: Frame, before: string): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline && (await root.evaluate(() => location.href).catch(() => '')) === before) {
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Carries the action out; a throw means the screen did not offer what it showed a moment before. */
export async function perform(host: WalkHost, action: Action): Promise<void> {
  const root = host.root();
  switch (action.kind) {
    case 'press':
      await root.locator(`[data-walk-target="${action.target}"]`).click(CLICK);
      return;
    case 'answer': {
      const form = root.locator('form.decision:has(button[type="submit"])').first();
      if (action.order.length) {
        for (let i = 0; i < action.order.length; i++) {
          for (let guard = 0; guard < 10; guard++) {
            const shown = (await form.locator('.ordering .ordering-text').allTextContents()).map(squash);
            const j = shown.indexOf(action.order[i]);
            if (j <= i) break;
            await form
              .locator('.ordering li')
              .nth(j)
              .getByRole('button', { name: /^Move up/ })
              .click(CLICK);
          }
        }
      }
      for (const i of action.picks) await form.locator('input').nth(i).click(CLICK);
      await form.locator('button[type="submit"]').click(CLICK);
      return;
    }
    case 'key': {
      await root.locator('h1').first().focus(CLICK);
      for (const key of action.keys) await host.page.keyboard.press(key);
      return;
    }
    case 'open':
      await root.evaluate((path) => {
        location.hash = path;
      }, action.path);
      return;
    case 'visit': {
      const url = new URL(host.page.url());
      url.hash = action.path;
      await host.page.goto('about:blank');
      await host.page.goto(url.href);
      return;
    }
    case 'reload':
      await host.reload();
      return;
    case 'back':
    case 'forward': {
      const before = await root.evaluate(() => location.href);
      await root.evaluate((back) => (back ? history.back() : history.forward()), action.kind === 'back');
      await waitForUrlChange(root, before);
      return;
    }
  }
}
