/**
 * Scenarios for group discussion: the list of them, or one on the room's screen (group-room.tsx):
 * the situation and the choices; the group agrees on one, Reveal shows where each choice
 * leads and why; then the discussion questions. Nothing is scored, saved or sent.
 */
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Assessment } from '../../course/quiz-types.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAssessment } from '../../components/use-assessment.ts';
import { GroupRoom } from './group-room.tsx';

export function GroupScenarioPage() {
  const { scenarioId } = useParams();
  const { assessment } = useAssessment();
  if (assessment === undefined) return <p className="loading">Loading the scenarios…</p>;
  if (!assessment) return <PageHeading title="This course has no scenarios" />;
  const scenario = assessment.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return <ScenarioChooser assessment={assessment} />;
  return <GroupRoom key={scenario.id} scenario={scenario} />;
}

function ScenarioChooser({ assessment }: { assessment: Assessment }) {
  return (
    <>
      <PageHeading title="Group scenarios" />
      <p>
        Fictional scenarios to discuss together, shown full screen for the room. Next (or a clicker) reveals each answer, then moves on.
        Nothing here is scored or recorded.
      </p>
      <ul>
        {assessment.scenarios.map((s) => (
          <li key={s.id}>
            <Link to={paths.group(s.id)}>{s.title}</Link> ({s.theme.title})
          </li>
        ))}
      </ul>
    </>
  );
}
