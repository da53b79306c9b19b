/**
 * The full-page content note, shown before a scenario, at the start of the course, and
 * before the few lessons chosen to keep one (see ContentNote.gate): learners may have
 * lived through these topics, so they are told first and choose. The learner chooses:
 * continue, leave it for now (a skipped lesson is recorded, so the course can say what
 * that means), or get support. Other lessons use the compact note in features/lesson.
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
  /** The learner chose "Skip for now" (a lesson); the link then goes to the course map. */
  onSkip?: () => void;
  /** The course's first note lists the topics of the whole course, not of one lesson. */
  wholeCourse?: boolean;
}

export function ContentNoteGate({ title, note, what, onContinue, onSkip, wholeCourse }: Props) {
  return (
    <article className="content-note">
      <PageHeading title={`Content note: ${title}`} />
      <p>{note.text}</p>
      <p>{wholeCourse ? 'This course includes:' : what === 'lesson' ? 'This lesson includes:' : 'This fictional scenario includes:'}</p>
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
        <Link className="button" to={paths.home} onClick={onSkip}>
          {what === 'lesson' ? 'Skip for now' : 'Stop for now'}
        </Link>
        <Link className="button" to={paths.support}>
          Get support
        </Link>
      </div>
    </article>
  );
}
