/** Choose one lesson or several to show as slides, in the course's order. */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';

export function LessonDeckPicker() {
  const course = useCourse();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
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
