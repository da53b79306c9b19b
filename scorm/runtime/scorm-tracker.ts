/**
 * The SCORM driver behind the Tracker interface, for both versions (the differences live
 * in the dialects). What it guarantees, from the SCORM run-time rules and real LMS players:
 * - Initialize once; exit=suspend straight away, so a crash or closed tab still resumes;
 * - a value the LMS did not answer is unknown, not empty: then no status and no suspend
 *   data are written, the session works from the device copy, and says so;
 * - saves on every step, commits at milestones and when the page is hidden (the last
 *   moment a browser reliably lets an LMS save), never relying on unload; session time is
 *   set before each of those commits and first at unload, always counted from Initialize;
 * - no empty Commit, and no value repeated that a Commit already took in this session;
 * - a refused save keeps its data, retries on a schedule (changing the save counter, so
 *   the LMS posts the data again), says so with a retry button;
 * - an LMS's "true" is not proof: a device copy is kept after every save, and the next
 *   launch reads back what the LMS holds and sends what is missing (interactions, then
 *   score, then status; the state through the app's merge);
 * - interactions are indexed from `_count` when the LMS answers a number, otherwise from
 *   the index kept in the saved state, and counted on locally;
 * - review/browse mode writes nothing; nothing is called after Finish/Terminate;
 * - the course evaluation's likert interactions go only in normal mode with credit, once
 *   everything else (the assessment's interactions, score and status) has been committed,
 *   in a Commit of their own whose refusal is never shown as progress not saved.
 */
import type { Outcome } from '../../src/course/outcome.ts';
import type { InteractionRecord, Notice } from '../../src/course/tracking.ts';
import { trackingFields, withoutTrackingFields, withTrackingFields } from '../../src/tracking/tracking-fields.ts';
import { openStorage, type KeyValueStore } from '../../src/tracking/safe-storage.ts';
import { lmsLastLearnerKey, lmsUnreadableKey } from '../../src/tracking/storage-keys.ts';
import type { SaveSummary, StartResult, Tracker, TrackerHost } from '../../src/tracking/tracker.ts';
import type { Dialect, Launch } from './dialect.ts';
import type { LmsApi } from './lms-api.ts';
import { copyIsAhead, localCopy, type KeptInteraction, type LocalCopy } from './local-copy.ts';
import { interactionProblem } from './interaction-ids.ts';
import { evaluationInteractions } from '../../src/lib/evaluation.ts';
import { closedNotice, trackingOffNotice, TRACKING_OFF_NOTICE_ID, unreadNotice, unsavedNotice, UNSAVED_NOTICE_ID } from './lms-notices.ts';
import { retryDelayMs } from './retry.ts';
import { withLedger } from './write-ledger.ts';

export interface ScormTrackerOptions {
  courseId: string;
  host: TrackerHost;
  storage?: KeyValueStore;
  /** Injected in tests; the browser's clock and timers otherwise. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => () => void;
  win?: Window;
}

// The notice ids, for the app and tests that look for them.
export { CLOSED_NOTICE_ID, TRACKING_OFF_NOTICE_ID, UNREAD_NOTICE_ID, UNSAVED_NOTICE_ID } from './lms-notices.ts';

const defaultTimer = (run: () => void, ms: number) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

const NOTHING_HELD: Outcome = { completion: 'incomplete', success: 'unknown' };

export function createScormTracker(dialect: Dialect, rawApi: LmsApi, options: ScormTrackerOptions): Tracker {
  const { courseId, host, storage = openStorage(), now = Date.now, setTimer = defaultTimer, win = window } = options;
  const api = withLedger(rawApi);
  let initialized = false;
  let finished: boolean | undefined;
  let reviewOnly = false;
  /** Launched without credit: the evaluation is not sent. */
  let noCredit = false;
  /** The LMS did not say what it holds: write no status and no suspend data over it. */
  let unread = false;
  let startedAt = now();
  let firstLaunch = false;
  /** Until the LMS names the learner (or if Initialize never works), the copy has no learner. */
  let copy = localCopy(storage, courseId, '');
  let learner = '';
  /** The LMS's name for the learner, for the certificate only. */
  let learnerName: string | undefined;
  /** This page wrote the no-learner copy, so it may take it over (another page's is not ours). */
  let wroteEarly = false;
  let kept = storage.persistent;
  /** What the LMS holds as far as the last successful Commit says, so statuses only move forward. */
  let held: Outcome = NOTHING_HELD;
  /** What the LMS holds as suspend data, as far as we know (see LocalCopy.base). */
  let lmsState = '';
  /** Save counter and next interaction index, carried in the saved state. */
  let saves = 0;
  let nextIndex = 0;
  /** The start-up writes (status incomplete, exit suspend) were committed. */
  let begun = false;
  let passMark: number | undefined;
  let starting = false;
  /** An earlier copy's state, kept in the copy until this session saves its own. */
  let carried = '';

