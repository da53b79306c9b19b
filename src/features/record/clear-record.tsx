/**
 * Clearing: one action, confirmed, that deletes the reflections, notes and dates from this
 * browser. It never touches the saved progress or what the LMS holds.
 */
import { useEffect, useRef, useState } from 'react';
import type { LearnerRecordStore } from '../../tracking/learner-record.ts';

export function ClearRecord({ store, edition }: { store: LearnerRecordStore; edition: 'web' | 'lms' }) {
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question, and comes back to the button after it (keyboard users are never left on the page's body).
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);
  const lms = edition === 'lms' ? ' What your learning system holds is not changed.' : ' Your progress through the course is not changed.';
  return (
    <section aria-labelledby="record-clear" className="no-print">
      <h2 id="record-clear">Clear my record from this device</h2>
      <p>Deletes your reflections, notes and dates studied from this browser.{lms}</p>
      {asking ? (
        <div className="confirm">
          <p ref={question} tabIndex={-1}>
            Delete your reflections and notes from this browser? This cannot be undone: download your record first if you want to keep it.
          </p>
          <div className="record-actions">
            <button
              type="button"
              className="record-button danger"
              onClick={() => {
                const gone = store.clear();
                setAsking(false);
                setSaid(
                  gone
                    ? 'Your reflections and notes have been deleted from this browser.'
                    : 'Your reflections and notes have been deleted from this window.',
                );
              }}
            >
              Yes, delete them
            </button>
            <button type="button" className="record-button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" className="record-button" onClick={() => setAsking(true)}>
          Clear my record
        </button>
      )}
      <p role="status">{said}</p>
    </section>
  );
}
