/**
 * What comes next for the learner: the one thing the course map's main button and the end
 * of a lesson lead to. Pure, so the map, the lessons and the tests agree on one rule: the
 * lessons first, then the final assessment, then "course complete". Nobody who has done
 * every lesson is sent back to a lesson they have finished.
 */
import type { CourseMeta } from '../course/types.ts';
import type { Progress } from '../course/progress.ts';
import { assessmentStatus } from './assessment-status.ts';
import { courseProgress, resumeTarget } from './progress-rules.ts';

export type NextStep =
  /** Nothing begun yet: the first lesson. */
  | { kind: 'start'; lesson: string; section?: string }
  /** A lesson still to finish: where the learner left off, or the first unfinished one. */
  | { kind: 'continue'; lesson: string; section?: string }
  /** Every lesson done: the final assessment (an attempt may be under way). */
  | { kind: 'assessment'; inProgress: boolean }
  /** Every attempt used without a pass: the result is what is left to see. */
  | { kind: 'no-attempts-left'; score: number }
  /** Nothing left: every lesson done and, where there is an assessment, passed. */
  | { kind: 'complete'; score?: number };

export function nextStep(course: CourseMeta, progress: Progress): NextStep {
  const lessons = courseProgress(course, progress);
  const status = assessmentStatus(course, progress);
  // With `assessmentAfterLessons: false`, passing the assessment completes the course on its own.
  if (status?.passed && (lessons.complete || !course.assessmentAfterLessons)) return { kind: 'complete', score: status.counted!.score };
  if (!lessons.complete) {
    const target = resumeTarget(course, progress);
    if (target) {
      const started = Object.keys(progress.lessons).length > 0;
      return { kind: started ? 'continue' : 'start', lesson: target.lesson, ...(target.section ? { section: target.section } : {}) };
    }
  }
  if (!status) return { kind: 'complete' };
  if (status.attemptsLeft === 0) return { kind: 'no-attempts-left', score: status.counted!.score };
  return { kind: 'assessment', inProgress: status.inProgress };
}

export type AfterLesson = { kind: 'lesson'; lesson: string } | { kind: 'assessment' } | { kind: 'map' };

/**
 * Where the last button of a lesson leads. The lesson on screen counts as done (reaching
 * its last section finishes it), so the button is right from the first render: the final
 * assessment once nothing else is left, else the next lesson in course order, else the map.
 */
export function afterLesson(course: CourseMeta, progress: Progress, lessonId: string): AfterLesson {
  const current = progress.lessons[lessonId];
  const withThis: Progress = {
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { at: current?.at ?? '', done: true } },
  };
  if (nextStep(course, withThis).kind === 'assessment') return { kind: 'assessment' };
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const next = course.lessons[index + 1];
  return next ? { kind: 'lesson', lesson: next.id } : { kind: 'map' };
}