  // What this session wants the LMS to hold; each part is sent until a Commit takes it.
  let state: string | undefined;
  let summary: SaveSummary | undefined;
  let stateDirty = false;
  let outcome: Outcome | undefined;
  let outcomeDirty = false;
  const interactions: KeptInteraction[] = [];
  /** Ids the LMS holds (read back in 2004) or a Commit in this session took. */
  const sentIds = new Set<string>();
  /** Interactions written since the last Commit or refusal, so one round writes each once. */
  const written = new Set<string>();
  /** The course evaluation's likert interactions not yet taken by a Commit (see sendEvaluation). */
  let evaluation: { item: InteractionRecord; index?: number }[] = [];
  let lastCommittedMeasure = -1;
  let failures = 0;
  let cancelRetry: (() => void) | undefined;

  const stamped = () => withTrackingFields(state ?? '', { saves, nextInteraction: nextIndex });

  /** The device copy, after every save and before Initialize has worked too. */
  function keepCopy() {
    if (reviewOnly || (state === undefined && outcome === undefined && interactions.length === 0)) return;
    const value: LocalCopy = { state: state === undefined ? carried : stamped(), base: lmsState, outcome, interactions };
    if (unread) value.unread = true;
    if (!learner) {
      wroteEarly = true;
      value.learnerHint = storage.get(lmsLastLearnerKey(courseId)) ?? undefined;
    }
    kept = copy.write(value);
  }

  function scheduleRetry(run: () => void) {
    failures++;
    cancelRetry?.();
    cancelRetry = setTimer(run, retryDelayMs(failures));
  }

  /**
   * Writes everything no Commit has taken yet: the state first (so an interaction the LMS
   * keeps refusing never blocks saving progress), then interactions, then score and status.
   */
  function writePending(): boolean {
    if (!begun && !dialect.begin(api, firstLaunch)) return false;
    // Nothing is written over what could not be read: interactions wait in the copy too.
    if (unread) return true;
    // Indexes first, so the state carries the next free one.
    for (const entry of interactions) if (!entry.sent) entry.index ??= nextIndex++;
    if (stateDirty && state !== undefined && summary) {
      const suspendData = stamped();
      if (suspendData.length > dialect.limits.suspendData) return false;
      const location = summary.location?.slice(0, dialect.limits.location);
      if (!dialect.writeProgress(api, { location, suspendData, progressMeasure: summary.progressMeasure })) return false;
    }
    for (const entry of interactions) {
      if (entry.sent || written.has(entry.item.id)) continue;
      if (!dialect.writeInteraction(api, entry.index!, entry.item)) return false;
      written.add(entry.item.id);
    }
    if (outcomeDirty && outcome && !dialect.writeOutcome(api, outcome, held)) return false;
    return true;
  }

