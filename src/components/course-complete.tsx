/**
 * "Course complete" with the result: said the same way on the course map and at the end
 * of the assessment, so the learner hears one answer to "am I finished?", with the way to
 * the certificate of completion (offered from here only).
 */
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';

export function CourseComplete({ score, headingLevel = 2 }: { score?: number; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="course-complete">
      <Heading className="course-complete-title">Course complete</Heading>
      <p>
        {score === undefined
          ? 'You have finished every lesson.'
          : `You have finished every lesson and passed the final assessment with ${score}%.`}
      </p>
      <p>
        <Link to={paths.certificate}>Get your certificate of completion</Link>
      </p>
    </div>
  );
}
