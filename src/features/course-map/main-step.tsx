/**
 * The course map's one main button: it always leads to the next thing (src/lib/next-step.ts),
 * from "Start the course" to "Take the final assessment", and then says "Course complete".
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { CourseMeta } from '../../course/types.ts';
import type { NextStep } from '../../lib/next-step.ts';
import { CourseComplete } from '../../components/course-complete.tsx';

export function MainStep({ step, course }: { step: NextStep; course: CourseMeta }) {
  if (step.kind === 'complete') {
    return (
      <>
        <CourseComplete score={step.score} headingLevel={3} />
        {step.score !== undefined && (
          <p>
            <Link to={paths.assessmentResults}>See your result</Link>
          </p>
        )}
      </>
    );
  }
  if (step.kind === 'no-attempts-left') {
    return (
      <>
        <p>
          You have used all your attempts at the final assessment; your result is {step.score}%. Talk to your manager or learning team if
          you need another.
        </p>
        <p>
          <Link className="button primary main-step" to={paths.assessmentResults}>
            See your result
          </Link>
        </p>
      </>
    );
  }
  if (step.kind === 'assessment') {
    return (
      <p>
        <Link className="button primary main-step" to={paths.assessment}>
          {step.inProgress ? 'Continue the final assessment' : 'Take the final assessment'}
        </Link>
      </p>
    );
  }
  const title = course.lessons.find((l) => l.id === step.lesson)?.title;
  return (
    <p>
      <Link className="button primary main-step" to={paths.lesson(step.lesson, step.section)}>
        {step.kind === 'start' ? 'Start the course' : 'Continue where you left off'}
        {title && <span className="visually-hidden">: {title}</span>}
      </Link>
    </p>
  );
}
