/** Where the learner stands with the assessment, from the store and the course (pure). */
import type { CourseMeta } from '../course/types.ts';
import { courseProgress } from './progress-rules.ts';
import { standing, type AssessmentStanding } from './quiz-rules.ts';
import type { Progress } from '../course/progress.ts';

export interface AssessmentStatus extends AssessmentStanding {
  /** Closed until every lesson is done, unless the course says otherwise. */
  locked: boolean;
  inProgress: boolean;
  passed: boolean;
}

export function assessmentStatus(course: CourseMeta, progress: Progress): AssessmentStatus | undefined {
  if (!course.assessment) return undefined;
  const quiz = progress.quiz;
  const s = standing(quiz?.records ?? [], course.assessment.attempts, course.assessment.keep);
  return {
    ...s,
    locked: course.assessmentAfterLessons && !courseProgress(course, progress).complete,
    inProgress: (quiz?.answers.length ?? 0) > 0 || quiz?.at !== undefined,
    passed: s.counted?.passed === true,
  };
}
