/**
 * The three CPD headings, written by the learner: what I learnt, how it will change my
 * practice, what I will discuss in supervision or with colleagues. On paper the text
 * prints in place of the boxes.
 */
import type { NoteKey } from '../../tracking/learner-record.ts';

const HEADINGS: { key: NoteKey; title: string; hint: string }[] = [
  { key: 'learnt', title: 'What I learnt', hint: 'The main things you take from the course.' },
  { key: 'change', title: 'How it will change my practice', hint: 'What you will do differently, and when.' },
  {
    key: 'discuss',
    title: 'What I will discuss in supervision or with colleagues',
    hint: 'Questions or cases to reflect on with others (without identifying details).',
  },
];

export function RecordNotes({
  notes,
  onChange,
}: {
  notes: Partial<Record<NoteKey, string>>;
  onChange: (key: NoteKey, text: string) => void;
}) {
  return (
    <section aria-labelledby="record-cpd">
      <h2 id="record-cpd">My CPD reflection</h2>
      {HEADINGS.map(({ key, title, hint }) => (
        <div key={key} className="field record-note">
          <h3>
            <label htmlFor={`note-${key}`}>{title}</label>
          </h3>
          <p id={`note-${key}-hint`} className="hint no-print">
            {hint}
          </p>
          <textarea
            id={`note-${key}`}
            className="no-print"
            rows={5}
            aria-describedby={`note-${key}-hint`}
            value={notes[key] ?? ''}
            onChange={(e) => onChange(key, e.target.value)}
          />
          <p className="print-only preserve-lines">{notes[key]?.trim() || '(not written yet)'}</p>
        </div>
      ))}
    </section>
  );
}
