/**
 * The course map, a page of its own chunk: a cover (the title, where the learning comes from,
 * what the learner will be able to do, their progress and the one main button to the next
 * thing), then the lessons as cards by group (Start here, the reviews, the themes, Finish),
 * each with its progress and time left. Its styles load with it, out of the lesson's first load.
 */
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourseSource } from '../../components/course-context.tsx';
// Saving progress to a file is for the web edition only, and below the fold: its own chunk.
const ProgressFilePanel = lazy(() => import('../../components/progress-file-panel.tsx').then((m) => ({ default: m.ProgressFilePanel })));
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { nextStep } from '../../lib/next-step.ts';
import { courseProgress } from '../../lib/progress-rules.ts';
import { useStore } from '../../state/store.ts';
import { groupLessons } from './lesson-groups.ts';
import { LessonGroupSection } from './lesson-group.tsx';
import { MainStep } from './main-step.tsx';
import { MapCoverAbout, MapCoverIntro } from './map-cover.tsx';
import './course-map.css';

export function CourseMapPage() {
  const { course, edition = 'web' } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const summary = courseProgress(course, progress);
  const status = assessmentStatus(course, progress);
  const assessment = status && { passed: status.passed, minutes: course.assessment?.minutes };
  const groups = groupLessons(course.lessons, course.assessment !== undefined);

  return (
    <div className="course-map">
      <div className="map-cover">
        <MapCoverIntro />
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
        <MapCoverAbout />
      </div>

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
      <div className="map-more">
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">My record</h2>
          <p>Your reflections and a record of this course for your CPD, to save or print.</p>
          <Link className="button" to={paths.record}>
            Open My record
          </Link>
        </section>
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
      </div>
    </div>
  );
}
