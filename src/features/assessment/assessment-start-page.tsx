/**
 * Before the assessment: what it is (fictional scenarios, how many decisions, the pass
 * mark, attempts left), or why it is not open yet.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useStore } from '../../state/store.ts';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { isSkipped, lessonsToDo } from '../../lib/progress-rules.ts';

export function AssessmentStartPage() {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const status = assessmentStatus(course, progress);
  if (!course.assessment || !status) return <PageHeading title="There is no assessment in this course" />;
  const { decisions, scenarios, attempts, keep } = course.assessment;
  const notDone = lessonsToDo(course, progress);

  return (
    <>
      <PageHeading title="Final assessment" />
      <p>
        {scenarios} short scenarios about situations like those in the reviews. The scenarios are fictional: the people and places in them
        are made up. You will make {decisions} decisions in all, and after each one you will see why it matters and where the course teaches
        it.
      </p>
      <ul className="facts">
        <li>Pass mark: {course.passMark}%</li>
        <li>
          Attempts: {attempts === 0 ? 'as many as you need' : `${status.attemptsLeft} of ${attempts} left`}
          {attempts !== 1 && ` (your ${keep === 'best' ? 'best' : 'latest'} score counts until you pass)`}
        </li>
        <li>No time limit. You can stop and come back: your answers are kept.</li>
      </ul>
      {status.counted && (
        <p className="result-line">
          Your result: {status.counted.score}% {status.passed ? '(passed)' : '(not passed yet)'}.{' '}
          <Link to={paths.assessmentResults}>See your result</Link>
        </p>
      )}
      {status.locked ? (
        <>
          <p>The assessment opens when you have finished every lesson. Still to do:</p>
          <ul>
            {notDone.map((l) => (
              <li key={l.id}>
                <Link to={paths.lesson(l.id)}>{l.title}</Link>
                {isSkipped(progress, l.id) && ' (skipped: the assessment opens when it is done)'}
              </li>
            ))}
          </ul>
        </>
      ) : status.attemptsLeft === 0 && !status.passed ? (
        <p>You have used all your attempts. Talk to your manager or learning team if you need another.</p>
      ) : (
        <p>
          <Link className="button primary" to={paths.assessmentRun}>
            {status.inProgress
              ? 'Continue the assessment'
              : status.passed
                ? 'Practise again (not recorded)'
                : status.attemptsUsed > 0
                  ? 'Try again'
                  : 'Start the assessment'}
          </Link>
        </p>
      )}
    </>
  );
}
