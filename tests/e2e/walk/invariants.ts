/**
 * What must hold after every action of a robustness walk: the app has settled on a screen
 * with a heading and visible text (not a white page), no console error or uncaught
 * exception appeared, and the learner's progress never went backwards (a lesson done stays
 * done, a pass stays a pass, and an LMS status is never lowered). The progress rules are
 * pure functions so they can be read, and tested, apart from the browser.
 */
import type { HeldProgress, WalkHost } from './walk-host.ts';

/** Longest a screen may take to appear after an action (a lazy chunk, a relaunch). */
const SETTLE_MS = 10_000;
/** How often the screen is looked at while waiting, and how many equal looks count as settled. */
const POLL_MS = 20;
const STABLE_LOOKS = 2;

interface Look {
  signature: string;
  h1: boolean;
  loading: boolean;
  rootText: number;
}

/** One look at the course's document: what is shown, whether it is still loading. */
async function look(host: WalkHost): Promise<Look> {
  return host.root().evaluate(() => {
    const h1 = document.querySelector('h1');
    const root = document.getElementById('root');
    const text = root?.innerText.trim() ?? '';
    return {
      signature: [location.href, h1?.textContent ?? '', text.length, document.querySelectorAll('a, button, input').length].join('|'),
      h1: h1 !== null && h1.getClientRects().length > 0,
      loading: document.querySelector('.loading') !== null,
      rootText: text.length,
    };
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits until the screen is settled: no request in flight, a visible h1, nothing loading,
 * and the same screen on several looks in a row. Returns a problem, or null when settled.
 * A legitimately empty moment (a chunk loading, a relaunch) passes; a screen still without
 * a heading after SETTLE_MS is a blank screen.
 */
export async function settle(host: WalkHost, settleMs = SETTLE_MS): Promise<string | null> {
  const deadline = Date.now() + settleMs;
  let last: Look | null = null;
  let same = 0;
  for (;;) {
    let now: Look | null = null;
    try {
      now = await look(host);
    } catch {
      // The frame is being replaced (a reload or relaunch): look again.
    }
    if (now && last && now.signature === last.signature && host.inFlight() === 0) same++;
    else same = 0;
    last = now;
    if (now && now.h1 && !now.loading && now.rootText > 0 && same >= STABLE_LOOKS) return null;
    if (Date.now() > deadline) {
      if (!last) return 'blank screen: the course document could not be read';
      if (last.rootText === 0) return 'blank screen: #root shows no text';
      if (!last.h1) return `blank screen: no visible h1 after ${settleMs / 1000} s (${last.signature})`;
      if (last.loading) return `still loading after ${settleMs / 1000} s (${last.signature})`;
      return `the screen never settled in ${settleMs / 1000} s (${last.signature})`;
    }
    await pause(POLL_MS);
  }
}

/** SCORM statuses in order: a later value may never rank below an earlier one. */
const STATUS_RANK: Record<string, Record<string, number>> = {
  // 1.2 has one status for both: failed ranks with completed (a failed attempt after the lessons is no loss).
  'cmi.core.lesson_status': { '': 0, 'not attempted': 0, browsed: 1, incomplete: 1, failed: 2, completed: 2, passed: 3 },
  'cmi.completion_status': { '': 0, unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 },
  'cmi.success_status': { '': 0, unknown: 0, failed: 1, passed: 2 },
};

/**
 * Progress lost between two readings of what the host holds, as a list of problems.
 * Empty means nothing went backwards. Pure, so the rules are plain to read.
 */
export function lostProgress(before: HeldProgress, after: HeldProgress): string[] {
  const lost: string[] = [];
  const undone = before.done.filter((id) => !after.done.includes(id));
  if (undone.length) lost.push(`lessons no longer done: ${undone.join(', ')}`);
  if (before.passed && !after.passed) lost.push('the assessment pass was lost');
  for (const [element, was] of Object.entries(before.status)) {
    const rank = STATUS_RANK[element];
    const now = after.status[element] ?? '';
    if (rank && (rank[now] ?? 0) < (rank[was] ?? 0)) {
      lost.push(`${element} went from "${was}" to "${now}"`);
    }
  }
  return lost;
}

/** The highest progress seen so far: lessons and passes only grow, statuses keep their best. */
export function highWater(a: HeldProgress, b: HeldProgress): HeldProgress {
  const status = { ...a.status };
  for (const [element, value] of Object.entries(b.status)) {
    const rank = STATUS_RANK[element] ?? {};
    if ((rank[value] ?? 0) >= (rank[status[element] ?? ''] ?? 0)) status[element] = value;
  }
  return { done: [...new Set([...a.done, ...b.done])].sort(), passed: a.passed || b.passed, status, raw: b.raw };
}

/** Checks every invariant after an action; returns the problems found (empty when all hold). */
export class Invariants {
  private best: HeldProgress | null = null;
  private seenProblems: number;

  constructor(
    private readonly host: WalkHost,
    /** The browser's shared list of console errors and page errors. */
    private readonly problems: string[],
    private readonly options: { settleMs?: number } = {},
  ) {
    this.seenProblems = problems.length;
  }

  async check(): Promise<string[]> {
    const found: string[] = [];
    const blank = await settle(this.host, this.options.settleMs);
    if (blank) found.push(blank);
    const fresh = this.problems.slice(this.seenProblems);
    this.seenProblems = this.problems.length;
    found.push(...fresh);
    const now = await this.host.held();
    if (this.best) {
      const lost = lostProgress(this.best, now);
      if (lost.length) found.push(...lost.map((l) => `lost progress: ${l} (saved now: "${now.raw}")`));
      this.best = highWater(this.best, now);
    } else {
      this.best = now;
    }
    return found;
  }

  /** What the walk reached, for the summary. */
  reached(): HeldProgress | null {
    return this.best;
  }
}
