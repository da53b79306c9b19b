/** The group scenarios, each a link to run it in the room; loaded with the assessment's own chunk. */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useAssessment } from '../../components/use-assessment.ts';

export function GroupScenarioList() {
  const { assessment, failed, retry } = useAssessment();
  if (failed) {
    return (
      <p>
        The scenarios did not load.{' '}
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </p>
    );
  }
  if (assessment === undefined) return <p className="loading">Loading the scenarios…</p>;
  if (!assessment) return <p>This course has no scenarios.</p>;
  return (
    <ul>
      {assessment.scenarios.map((s) => (
        <li key={s.id}>
          <Link to={paths.group(s.id)}>{s.title}</Link> ({s.theme.title})
        </li>
      ))}
    </ul>
  );
}
