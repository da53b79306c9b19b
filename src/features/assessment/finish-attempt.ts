/**
 * What happens when the last scenario ends: score the attempt, decide whether its result
 * now counts and whether it is final, and hand the store what the LMS should get.
 */
import type { Assessment } from '../../course/quiz-types.ts';
import type { CourseMeta } from '../../course/types.ts';
import { toInteractions } from '../../lib/quiz-reporting.ts';
import { forDraw, scoreAttempt, standing, type AttemptResult } from '../../lib/quiz-rules.ts';
import { useStore } from '../../state/store.ts';

export type FinishedAttempt = AttemptResult & { practice: boolean };

/**
 * Finishes the attempt under way, read from the store at the moment of the call, or returns
 * undefined when there is none to finish. The guard lives here, not in a render-time flag: a
 * second "See your result" dispatched in the same task (before React re-renders) would
 * otherwise score the already-emptied attempt as a second, 0% attempt and use one up.
 */
export function finishAttempt(course: CourseMeta, all: Assessment, now = new Date()): FinishedAttempt | undefined {
  const quiz = useStore.getState().progress.quiz;
  // No answers: already finished (the store empties them), or never started.
  if (!quiz || quiz.answers.length === 0) return undefined;
  const assessment = forDraw(all, quiz.drawn);
  const result = scoreAttempt(assessment, quiz.answers, course.passMark);
  const before = standing(quiz.records, assessment.attempts, assessment.keep);
  if (before.counted?.passed || before.attemptsLeft === 0) {
    // After a pass, further tries are practice; with no attempts left (reached by the Back
    // button), nothing may change what was reported either. Nothing is kept.
    useStore.getState().finishAttempt(null, false);
    return { ...result, practice: true };
  }
  const record = { score: result.score, passed: result.passed };
  const after = standing([...quiz.records, record], assessment.attempts, assessment.keep);
  const counts = after.counted === record;
  const answers = counts ? quiz.answers : quiz.counted;
  const report = after.final && !quiz.reported ? toInteractions(all, answers, now) : undefined;
  useStore.getState().finishAttempt(record, counts, report);
  return { ...result, practice: false };
}
