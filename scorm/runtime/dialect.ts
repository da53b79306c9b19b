/**
 * What differs between SCORM 1.2 and 2004 for this course: element names, vocabularies,
 * formats and limits. The driver (scorm-tracker.ts) is written once against this.
 */
import type { Outcome } from '../../src/course/outcome.ts';
import type { InteractionRecord } from '../../src/course/tracking.ts';
import type { ApiName } from './find-api.ts';
import type { LmsApi } from './lms-api.ts';

export interface Launch {
  entry: string;
  credit: 'credit' | 'no-credit';
  mode: 'normal' | 'review' | 'browse';
  location: string;
  suspendData: string;
  learnerId: string;
  /** The LMS's mastery score on 0-100, when it sets one. */
  passMark?: number;
  /** The status the LMS holds, in neutral form. */
  status: Outcome;
  /** Nothing recorded yet: the first launch of an attempt. */
  notAttempted: boolean;
}

export interface Dialect {
  kind: 'scorm12' | 'scorm2004';
  apiName: ApiName;
  wrap(api: unknown): LmsApi;
  limits: { location: number; suspendData: number };
  read(api: LmsApi): Launch;
  /** First launch: status incomplete. Every launch: exit suspend, so a crash still resumes. */
  begin(api: LmsApi, launch: Launch): boolean;
  writeProgress(api: LmsApi, p: { location?: string; suspendData: string; progressMeasure: number }): boolean;
  /** Score first, then status; never moves a status backwards from what `held` says. */
  writeOutcome(api: LmsApi, outcome: Outcome, held: Outcome): boolean;
  /** Ids of interactions the LMS already holds, where the version lets us read them. */
  sentInteractionIds(api: LmsApi): string[];
  writeInteraction(api: LmsApi, index: number, item: InteractionRecord): boolean;
  interactionCount(api: LmsApi): number;
  end(api: LmsApi, p: { sessionMs: number; exitButton: boolean }): boolean;
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

/** `cmi.interactions._count` has the same name in both versions; the next index to write. */
export function interactionCount(api: LmsApi): number {
  const n = Number.parseInt(api.get('cmi.interactions._count'), 10);
  return Number.isFinite(n) ? n : 0;
}
