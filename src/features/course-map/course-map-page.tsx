/**
 * The course map: the lessons in groups (Start here, the reviews, the themes, Finish),
 * each with its progress and time left, the course's time, and one main button that
 * always leads to the next thing.
 */
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourseSource } from '../../components/course-context.tsx';
// Saving progress to a file is for the web edition only, and below the fold: its own chunk.
const ProgressFilePanel = lazy(() => import('../../components/progress-file-panel.tsx').then((m) => ({ default: m.ProgressFilePanel })));
import { PageHeading } from '../../components/page-heading.tsx';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { nextStep } from '../../lib/next-step.ts';
import { courseProgress } from '../../lib/progress-rules.ts';
import { useStore } from '../../state/store.ts';
import { courseTimeText } from './course-time.ts';
import { groupLessons } from './lesson-groups.ts';
import { LessonGroupSection } from './lesson-group.tsx';
import { MainStep } from './main-step.tsx';
import './course-map.css';

export function CourseMapPage() {
  const { course, edition = 'web' } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const summary = courseProgress(course, progress);
  const status = assessmentStatus(course, progress);
  const assessment = status && { passed: status.passed, minutes: course.assessment?.minutes };
  const groups = groupLessons(course.lessons, course.assessment !== undefined);

  return (
    <>
      <PageHeading title={course.title} />
      <p>{course.description}</p>
      <p id="course-time">{courseTimeText(course)} Take the lessons in any order and at your own pace.</p>

      <section aria-labelledby="progress-heading" className="progress-panel">
        <h2 id="progress-heading">Your progress</h2>
        <p id="progress-text">
          {summary.done} of {summary.required} lessons done
          {summary.skipped > 0 && `, ${summary.skipped} skipped`}
          {summary.done === summary.required ? ': you have finished every lesson.' : '.'}
        </p>
        <progress max={summary.required} value={summary.done} aria-labelledby="progress-heading" aria-describedby="progress-text" />
        <MainStep step={nextStep(course, progress)} course={course} />
      </section>

      {edition === 'web' && summary.done > 0 && (
        <div className="notice persistent" data-notice="browser-only">
          <p>Your progress is kept in this browser only. Save it to a file below to keep it safe or to carry on on another device.</p>
        </div>
      )}
      {groups.map((group) => (
        <LessonGroupSection key={group.id} group={group} progress={progress} assessment={assessment} />
      ))}
      {edition === 'web' && (
        <Suspense fallback={null}>
          <ProgressFilePanel />
        </Suspense>
      )}
      <p>
        <Link to={paths.record}>My record</Link>: your reflections and a record of this course for your CPD.
      </p>
      <section aria-labelledby="briefings-heading" className="briefings-entry">
        <h2 id="briefings-heading">Team briefings</h2>
        <p>
          For leading a session with your team: 7-minute briefings, lessons as slides, group scenarios, a handout and a guide for
          facilitators.
        </p>
        <Link className="button" to={paths.briefing}>
          Open Team briefings
        </Link>
      </section>
    </>
  );
}
