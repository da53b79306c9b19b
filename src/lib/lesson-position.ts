/**
 * Where the learner is inside the course and the lesson: "Lesson 5 of 16 · Part 2 of 4",
 * and each part's state for the lesson's outline. Lessons are numbered in course order,
 * optional ones included, as the course map numbers them.
 */
import type { LessonSummary } from '../course/types.ts';
import type { LessonProgress } from '../course/progress.ts';

export interface LessonPosition {
  lesson: number;
  lessons: number;
  part: number;
  parts: number;
}

/** The position of a lesson's section, 1-based; undefined when the lesson or section is not in the course. */
export function lessonPosition(
  lessons: Pick<LessonSummary, 'id' | 'sections'>[],
  lessonId: string,
  sectionId: string,
): LessonPosition | undefined {
  const lessonIndex = lessons.findIndex((l) => l.id === lessonId);
  if (lessonIndex < 0) return undefined;
  const sections = lessons[lessonIndex].sections;
  const partIndex = sections.findIndex((s) => s.id === sectionId);
  if (partIndex < 0) return undefined;
  return { lesson: lessonIndex + 1, lessons: lessons.length, part: partIndex + 1, parts: sections.length };
}

export const lessonText = (p: LessonPosition) => `Lesson ${p.lesson} of ${p.lessons}`;
export const partText = (p: LessonPosition) => `Part ${p.part} of ${p.parts}`;
/** The whole line, as the page shows it. */
export const positionText = (p: LessonPosition) => `${lessonText(p)} · ${partText(p)}`;

export type PartState = 'current' | 'done' | 'not-started';

/**
 * Each part's state: the one on screen is current; a part up to the furthest reached (or
 * any part of a finished lesson) is done; the rest are not started.
 */
export function partStates(sections: { id: string }[], progress: LessonProgress | undefined, currentId: string): PartState[] {
  const furthest = progress ? sections.findIndex((s) => s.id === progress.at) : -1;
  return sections.map((s, i) => {
    if (s.id === currentId) return 'current';
    if (progress?.done || i <= furthest) return 'done';
    return 'not-started';
  });
}

export const PART_STATE_LABEL: Record<PartState, string> = {
  current: 'You are here',
  done: 'Done',
  'not-started': 'Not started',
};
