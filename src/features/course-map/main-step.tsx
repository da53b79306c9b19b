/**
 * The course map's one main button: it always leads to the next thing (src/lib/next-step.ts),
 * from "Start the course" to "Take the final assessment", and then says "Course complete".
 * Above it, what that next thing is, so the learner knows where the button goes.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { CourseMeta } from '../../course/types.ts';
import type { NextStep } from '../../lib/next-step.ts';
import { lessonPosition, lessonText, partText } from '../../lib/lesson-position.ts';
import { CourseComplete } from '../../components/course-complete.tsx';
import { LookIcon } from '../../components/look-icon.tsx';
import { minutes } from './lesson-groups.ts';

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
    const a = course.assessment;
    return (
      <UpNext
        title="Final assessment"
        facts={a ? [`${a.scenarios} fictional scenarios`, `about ${minutes(a.minutes)}`] : []}
        to={paths.assessment}
        label={step.inProgress ? 'Continue the final assessment' : 'Take the final assessment'}
      />
    );
  }
  const lesson = course.lessons.find((l) => l.id === step.lesson);
  const at = step.section && lessonPosition(course.lessons, step.lesson, step.section);
  const first = lesson && lessonPosition(course.lessons, lesson.id, lesson.sections[0].id);
  return (
    <UpNext
      title={lesson?.title}
      look={lesson?.look}
      facts={[
        ...(first ? [lessonText(first)] : []),
        ...(at && at.part > 1 ? [partText(at)] : []),
        ...(lesson ? [`about ${minutes(lesson.minutes)}`] : []),
      ]}
      to={paths.lesson(step.lesson, step.section)}
      label={step.kind === 'start' ? 'Start the course' : 'Continue where you left off'}
      named
    />
  );
}

interface UpNextProps {
  title?: string;
  look?: string;
  facts: string[];
  to: string;
  label: string;
  /** The button's name ends with the title too ("Continue where you left off: …"), for a list of links read out of context. */
  named?: boolean;
}

function UpNext({ title, look, facts, to, label, named }: UpNextProps) {
  return (
    <div className="up-next">
      {title && (
        <>
          <h3 className="up-next-title">
            <span className="up-next-label">
              Up next<span className="visually-hidden">:</span>
            </span>{' '}
            <LookIcon look={look} />
            {title}
          </h3>
          {facts.length > 0 && <p className="up-next-facts">{facts.join(' · ')}</p>}
        </>
      )}
      <p>
        <Link className="button primary main-step" to={to}>
          {label}
          {named && title && <span className="visually-hidden">: {title}</span>}
        </Link>
      </p>
    </div>
  );
}
