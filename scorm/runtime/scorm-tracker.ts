/**
 * The SCORM driver behind the Tracker interface, for both versions (the differences live
 * in the dialects). What it guarantees, from RUNTIME.md and LMS experience:
 * - Initialize once; exit=suspend straight away, so a crash or closed tab still resumes;
 * - saves on every step, commits at milestones and when the page is hidden (the last
 *   moment a browser reliably lets an LMS save), never relying on unload;
 * - a refused save keeps its data, retries on a schedule, says so with a retry button,
 *   and keeps a local copy that the next launch merges back;
 * - review/browse mode writes nothing; nothing is called after Finish/Terminate.
 */
import type { Outcome } from '../../src/course/outcome.ts';
import { openStorage, type KeyValueStore } from '../../src/tracking/safe-storage.ts';
import type { SaveSummary, StartResult, Tracker, TrackerHost } from '../../src/tracking/tracker.ts';
import type { InteractionRecord, Notice } from '../../src/course/tracking.ts';
import type { Dialect, Launch } from './dialect.ts';
import type { LmsApi } from './lms-api.ts';
import { localCopy, type LocalCopy } from './local-copy.ts';
import { interactionProblem } from './interaction-ids.ts';
import { retryDelayMs } from './retry.ts';

export interface ScormTrackerOptions {
  courseId: string;
  host: TrackerHost;
  storage?: KeyValueStore;
  /** Injected in tests; the browser's clock and timers otherwise. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => () => void;
  win?: Window;
}

export const UNSAVED_NOTICE_ID = 'lms-unsaved';
export const TRACKING_OFF_NOTICE_ID = 'lms-not-started';

const defaultTimer = (run: () => void, ms: number) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

export function createScormTracker(dialect: Dialect, api: LmsApi, options: ScormTrackerOptions): Tracker {
  const { courseId, host, storage = openStorage(), now = Date.now, setTimer = defaultTimer, win = window } = options;
  let initialized = false;
  let finished = false;
  let reviewOnly = false;
  let startedAt = now();
  let launch: Launch | undefined;
  let copy: ReturnType<typeof localCopy> | undefined;
  /** What the LMS holds, updated as we write, so statuses only move forward. */
  let held: Outcome = { completion: 'incomplete', success: 'unknown' };
  let lastCommittedMeasure = -1;
  /** What the LMS holds as suspend data, as far as we know (see LocalCopy.base). */
  let lmsState = '';
  /** The start-up writes (status incomplete, exit suspend) went through. */
  let begun = false;
  const sent = new Set<string>();

  // What still has to reach the LMS. Kept until a commit succeeds.
  let pending: {
    state?: string;
    summary?: SaveSummary;
    outcome?: Outcome;
    /** Each keeps the index it was first written at, so a retry rewrites it there. */
    interactions: { item: InteractionRecord; index?: number }[];
  } = { interactions: [] };
  let uncommitted = false;
  let failures = 0;
  let cancelRetry: (() => void) | undefined;

  const unsavedNotice = (): Notice => ({
    id: UNSAVED_NOTICE_ID,
    message:
      "Your progress has not been saved to your organisation's learning system yet. It is kept on this device, and the course will keep trying.",
    action: { label: 'Try saving again', run: () => flush(true) },
    persistent: true,
  });

  function scheduleRetry(run: () => void) {
    failures++;
    cancelRetry?.();
    cancelRetry = setTimer(run, retryDelayMs(failures));
  }

  function writePending(): boolean {
    if (!begun) {
      if (!dialect.begin(api, launch!)) return false;
      begun = true;
    }
    if (pending.state !== undefined && pending.summary) {
      if (pending.state.length > dialect.limits.suspendData) return false;
      const location = pending.summary.location?.slice(0, dialect.limits.location);
      if (!dialect.writeProgress(api, { location, suspendData: pending.state, progressMeasure: pending.summary.progressMeasure })) {
        return false;
      }
    }
    // Interactions, then score and status (RUNTIME.md §2), on retries too.
    while (pending.interactions.length > 0) {
      const entry = pending.interactions[0];
      if (!sent.has(entry.item.id)) {
        entry.index ??= dialect.interactionCount(api);
        if (!dialect.writeInteraction(api, entry.index, entry.item)) return false;
        sent.add(entry.item.id);
      }
      pending.interactions.shift();
    }
    if (pending.outcome) {
      if (!dialect.writeOutcome(api, pending.outcome, held)) return false;
      held = mergeHeld(held, pending.outcome);
      pending.outcome = undefined;
    }
    uncommitted = true;
    return true;
  }

  /** Writes what is pending and, when asked, commits. Any refusal keeps the data and retries. */
  function flush(commit: boolean): void {
    if (!initialized || finished || reviewOnly) return;
    const ok = writePending() && (!commit || !uncommitted || api.commit());
    if (!ok) {
      host.notify(unsavedNotice());
      scheduleRetry(() => flush(true));
      return;
    }
    if (commit) {
      uncommitted = false;
      if (pending.summary) lastCommittedMeasure = pending.summary.progressMeasure;
      if (pending.state !== undefined) {
        lmsState = pending.state;
        copy?.write({ state: pending.state, confirmed: true, base: lmsState });
      }
      pending = { interactions: [] };
      if (failures > 0) host.clear(UNSAVED_NOTICE_ID);
      failures = 0;
      cancelRetry?.();
      cancelRetry = undefined;
    }
  }

