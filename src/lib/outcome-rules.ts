/**
 * The one rule for what the course reports: completion and pass/fail from the lessons
 * and the assessment. Pure, shared by the app, every tracking driver and the tests.
 *
 * A score is reported only once it is final (the learner passed, or used their last
 * attempt): LMSs derive status from a score (Moodle marks `failed` at finish when the raw
 * score is under the mastery score, and some lock a learner out once `failed`).
 */
import type { Outcome } from '../course/outcome.ts';

export interface AssessmentState {
  /** The learner's best or last reported result, once one exists. */
  result?: { score: number; passed: boolean; final: boolean };
  /** Course setting: the assessment may be taken before the lessons, and passing it completes the course. */
  passingCompletes?: boolean;
}

export function courseOutcome(lessonsComplete: boolean, assessment?: AssessmentState): Outcome {
  if (!assessment) return { completion: lessonsComplete ? 'completed' : 'incomplete', success: 'unknown' };
  const result = assessment.result?.final ? assessment.result : undefined;
  const passed = result?.passed === true;
  const completed = (lessonsComplete && result !== undefined) || (assessment.passingCompletes === true && passed);
  return {
    completion: completed ? 'completed' : 'incomplete',
    success: result ? (passed ? 'passed' : 'failed') : 'unknown',
    ...(result ? { score: Math.round(Math.min(100, Math.max(0, result.score))) } : {}),
  };
}

export const sameOutcome = (a: Outcome, b: Outcome) => a.completion === b.completion && a.success === b.success && a.score === b.score;
