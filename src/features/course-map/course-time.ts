/**
 * How long the course takes, said on the map: the lessons and the final assessment
 * separately, and the assessment's time only once the build has measured it.
 */
import type { CourseMeta } from '../../course/types.ts';
import { minutes } from './lesson-groups.ts';

export function courseTimeText(course: Pick<CourseMeta, 'lessons' | 'assessment'>): string {
  const lessonMinutes = course.lessons.reduce((sum, l) => sum + l.minutes, 0);
  const lessons = `${course.lessons.length} short lesson${course.lessons.length === 1 ? '' : 's'}, about ${minutes(lessonMinutes)} in all`;
  if (!course.assessment) return `${lessons}.`;
  return `${lessons}, then the final assessment, about ${minutes(course.assessment.minutes)}.`;
}
