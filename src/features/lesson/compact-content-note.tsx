/**
 * The compact content note: first on the page of a distressing lesson that has no full-page
 * note. Twenty full pages in an hour taught learners to click through them (issue 9), so
 * most lessons carry this instead: the same words and topics as a full note and the same
 * choices, inside the lesson, beside its title and aims. The lesson page keeps the section's
 * text off the screen until the learner chooses to continue (see lesson-page.tsx); after
 * that, one line keeps the topics and the way to support in view.
 */
import { Link } from 'react-router';
import type { ContentNote } from '../../course/types.ts';
import { paths } from '../../config/paths.ts';

interface Props {
  note: ContentNote;
  /** The learner has continued past the note in this window: one line is left. */
  continued: boolean;
  onContinue: () => void;
  onSkip: () => void;
}

export function CompactContentNote({ note, continued, onContinue, onSkip }: Props) {
  if (continued) {
    return (
      <p className="content-note compact-note continued">
        <strong>Content note:</strong> {note.topics.join('; ')}. <Link to={paths.support}>Get support</Link>
      </p>
    );
  }
  return (
    <section className="content-note compact-note" aria-labelledby="compact-note-heading">
      <h2 id="compact-note-heading">Content note</h2>
      <p>{note.text}</p>
      <p className="compact-note-topics" id="compact-note-topics">
        This lesson includes:
      </p>
      <ul aria-labelledby="compact-note-topics">
        {note.topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onContinue}>
          Continue to the lesson
        </button>
        <Link className="button" to={paths.home} onClick={onSkip}>
          Skip for now
        </Link>
        <Link className="button" to={paths.support}>
          Get support
        </Link>
      </div>
    </section>
  );
}
