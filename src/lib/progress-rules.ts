/**
 * Pure rules about progress: a lesson's status, the course's progress and completion,
 * and where "continue" goes. Shared by the app, the LMS reporting and the tests.
 */
import type { CourseMeta, LessonSummary } from '../course/types.ts';
import type { LessonProgress, Progress } from '../course/progress.ts';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return 'not-started';
  return progress.done ? 'done' : 'in-progress';
}

/** A lesson is done when its last section is reached. */
export function reachSection(
  lesson: Pick<LessonSummary, 'sections'>,
  previous: LessonProgress | undefined,
  sectionId: string,
): LessonProgress {
  const index = (id: string) => lesson.sections.findIndex((s) => s.id === id);
  const furthest = previous && index(previous.at) > index(sectionId) ? previous.at : sectionId;
  const done = previous?.done === true || index(sectionId) === lesson.sections.length - 1;
  return { at: furthest, done };
}

export interface CourseProgress {
  done: number;
  required: number;
  percent: number;
  complete: boolean;
}

/** Optional lessons count towards neither the total nor completion. */
export function courseProgress(course: Pick<CourseMeta, 'lessons'>, progress: Progress): CourseProgress {
  const required = course.lessons.filter((l) => !l.optional);
  const done = required.filter((l) => progress.lessons[l.id]?.done).length;
  const percent = required.length === 0 ? 100 : Math.round((done / required.length) * 100);
  return { done, required: required.length, percent, complete: done === required.length };
}

/** Where "continue where you left off" goes: the last place, or the first unfinished lesson. */
export function resumeTarget(course: Pick<CourseMeta, 'lessons'>, progress: Progress): { lesson: string; section?: string } | undefined {
  const { position } = progress;
  if (position && !progress.lessons[position.lesson]?.done) return position;
  const next = course.lessons.find((l) => !l.optional && !progress.lessons[l.id]?.done);
  if (next) return { lesson: next.id, section: progress.lessons[next.id]?.at };
  return position;
}

/**
 * Two records of the same learner's progress combined without losing anything: a lesson
 * done in either is done, the furthest section wins, and the newer record's position.
 */
export function mergeProgress(course: Pick<CourseMeta, 'lessons'>, older: Progress, newer: Progress): Progress {
  const lessons: Progress['lessons'] = { ...older.lessons };
  for (const [id, b] of Object.entries(newer.lessons)) {
    const a = lessons[id];
    const summary = course.lessons.find((l) => l.id === id);
    if (!a || !summary) {
      lessons[id] = b;
      continue;
    }
    const index = (s: string) => summary.sections.findIndex((x) => x.id === s);
    lessons[id] = { at: index(b.at) >= index(a.at) ? b.at : a.at, done: a.done || b.done };
  }
  const position = newer.position ?? older.position;
  // The assessment is not merged answer by answer: the newer record of it wins.
  const quiz = newer.quiz ?? older.quiz;
  return { lessons, ...(position ? { position } : {}), ...(quiz ? { quiz } : {}) };
}
