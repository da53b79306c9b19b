/** A scenario's content note, before its first step: continue, stop for now, or get support. */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Scenario } from '../../course/quiz-types.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useStore } from '../../state/store.ts';

export function ScenarioNote({ scenario }: { scenario: Scenario }) {
  const note = scenario.contentNote!;
  return (
    <article className="content-note">
      <PageHeading title={`Content note: ${scenario.title}`} />
      <p>{note.text}</p>
      <p>This fictional scenario includes:</p>
      <ul>
        {note.topics.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => useStore.getState().acknowledgeNote(`scenario:${scenario.id}`)}>
          Continue to the scenario
        </button>
        <Link className="button" to={paths.home}>
          Stop for now
        </Link>
        <Link className="button" to={paths.support}>
          Get support
        </Link>
      </div>
    </article>
  );
}
