/**
 * The course map: every lesson with its status, overall progress, and a way to continue
 * where the learner left off.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { courseProgress, lessonStatus, resumeTarget } from '../../lib/progress-rules.ts';
import { useStore } from '../../state/store.ts';
import { STATUS_LABEL } from './status-label.ts';
import { AssessmentEntry } from './assessment-entry.tsx';
import { SkippedLine } from '../../components/skipped-lessons.tsx';

export function CourseMapPage() {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const summary = courseProgress(course, progress);
  const target = resumeTarget(course, progress);
  const started = Object.keys(progress.lessons).length > 0;
  const totalMinutes = course.lessons.reduce((sum, l) => sum + l.minutes, 0);
  const targetTitle = course.lessons.find((l) => l.id === target?.lesson)?.title;

  return (
    <>
      <PageHeading title={course.title} />
      <p>{course.description}</p>
      <p>
        {course.lessons.length} short lessons, about {totalMinutes} minutes in all. Take them in any order and at your own pace.
      </p>

      <section aria-labelledby="progress-heading" className="progress-panel">
        <h2 id="progress-heading">Your progress</h2>
        <p id="progress-text">
          {summary.done} of {summary.required} lessons done
          {summary.skipped > 0 && `, ${summary.skipped} skipped`}
          {summary.done === summary.required ? ': you have finished every lesson.' : '.'}
        </p>
        <progress max={summary.required} value={summary.done} aria-labelledby="progress-heading" aria-describedby="progress-text" />
        {target && targetTitle && (
          <p>
            <Link className="button primary" to={paths.lesson(target.lesson, target.section)}>
              {started ? 'Continue where you left off' : 'Start the course'}
              <span className="visually-hidden">: {targetTitle}</span>
            </Link>
          </p>
        )}
      </section>

      <h2>Lessons</h2>
      <ol className="lesson-list">
        {course.lessons.map((lesson) => {
          const status = lessonStatus(progress.lessons[lesson.id]);
          return (
            <li key={lesson.id} className={`lesson-item status-${status}`} data-lesson={lesson.id}>
              <Link to={paths.lesson(lesson.id)} aria-describedby={`status-${lesson.id}`}>
                {lesson.title}
              </Link>
              <span className="lesson-meta" id={`status-${lesson.id}`}>
                <span className="status">{STATUS_LABEL[status]}</span>
                <span>{lesson.minutes} min</span>
                {lesson.optional && <span>Optional</span>}
                {lesson.contentNote && <span>Content note</span>}
              </span>
              <SkippedLine lesson={lesson} />
            </li>
          );
        })}
      </ol>
      <AssessmentEntry />
      <p className="briefing-link">
        Leading a team briefing? <Link to={paths.briefing}>Show lessons as slides (presentation mode)</Link>
      </p>
    </>
  );
}