  /** A Commit took everything written: remember it, and tell the app once its interactions are in. */
  function committed() {
    begun = true;
    let newlySent = false;
    for (const entry of interactions) {
      if (!entry.sent && written.has(entry.item.id)) {
        entry.sent = true;
        sentIds.add(entry.item.id);
        newlySent = true;
      }
    }
    written.clear();
    if (outcomeDirty && outcome && !unread) held = mergeHeld(held, outcome);
    outcomeDirty = false;
    if (stateDirty && !unread) lmsState = stamped();
    stateDirty = false;
    if (summary) lastCommittedMeasure = summary.progressMeasure;
    keepCopy();
    if (newlySent && interactions.every((e) => e.sent)) {
      // At launch the app has not restored its progress yet: tell it once it has.
      if (starting) queueMicrotask(() => host.reported?.());
      else host.reported?.();
    }
    if (failures > 0) host.clear(UNSAVED_NOTICE_ID);
    failures = 0;
    cancelRetry?.();
    cancelRetry = undefined;
  }

  function refused() {
    written.clear();
    keepCopy();
    if (rawApi.gone()) {
      host.notify(closedNotice(kept));
      return;
    }
    host.notify(unsavedNotice(kept, retry));
    scheduleRetry(retry);
  }

  /**
   * Writes what is pending and, when asked, commits. A milestone commit sets the session
   * time just before it (not the start-up one: no time has passed); `always` commits even
   * with nothing else new (page hidden). Any refusal keeps the data and retries.
   */
  function flush(commit: boolean, always = false): void {
    keepCopy();
    if (!initialized || finished !== undefined || reviewOnly) return;
    let ok = !rawApi.gone() && writePending();
    if (ok && commit && (api.dirty() || always)) ok = (starting || dialect.sessionTime(api, now() - startedAt)) && api.commit();
    if (!ok) refused();
    else if (commit) {
      committed();
      sendEvaluation();
    }
  }

  /**
   * The evaluation goes last: only once a Commit has taken everything else, so it follows
   * every interaction of the assessment and the status (never between score and status),
   * and in a Commit of its own, so a refusal touches nothing else. A refusal is not shown as
   * progress not saved (the progress is saved): the answers wait for the next successful
   * save, at the same indexes, or for the next launch, from the saved state. Never at Finish:
   * the saved state could no longer say they were sent.
   */
  function sendEvaluation() {
    if (evaluation.length === 0 || !initialized || finished !== undefined || reviewOnly || noCredit || unread || starting) return;
    const statusHeld = held.success !== 'unknown' || held.completion === 'completed';
    if (!statusHeld || stateDirty || outcomeDirty || api.dirty() || interactions.some((e) => !e.sent) || rawApi.gone()) return;
    for (const entry of evaluation) entry.index ??= nextIndex++;
    if (!evaluation.every((e) => dialect.writeInteraction(api, e.index!, e.item)) || !api.commit()) return;
    for (const e of evaluation) sentIds.add(e.item.id);
    evaluation = [];
    // The app records in the saved state that they were sent; the state (with the next free
    // index) is committed straight away, so a relaunch does not send them again.
    host.evaluationSent?.();
    if (state !== undefined) stateDirty = true;
    flush(true);
  }

  /**
   * After a refusal: some LMS players mark values as sent even when the request failed and
   * then post only what changed, so a new save counter makes them post the state again.
   */
  function retry() {
    if (state !== undefined) {
      saves++;
      stateDirty = true;
    }
    flush(true);
  }

  function onHidden() {
    if (win.document.visibilityState === 'hidden') flush(true, true);
  }
  function onPageHide(event: PageTransitionEvent) {
    // A page kept in the back/forward cache may come back: save, but keep the session open.
    if (event.persisted) flush(true, true);
    else void finish({ exit: false });
  }

