/**
 * The one interface between the course and wherever progress is kept. Features never
 * save directly: the store's persistence subscriber calls save() and reportResult(), and
 * the app calls start() and finish(). Drivers: browser storage (no LMS), SCORM 1.2 and
 * SCORM 2004 (in scorm/runtime), chosen at start-up.
 */
import type { Outcome } from '../course/outcome.ts';
import type { InteractionRecord, Notice } from '../course/tracking.ts';
import type { ScormVersion } from '../config/scorm-versions.ts';

/** How a driver talks back to the app while it runs. */
export interface TrackerHost {
  notify(notice: Notice): void;
  clear(id: string): void;
  /**
   * Merge saved progress from elsewhere into this session: by default what an LMS that
   * answered late holds (older than this session); from another tab of the web edition,
   * the newer record, whose attempt under way replaces this one's.
   */
  adopt?(saved: string, from?: 'lms' | 'other-tab'): void;
  /** Two saved states of this learner as one, nothing lost; the newer's attempt under way is kept. */
  combine?(older: string, newer: string): string;
  /**
   * A successful Commit took every interaction handed over: only now may the saved state
   * say the counted attempt was reported. Until then they stay in the driver's device copy
   * and the next launch sends them.
   */
  reported?(): void;
  /**
   * A Commit took the course evaluation's likert interactions: the app records it in the
   * saved state (1.2 interactions cannot be read back), so they are never sent again.
   */
  evaluationSent?(): void;
}

/** What the Exit button learns, so the exit page claims no more than is true. */
export interface ExitResult {
  /** The LMS answered "true" to the last save (the next launch still checks). */
  saved: boolean;
  /** A copy is kept in this browser, for the next launch to send. */
  kept: boolean;
}

export interface StartResult {
  /** The saved state as last written, or null for a first visit. */
  saved: string | null;
  /** Newer copies to merge in, e.g. a save the LMS refused before the window closed. */
  alsoSaved?: string[];
  notices: Notice[];
  /** The LMS's mastery score, 0-100: it overrides the course's pass mark. */
  passMark?: number;
  /** Review or browse mode: the learner may look, nothing is written. */
  reviewOnly?: boolean;
  /** The LMS launched without credit: the course evaluation is not sent as interactions. */
  noCredit?: boolean;
}

export interface SaveSummary {
  /** Where the learner is, as "lessonId/sectionId". */
  location?: string;
  /** Share of required lessons done, 0 to 1. */
  progressMeasure: number;
}

export interface Tracker {
  readonly kind: 'browser' | ScormVersion;
  /** True when an LMS is recording this session, so an "Exit course" button makes sense. */
  readonly tracksLms: boolean;
  /** False when this browser would not keep the driver's copy (storage blocked or full). */
  readonly keptOnDevice?: boolean;
  /** The learner the LMS named at start (SCORM drivers), for keying what is kept on this device. */
  readonly learnerId?: string;
  start(): StartResult;
  save(state: string, summary: SaveSummary): void;
  /**
   * Put aside a saved value that could not be read, before anything overwrites it. True
   * only when it was really kept (storage may be blocked), so the learner is told no more.
   */
  keepUnreadable(state: string): boolean;
  /** Completion, pass/fail and score, by the rule in lib/outcome-rules.ts. */
  reportResult(outcome: Outcome): void;
  /**
   * Interactions of the reported attempt; ones already sent are skipped. The driver calls
   * TrackerHost.reported() once the LMS has taken them.
   */
  recordInteractions(items: InteractionRecord[]): void;
  /**
   * The course evaluation's answers (1-5 by question id), which an LMS driver sends as
   * unscored likert interactions (lib/evaluation.ts builds them, so the question texts
   * load only with the SCORM runtime and the evaluation page). An LMS driver sends them only in
   * normal mode with credit, after every interaction of the assessment and after the status,
   * in a Commit of their own, and calls TrackerHost.evaluationSent() once one takes them. A
   * refusal is never reported to the learner as progress not saved: they wait for the next
   * save, or the next launch. Other drivers keep nothing: the answers live in the saved state.
   */
  recordEvaluation(answers: Record<string, number>): void;
  /**
   * Ends the session once: session time, exit, commit, finish. `exit` comes from the Exit
   * button. True when everything reached where progress is kept; a second call returns
   * the first call's answer.
   */
  finish(options?: { exit?: boolean }): boolean;
  /**
   * The learner's name as the LMS gives it, for the certificate; undefined when no LMS
   * names one (or before Initialize has worked). Read only: never written anywhere.
   */
  learnerName?(): string | undefined;
}
