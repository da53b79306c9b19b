/**
 * Team briefings: everything a facilitator needs in one place, reached from the course map:
 * the 7-minute briefings, lessons as slides, the group scenarios, the handout and a short
 * guide. Nothing here is scored or recorded.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { FacilitatorGuide } from './facilitator-guide.tsx';
import { GroupScenarioList } from './group-scenario-list.tsx';
import { LessonDeckPicker } from './lesson-deck-picker.tsx';

export function TeamBriefingsPage() {
  const course = useCourse();
  return (
    <div className="team-briefings">
      <PageHeading title="Team briefings" />
      <p>
        For leading a session with your team on a projector or a shared screen. Nothing here is scored or recorded, and nothing changes
        anyone&apos;s progress in the course.
      </p>

      <section aria-labelledby="seven-minute-heading">
        <h2 id="seven-minute-heading">7-minute briefings</h2>
        <p>One theme in seven headings, the same every time, ending with questions for the team to discuss.</p>
        <ul>
          {course.lessons
            .filter((l) => l.kind === 'theme')
            .map((l) => (
              <li key={l.id}>
                <Link to={paths.sevenMinute(l.id)}>{l.title}</Link>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons as slides</h2>
        <p>Choose one lesson or several. They show in the course&apos;s order, with the support slide last.</p>
        <LessonDeckPicker />
      </section>

      <section aria-labelledby="group-heading">
        <h2 id="group-heading">Group scenarios</h2>
        <p>
          Fictional scenarios to discuss together, shown full screen. Next (or a clicker) reveals where each choice leads, then moves on.
        </p>
        <GroupScenarioList />
      </section>

      <section aria-labelledby="handout-heading">
        <h2 id="handout-heading">Handout</h2>
        <p>
          <Link to={paths.handout}>Printable handout</Link>: each theme&apos;s key messages, the reviews, questions for discussion and
          support contacts, to give out or leave on the table.
        </p>
      </section>

      <FacilitatorGuide />
    </div>
  );
}