  /** Reads the launch data, compares it with the device copy, and sends what the LMS lacks. */
  function begin(late = false): { saved: string | null; alsoSaved: string[] } {
    initialized = true;
    startedAt = now();
    const launch = dialect.read(api);
    reviewOnly = launch.mode !== 'normal';
    noCredit = launch.credit === 'no-credit';
    passMark = launch.passMark;
    unread = launch.suspendData === undefined || launch.status === undefined;
    const early = copy;
    learner = launch.learnerId ?? '';
    learnerName = launch.learnerName?.trim() || undefined;
    // A copy made before any learner was named is taken over only by the page that made it,
    // or by the learner it names as the last one whose launch worked here: on a shared PC,
    // another learner's copy must never reach this learner's record.
    const earlyRead = learner ? early.read() : undefined;
    const earlyCopy = earlyRead && (wroteEarly || earlyRead.learnerHint === learner) ? earlyRead : undefined;
    copy = localCopy(storage, courseId, learner);
    // With no learner named, the only copy that may be used is the one this page wrote.
    const local = learner || wroteEarly ? copy.read() : undefined;
    if (learner && !unread) storage.set(lmsLastLearnerKey(courseId), learner);
    const lms = launch.suspendData ?? '';
    lmsState = lms;
    held = launch.status ?? NOTHING_HELD;
    // The copy belongs to this attempt unless the LMS started a new one.
    const usable = local && launch.entry !== 'ab-initio' ? local : undefined;
    // Nothing recorded in the LMS yet (status and suspend data truly empty): start it as
    // incomplete, whatever copies there are; a copy's outcome then moves it forward.
    firstLaunch = !unread && launch.statusEmpty && lms === '';
    const ahead = usable && !unread && copyIsAhead(usable, lms);
    if (usable && (ahead || unread)) carried = usable.state;
    const fields = [lms, usable?.state ?? ''].map(trackingFields);
    // Never below a counter this session already used (saves made before a late Initialize).
    saves = Math.max(saves, ...fields.map((f) => f.saves ?? 0));
    // Strict LMSs accept no index but _count; others keep counting where the saved state left off.
    nextIndex = launch.interactions ?? Math.max(0, ...fields.map((f) => f.nextInteraction ?? 0));
    for (const id of dialect.sentInteractionIds(api, launch.interactions)) sentIds.add(id);
    for (const previous of [usable, earlyCopy]) if (previous && !reviewOnly) resend(previous, launch);
    if (earlyCopy) early.clear();
    if (!reviewOnly) {
      win.document.addEventListener('visibilitychange', onHidden);
      win.addEventListener('pagehide', onPageHide);
      // Start-up writes and anything the LMS lacks go first, through the same path as any save.
      // After a late Initialize, this session's own state waits until what the LMS holds has
      // been merged into it, so less progress is never written over more.
      if (late) stateDirty = false;
      starting = true;
      flush(true);
      starting = false;
    }
    const plain = (s: string | undefined) => (s ? withoutTrackingFields(s) : null);
    const extra = [ahead ? usable.state : undefined, earlyCopy?.state].map(plain).filter((s): s is string => !!s);
    if (unread) return { saved: plain(usable?.state), alsoSaved: plain(earlyCopy?.state) ? [plain(earlyCopy?.state)!] : [] };
    return { saved: plain(lms), alsoSaved: extra };
  }

  /** Takes over from an earlier session's copy the interactions and outcome the LMS may lack. */
  function resend(previous: LocalCopy, launch: Launch) {
    for (const entry of previous.interactions ?? []) {
      if (sentIds.has(entry.item.id) || interactions.some((e) => e.item.id === entry.item.id)) continue;
      // The LMS lacks what no Commit took, and what lies past the count it reports (in 2004
      // the ids it holds were read already). Without a count, a sent one is taken as held.
      const count = launch.interactions;
      const lacks =
        !entry.sent || entry.index === undefined || (count !== undefined && (dialect.kind === 'scorm2004' || entry.index >= count));
      if (lacks) interactions.push({ item: entry.item, sent: false });
    }
    if (previous.outcome && !unread) {
      // writeOutcome moves only forward from what the LMS holds, so this sends only what it lacks.
      outcome = outcome ? mergeHeld(outcome, previous.outcome) : previous.outcome;
      outcomeDirty = true;
    }
  }

  function retryInitialize() {
    if (finished !== undefined) return;
    if (!api.initialize()) {
      scheduleRetry(retryInitialize);
      return;
    }
    failures = 0;
    const { saved, alsoSaved } = begin(true);
    host.clear(TRACKING_OFF_NOTICE_ID);
    // This session went on without the LMS: merge what it holds into the session (the merge
    // saves again if it changed anything), then send the merged state.
    for (const s of [saved, ...alsoSaved]) if (s) host.adopt?.(s);
    if (state !== undefined && !unread) stateDirty = true;
    flush(true);
  }

