/**
 * What differs between SCORM 1.2 and 2004 for this course: element names, vocabularies,
 * formats and limits. The driver (scorm-tracker.ts) is written once against this.
 */
import type { Outcome } from '../../src/course/outcome.ts';
import type { InteractionRecord } from '../../src/course/tracking.ts';
import type { ApiName } from './find-api.ts';
import type { LmsApi } from './lms-api.ts';
import type { ScormVersion } from '../../src/config/scorm-versions.ts';

/** What the LMS holds at launch. Undefined means the LMS did not answer: unknown, not empty. */
export interface Launch {
  entry: string;
  credit: 'credit' | 'no-credit';
  mode: 'normal' | 'review' | 'browse';
  location: string;
  suspendData: string | undefined;
  learnerId: string;
  /** The learner's name as the LMS gives it (1.2 says "Last, First"), read only for the certificate. */
  learnerName: string | undefined;
  /** The LMS's mastery score on 0-100, when it sets one. */
  passMark?: number;
  /** The status (and score) the LMS holds, in neutral form. */
  status: Outcome | undefined;
  /** The LMS read back no status at all ("" or "not attempted"). */
  statusEmpty: boolean;
  /** How many interactions the LMS holds, when `_count` answered a number. */
  interactions?: number;
}

export interface Dialect {
  kind: ScormVersion;
  apiName: ApiName;
  /** `win` is the window holding the API, so calls stop counting once it is closed. */
  wrap(api: unknown, win?: { closed?: boolean }): LmsApi;
  limits: { location: number; suspendData: number };
  read(api: LmsApi): Launch;
  /** First launch: status incomplete. Every launch: exit suspend, so a crash still resumes. */
  begin(api: LmsApi, firstLaunch: boolean): boolean;
  writeProgress(api: LmsApi, p: { location?: string; suspendData: string; progressMeasure: number }): boolean;
  /** Score first, then status; never moves a status backwards from what `held` says. */
  writeOutcome(api: LmsApi, outcome: Outcome, held: Outcome): boolean;
  /** Ids of interactions the LMS already holds, where the version lets us read them. */
  sentInteractionIds(api: LmsApi, count: number | undefined): string[];
  writeInteraction(api: LmsApi, index: number, item: InteractionRecord): boolean;
  /** Time since this session's Initialize: always the whole session, never an increment. */
  sessionTime(api: LmsApi, ms: number): boolean;
  /** Exit suspend, and in 2004 the Exit button's navigation request. */
  end(api: LmsApi, p: { exitButton: boolean }): boolean;
}

/** Reals to at most 7 decimals (real(10,7)), without trailing zeros. */
export const real = (n: number) => String(Number(n.toFixed(4)));

/** Statuses only move forward: passed is final, and nothing goes back to incomplete. */
export function forwardCompletion(held: Outcome['completion'], wanted: Outcome['completion']) {
  return held === 'completed' || held === wanted ? undefined : wanted;
}
export function forwardSuccess(held: Outcome['success'], wanted: Outcome['success']) {
  if (wanted === 'unknown' || held === 'passed' || held === wanted) return undefined;
  return wanted;
}

/** Sets elements in order and stops at the first refusal, so a failure is never hidden. */
export function setAll(api: LmsApi, pairs: [string, string | undefined][]): boolean {
  for (const [element, value] of pairs) {
    if (value === undefined) continue;
    if (!api.set(element, value)) return false;
  }
  return true;
}

/**
 * `cmi.interactions._count` has the same name in both versions. Only a number counts:
 * some LMSs answer "" (Open edX) or nothing, and then the index comes from the saved state.
 */
export function interactionCount(api: LmsApi): number | undefined {
  const text = api.get('cmi.interactions._count');
  return text !== undefined && /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

/** A score the LMS holds, on 0-100. */
export function heldScore(text: string | undefined): number | undefined {
  const n = text ? Number.parseFloat(text) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}