  function onHidden() {
    if (win.document.visibilityState === 'hidden') flush(true);
  }
  function onPageHide(event: PageTransitionEvent) {
    // A page kept in the back/forward cache may come back: save, but keep the session open.
    if (event.persisted) flush(true);
    else void finish({ exit: false });
  }

  /** Reads the launch data and starts the attempt; shared by start() and a late Initialize. */
  function begin(): { saved: string | null; local?: LocalCopy } {
    initialized = true;
    startedAt = now();
    launch = dialect.read(api);
    held = launch.status;
    reviewOnly = launch.mode !== 'normal';
    copy = localCopy(storage, courseId, launch.learnerId);
    lmsState = launch.suspendData;
    for (const id of dialect.sentInteractionIds(api)) sent.add(id);
    // Start-up writes go through the same path as any save, so a refusal is retried.
    if (!reviewOnly) flush(true);
    win.document.addEventListener('visibilitychange', onHidden);
    win.addEventListener('pagehide', onPageHide);
    // A copy the LMS never confirmed is newer only if the LMS has not moved on since it was
    // made (another device, or a new attempt: entry ab-initio).
    const local = copy.read();
    const fresh = local && !local.confirmed && local.base === launch.suspendData && launch.entry !== 'ab-initio';
    return { saved: launch.suspendData || null, local: fresh ? local : undefined };
  }

  function retryInitialize() {
    if (finished) return;
    if (!api.initialize()) {
      scheduleRetry(retryInitialize);
      return;
    }
    failures = 0;
    const { saved, local } = begin();
    host.clear(TRACKING_OFF_NOTICE_ID);
    // This session went on without the LMS: merge what it holds, then push everything.
    for (const s of [saved, local?.state]) if (s) host.adopt?.(s);
    flush(true);
  }

  function finish(opts: { exit?: boolean } = {}): boolean {
    if (finished) return false;
    let saved = false;
    cancelRetry?.();
    win.document.removeEventListener('visibilitychange', onHidden);
    win.removeEventListener('pagehide', onPageHide);
    if (initialized) {
      if (!reviewOnly) {
        const written = writePending();
        dialect.end(api, { sessionMs: now() - startedAt, exitButton: opts.exit === true });
        saved = api.commit() && written;
        if (saved && pending.state !== undefined) copy?.write({ state: pending.state, confirmed: true, base: pending.state });
      } else {
        saved = true;
      }
      saved = api.terminate() && saved;
    }
    finished = true;
    return saved;
  }

  return {
    kind: dialect.kind,
    get tracksLms() {
      return initialized && !finished;
    },
    start(): StartResult {
      if (!api.initialize()) {
        scheduleRetry(retryInitialize);
        return {
          saved: null,
          notices: [
            {
              id: TRACKING_OFF_NOTICE_ID,
              message:
                "Your organisation's learning system did not start tracking this course, so your progress is not being recorded there yet. You can carry on: the course will keep trying to connect.",
              persistent: true,
            },
          ],
        };
      }
      const { saved, local } = begin();
      const notices: Notice[] = reviewOnly
        ? [{ id: 'lms-review', message: 'You are reviewing this course. You can look at everything, but nothing you do now changes your record.' }]
        : [];
      // A save the LMS never confirmed is newer than what the LMS holds: merge it in.
      const unconfirmed = local && local.state !== saved ? [local.state] : [];
      return { saved, alsoSaved: unconfirmed, notices, passMark: launch?.passMark, reviewOnly };
    },
    save(state, summary) {
      if (finished || reviewOnly) return;
      copy?.write({ state, confirmed: false, base: lmsState });
      pending.state = state;
      pending.summary = summary;
      // Commit at milestones (a lesson finished), not on every click: some LMSs make a round trip per commit.
      flush(summary.progressMeasure !== lastCommittedMeasure);
    },
    keepUnreadable(state) {
      storage.set(`learning-from-reviews:${courseId}:lms-unreadable`, state);
    },
    reportResult(outcome) {
      if (finished || reviewOnly) return;
      pending.outcome = outcome;
      flush(true);
    },
    recordInteractions(items) {
      if (finished || reviewOnly) return;
      for (const item of items) {
        // Content is checked at build, so this is a programming error: fail loudly in tests.
        const problem = interactionProblem(item, dialect.kind === 'scorm12' ? '1.2' : '2004');
        if (problem) throw new Error(problem);
      }
      pending.interactions.push(...items.filter((i) => !sent.has(i.id)).map((item) => ({ item })));
      flush(true);
    },
    finish,
  };
}

function mergeHeld(held: Outcome, written: Outcome): Outcome {
  return {
    completion: held.completion === 'completed' ? 'completed' : written.completion,
    success: held.success === 'passed' || written.success === 'unknown' ? held.success : written.success,
    score: written.score ?? held.score,
  };
}
