/**
 * Scenarios for group discussion: the list of them, or one on the room's screen (group-room.tsx):
 * the situation and the choices; the group agrees on one, Reveal shows where each choice
 * leads and why; then the discussion questions. Nothing is scored, saved or sent.
 */
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAssessment } from '../../components/use-assessment.ts';
import { GroupRoom } from './group-room.tsx';
import { GroupScenarioList } from './group-scenario-list.tsx';

export function GroupScenarioPage() {
  const { scenarioId } = useParams();
  const { assessment, failed } = useAssessment();
  if (assessment === undefined && !failed) return <p className="loading">Loading the scenarios…</p>;
  if (assessment === null) return <PageHeading title="This course has no scenarios" />;
  const scenario = assessment?.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return <ScenarioChooser />;
  return <GroupRoom key={scenario.id} scenario={scenario} />;
}

/** The list (shared with the Team briefings page), which also offers a retry if the scenarios failed to load. */
function ScenarioChooser() {
  return (
    <>
      <PageHeading title="Group scenarios" />
      <p>
        Fictional scenarios to discuss together, shown full screen for the room. Next (or a clicker) reveals each answer, then moves on.
        Nothing here is scored or recorded.
      </p>
      <GroupScenarioList />
    </>
  );
}
