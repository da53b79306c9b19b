/**
 * Shown before a lesson about deaths, suicide, abuse or violence (DOMAIN.md, care for
 * the learner). The learner chooses: continue, skip for now (the lesson stays not done),
 * or get support.
 */
import { Link } from 'react-router';
import type { ContentNote } from '../../course/types.ts';
import { paths } from '../../config/paths.ts';
import { PageHeading } from '../../components/page-heading.tsx';

interface Props {
  lessonTitle: string;
  note: ContentNote;
  onContinue: () => void;
}

export function ContentNoteGate({ lessonTitle, note, onContinue }: Props) {
  return (
    <article className="content-note">
      <PageHeading title={`Content note: ${lessonTitle}`} />
      <p>{note.text}</p>
      <p>This lesson includes:</p>
      <ul>
        {note.topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
      <p>You can take a break at any time. If anything here affects you, support is available.</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onContinue}>
          Continue to the lesson
        </button>
        <Link className="button" to={paths.home}>
          Skip for now
        </Link>
        <Link className="button" to={paths.support}>
          Get support
        </Link>
      </div>
    </article>
  );
}
