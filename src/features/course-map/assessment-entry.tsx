/** The final assessment in the course map's Finish group, with where the learner stands and any lessons skipped on their content notes. */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { useStore } from '../../state/store.ts';
import { SkippedLessons } from '../../components/skipped-lessons.tsx';
import { StatusIcon, type IconStatus } from './status-icon.tsx';

export function AssessmentEntry() {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const status = assessmentStatus(course, progress);
  if (!course.assessment || !status) return null;
  const [state, icon]: [string, IconStatus] = status.passed
    ? [`Passed: ${status.counted!.score}%`, 'done']
    : status.inProgress
      ? ['In progress', 'in-progress']
      : status.counted
        ? [`Not passed yet: ${status.counted.score}%`, 'not-started']
        : status.locked
          ? ['Opens when every lesson is done', 'locked']
          : ['Not started', 'not-started'];
  const { minutes } = course.assessment;
  return (
    <li className={`assessment-entry status-${icon}`}>
      <StatusIcon status={icon} />
      <Link to={paths.assessment} aria-describedby="assessment-meta">
        Final assessment: {course.assessment.scenarios} fictional scenarios
      </Link>
      <span className="lesson-meta" id="assessment-meta">
        <span id="assessment-state" className="status">
          {state}
        </span>
        {minutes !== undefined && <span>{minutes} min</span>}
      </span>
      <SkippedLessons />
    </li>
  );
}