  function finish(opts: { exit?: boolean } = {}): boolean {
    // A second call (a double click on Exit) gets the first call's answer.
    if (finished !== undefined) return finished;
    cancelRetry?.();
    win.document.removeEventListener('visibilitychange', onHidden);
    win.removeEventListener('pagehide', onPageHide);
    let saved = false;
    if (initialized && reviewOnly) {
      saved = true;
    } else if (initialized && !rawApi.gone()) {
      // Session time first: an LMS that queues writes may cut the last ones at unload.
      const timed = dialect.sessionTime(api, now() - startedAt);
      const ended = dialect.end(api, { exitButton: opts.exit === true });
      const all = writePending();
      // With the LMS unread, this session's progress was kept on the device, not sent.
      saved = api.commit() && timed && ended && all && !unread;
      if (saved) committed();
      else keepCopy();
    } else {
      keepCopy();
    }
    if (initialized) saved = api.terminate() && saved;
    finished = saved;
    return saved;
  }

  return {
    kind: dialect.kind,
    get learnerId() {
      return learner;
    },
    get tracksLms() {
      return initialized && finished === undefined;
    },
    get keptOnDevice() {
      return kept;
    },
    start(): StartResult {
      if (!api.initialize()) {
        scheduleRetry(retryInitialize);
        return { saved: null, notices: [trackingOffNotice] };
      }
      const { saved, alsoSaved } = begin();
      const notices: Notice[] = [];
      if (reviewOnly)
        notices.push({
          id: 'lms-review',
          message: 'You are reviewing this course. You can look at everything, but nothing you do now changes your record.',
        });
      else if (unread) notices.push(unreadNotice(saved !== null));
      return { saved, alsoSaved, notices, passMark, reviewOnly, noCredit };
    },
    save(next, s) {
      if (finished !== undefined || reviewOnly) return;
      state = next;
      summary = s;
      saves++;
      stateDirty = true;
      // Commit at milestones (a lesson finished), not on every click: some LMSs make a round trip per commit.
      flush(s.progressMeasure !== lastCommittedMeasure);
    },
    learnerName: () => learnerName,
    keepUnreadable(value) {
      return storage.set(lmsUnreadableKey(courseId, learner), value);
    },
    reportResult(o) {
      if (finished !== undefined || reviewOnly) return;
      outcome = o;
      outcomeDirty = true;
      flush(true);
    },
    recordInteractions(items) {
      if (finished !== undefined || reviewOnly) return;
      for (const item of items) {
        // Content is checked at build, so this is a programming error: fail loudly in tests.
        const problem = interactionProblem(item, dialect.kind);
        if (problem) throw new Error(problem);
      }
      const fresh = items.filter((i) => !sentIds.has(i.id) && !interactions.some((e) => e.item.id === i.id));
      interactions.push(...fresh.map((item) => ({ item, sent: false })));
      // All of them already in the LMS (read back at launch): they count as reported.
      if (fresh.length === 0 && items.every((i) => sentIds.has(i.id))) host.reported?.();
      else flush(true);
    },
    recordEvaluation(answers) {
      if (finished !== undefined || reviewOnly || noCredit) return;
      const items = evaluationInteractions(answers, new Date(now()));
      for (const item of items) {
        const problem = interactionProblem(item, dialect.kind);
        if (problem) throw new Error(problem);
      }
      const fresh = items.filter((i) => !sentIds.has(i.id) && !evaluation.some((e) => e.item.id === i.id));
      evaluation.push(...fresh.map((item) => ({ item })));
      // All of them already in the LMS (read back at launch, in 2004): they count as sent.
      if (fresh.length === 0 && items.length > 0 && items.every((i) => sentIds.has(i.id))) host.evaluationSent?.();
      else flush(true);
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
