/**
 * Hands the course (and a way to load a lesson's text) to the components. The app gives
 * the built course; tests give fixture content.
 */
import { createContext, useContext } from 'react';
import type { CourseMeta, Lesson } from '../course/types.ts';
import type { Assessment } from '../course/quiz-types.ts';
import type { ExitResult } from '../tracking/tracker.ts';

export interface CourseSource {
  course: CourseMeta;
  loadLesson: (id: string) => Promise<Lesson>;
  /** The assessment's scenarios, loaded when first needed. */
  loadAssessment: () => Promise<Assessment | null>;
  /**
   * Present when an LMS launched the course: ends the session (the Exit course button),
   * saying whether the LMS confirmed the last save and whether a copy is kept here.
   */
  exitCourse?: () => ExitResult;
  /** The course evaluation, when the administrator turned it on; `reachesLms` when an LMS records this session. */
  evaluation?: { reachesLms: boolean };
  /**
   * True when the course was launched by an LMS (a SCORM driver runs): a certificate is then
   * backed by a learning system. Otherwise (web edition, or no LMS found) it is self-declared.
   */
  lmsBacked?: boolean;
  /** The learner's name from the LMS, where it gives one (Tracker.learnerName). */
  learnerName?: () => string | undefined;
  /**
   * Whose private record (reflections) this is, as keyed in storage: "web" in the web
   * edition, "lms-<learner id>" under an LMS. Absent means "web".
   */
  learner?: string;
  /** "web" when no LMS records progress (it lives in this browser): offers the progress file. Absent means "web". */
  edition?: 'web' | 'lms';
}

export const CourseContext = createContext<CourseSource | null>(null);

export function useCourseSource(): CourseSource {
  const source = useContext(CourseContext);
  if (!source) throw new Error('useCourseSource needs a CourseContext provider');
  return source;
}

export const useCourse = (): CourseMeta => useCourseSource().course;
