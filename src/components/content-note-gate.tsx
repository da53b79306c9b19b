/**
 * Shown before a lesson or scenario about deaths, suicide, abuse or violence: learners may
 * have lived through these, so they are told first and choose. The learner chooses: continue, leave it for now (a lesson stays
 * not done), or get support.
 */
import { Link } from 'react-router';
import type { ContentNote } from '../course/types.ts';
import { paths } from '../config/paths.ts';
import { PageHeading } from './page-heading.tsx';

interface Props {
  title: string;
  note: ContentNote;
  /** What follows: "lesson" or "scenario", in the words on the page. */
  what: 'lesson' | 'scenario';
  onContinue: () => void;
}

export function ContentNoteGate({ title, note, what, onContinue }: Props) {
  return (
    <article className="content-note">
      <PageHeading title={`Content note: ${title}`} />
      <p>{note.text}</p>
      <p>{what === 'lesson' ? 'This lesson includes:' : 'This fictional scenario includes:'}</p>
      <ul>
        {note.topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
      <p>You can take a break at any time. If anything here affects you, support is available.</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onContinue}>
          Continue to the {what}
        </button>
        <Link className="button" to={paths.home}>
          {what === 'lesson' ? 'Skip for now' : 'Stop for now'}
        </Link>
        <Link className="button" to={paths.support}>
          Get support
        </Link>
      </div>
    </article>
  );
}
