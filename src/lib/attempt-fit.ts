/**
 * Whether a saved attempt under way still fits the assessment as it is now: after a content
 * update its scenarios, steps or choices may be gone, or a branch may lead elsewhere. An
 * attempt that fits resumes where it was; one that does not restarts (its answers cleared,
 * nothing recorded, so no attempt is used up). Pure: the store applies it when the
 * assessment's scenarios load (state/store.ts, fitAttempt).
 */
import type { Assessment } from '../course/quiz-types.ts';
import type { Position, QuizProgress } from '../course/progress.ts';
import { forDraw, walk } from './quiz-rules.ts';

export function attemptFits(assessment: Assessment, quiz: Pick<QuizProgress, 'answers' | 'at' | 'drawn'>): boolean {
  const scenarioIds = new Set(assessment.scenarios.map((s) => s.id));
  if (quiz.drawn && !quiz.drawn.every((id) => scenarioIds.has(id))) return false;
  // Answers given before the course drew from banks could not say which scenarios the attempt has.
  if (assessment.banks.length > 0 && !quiz.drawn && quiz.answers.length > 0) return false;
  const attempt = forDraw(assessment, quiz.drawn);
  for (const answer of quiz.answers) {
    const scenario = attempt.scenarios.find((s) => s.id === answer.scenario);
    const step = scenario && Object.hasOwn(scenario.steps, answer.step) ? scenario.steps[answer.step] : undefined;
    if (step?.kind !== 'decision') return false;
    const choices = step.choices.map((c) => c.id);
    if (answer.response.length === 0 || !answer.response.every((id) => choices.includes(id))) return false;
  }
  // Every answer, and the step on screen, still on the path the answers lead along.
  const { visited } = walk(attempt, quiz.answers);
  const onPath = (p: Position) => visited.some((v) => v.scenario === p.scenario && v.step === p.step);
  return quiz.answers.every(onPath) && (!quiz.at || onPath(quiz.at));
}
