/**
 * Says plainly what skipping a lesson on its content note means, with the way back to it:
 * one line beside the lesson on the course map, and the list where the assessment is
 * offered. Whether a skipped lesson still counts is the course's setting
 * countSkippedLessons (settings.json; off unless an administrator turns it on).
 */
import { Link } from 'react-router';
import type { CourseMeta, LessonSummary } from '../course/types.ts';
import { paths } from '../config/paths.ts';
import { isSkipped } from '../lib/progress-rules.ts';
import { useStore } from '../state/store.ts';
import { useCourse } from './course-context.tsx';

/** What a skip means for this course, as one sentence that reads true with every setting. */
export function skippedSentence(course: Pick<CourseMeta, 'assessment' | 'assessmentAfterLessons' | 'countSkippedLessons'>): string {
  if (course.countSkippedLessons) return 'Skipped: it still counts towards finishing the lessons. You can come back to it at any time.';
  if (!course.assessment) return 'Skipped: the course is complete when every lesson is done.';
  if (course.assessmentAfterLessons) return 'Skipped: the assessment opens when every lesson is done.';
  return 'Skipped: you can come back to it at any time.';
}

/** Beside a lesson: nothing unless the learner skipped it and has not finished it since. */
export function SkippedLine({ lesson }: { lesson: Pick<LessonSummary, 'id' | 'title'> }) {
  const course = useCourse();
  const skipped = useStore((s) => isSkipped(s.progress, lesson.id));
  if (!skipped) return null;
  return (
    <p className="skipped-line">
      {skippedSentence(course)}{' '}
      <Link to={paths.lesson(lesson.id)}>
        Go back to the lesson<span className="visually-hidden">: {lesson.title}</span>
      </Link>
    </p>
  );
}

/** Where the assessment is offered: the required lessons the learner skipped, each with its way back. */
export function SkippedLessons() {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const skipped = course.lessons.filter((l) => !l.optional && isSkipped(progress, l.id));
  if (skipped.length === 0) return null;
  return (
    <div className="skipped-lessons">
      <p>
        {course.countSkippedLessons
          ? 'You skipped these lessons on their content notes. They still count towards finishing the lessons, and you can go back to them at any time:'
          : `${skippedSentence(course)} You skipped:`}
      </p>
      <ul>
        {skipped.map((l) => (
          <li key={l.id}>
            <Link to={paths.lesson(l.id)}>Go back to {l.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
