/**
 * The optional course evaluation (settings.json `evaluation: true`): four questions on a
 * 1-5 scale, nothing free-text, so nothing a learner types about a family can reach an LMS.
 * The ids are stable: they name the answers in the saved state and, prefixed, the likert
 * interactions an administrator finds in the LMS's interaction report.
 */
import type { InteractionRecord } from '../course/tracking.ts';
import { isEvaluationAnswer, type EvaluationId } from './evaluation-ids.ts';

export interface EvaluationQuestion {
  /** [a-z] only: written into the saved state as <id><answer> (see evaluation-ids.ts). */
  id: EvaluationId;
  text: string;
  /** What 1 and 5 mean on this question's scale. */
  low: string;
  high: string;
}

export const EVALUATION_QUESTIONS: EvaluationQuestion[] = [
  {
    id: 'before',
    text: 'Before this course, how confident were you in using learning from reviews in your practice?',
    low: 'Not at all confident',
    high: 'Very confident',
  },
  {
    id: 'after',
    text: 'Now, after this course, how confident are you in using learning from reviews in your practice?',
    low: 'Not at all confident',
    high: 'Very confident',
  },
  { id: 'useful', text: 'How useful was this course?', low: 'Not at all useful', high: 'Very useful' },
  { id: 'role', text: 'How relevant was this course to your role?', low: 'Not at all relevant', high: 'Very relevant' },
];

export const EVALUATION_SCALE = [1, 2, 3, 4, 5] as const;

/** The interaction id an administrator sees in the LMS's report, e.g. "evaluation-useful". */
export const evaluationInteractionId = (questionId: string) => `evaluation-${questionId}`;

/**
 * The answers as unscored likert interactions, in question order: result neutral, weight 0,
 * no correct response, the answer as one character (SCORM 1.2 likert takes one).
 */
export function evaluationInteractions(answers: Record<string, number>, time: Date): InteractionRecord[] {
  return EVALUATION_QUESTIONS.filter((q) => isEvaluationAnswer(answers[q.id])).map((q) => ({
    id: evaluationInteractionId(q.id),
    type: 'likert',
    response: [String(answers[q.id])],
    correct: [],
    result: 'neutral',
    weighting: 0,
    latencyMs: 0,
    time,
    description: q.text,
  }));
}
