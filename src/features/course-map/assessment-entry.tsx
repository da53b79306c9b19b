/** The final assessment on the course map, with where the learner stands and any lessons skipped on their content notes. */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { useStore } from '../../state/store.ts';
import { SkippedLessons } from '../../components/skipped-lessons.tsx';

export function AssessmentEntry() {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const status = assessmentStatus(course, progress);
  if (!course.assessment || !status) return null;
  const state = status.passed
    ? `Passed: ${status.counted!.score}%`
    : status.inProgress
      ? 'In progress'
      : status.counted
        ? `Not passed yet: ${status.counted.score}%`
        : status.locked
          ? 'Opens when every lesson is done'
          : 'Not started';
  return (
    <section aria-labelledby="assessment-heading" className="assessment-entry">
      <h2 id="assessment-heading">Final assessment</h2>
      <p>
        <Link to={paths.assessment} aria-describedby="assessment-state">
          Final assessment: {course.assessment.scenarios} fictional scenarios
        </Link>{' '}
        <span id="assessment-state" className="status">
          {state}
        </span>
      </p>
      <SkippedLessons />
    </section>
  );
}
