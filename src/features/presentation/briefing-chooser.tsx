/** Choose what to present: a 7-minute briefing on one theme, or one lesson or several as slides. */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

export function BriefingChooser() {
  const course = useCourse();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <PageHeading title="Team briefing" />
      <p>Choose the lessons to show as slides on a projector. Nothing in presentation mode is scored or recorded.</p>
      <h2>7-minute briefing on one theme</h2>
      <ul>
        {course.lessons
          .filter((l) => l.kind === 'theme')
          .map((l) => (
            <li key={l.id}>
              <Link to={paths.sevenMinute(l.id)}>{l.title}</Link>
            </li>
          ))}
      </ul>
      <h2>Lessons as slides</h2>
      <p>
        <Link to={paths.handout}>Printable handout</Link> with each theme's key messages, the reviews, questions and support contacts.{' '}
        <Link to={paths.group()}>Group scenarios</Link> to discuss together.
      </p>
      <fieldset>
        <legend>Lessons</legend>
        <ul className="choices">
          {course.lessons.map((l) => (
            <li key={l.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(l.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.id] : c.filter((x) => x !== l.id)))}
                />
                {l.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen.length > 0 && (
        <Link className="button primary" to={paths.present(course.lessons.filter((l) => chosen.includes(l.id)).map((l) => l.id))}>
          Start the presentation
        </Link>
      )}
    </>
  );
}
