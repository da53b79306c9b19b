/**
 * Save progress to a file and load it back (web edition only: with an LMS, the LMS keeps
 * progress). Shown on the course map and on My record. A loaded file is checked and merged
 * (state/progress-file.ts); the outcome is announced, and a refused file changes nothing.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { FILE_PROBLEMS, loadProgressFile, makeProgressFile, MAX_FILE_BYTES } from '../state/progress-file.ts';
import { useStore } from '../state/store.ts';
import { today } from '../tracking/learner-record.ts';
import { useCourse } from './course-context.tsx';
import { downloadText } from './save-text.ts';
import { useLearnerRecord } from './use-learner-record.ts';

export function ProgressFilePanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const course = useCourse();
  const { store } = useLearnerRecord();
  const [message, setMessage] = useState('');
  const inputId = useId();
  const Heading = `h${headingLevel}` as const;

  const save = () => {
    const file = makeProgressFile(course, useStore.getState().progress, store.read());
    const ok = downloadText(`${course.id}-progress-${today()}.json`, file, 'application/json');
    setMessage(ok ? 'Your progress file was saved to your downloads.' : 'This browser would not let the course save a file.');
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Checked before reading: a huge file is never read into memory.
    const result =
      file.size > MAX_FILE_BYTES
        ? ({ ok: false, reason: 'oversized' } as const)
        : loadProgressFile(course, await file.text(), store, file.size);
    setMessage(
      result.ok ? 'Your progress file was loaded and added to the progress kept here. Nothing was lost.' : FILE_PROBLEMS[result.reason],
    );
    input.value = '';
  };

  return (
    <section className="progress-file no-print" aria-labelledby={`${inputId}-heading`}>
      <Heading id={`${inputId}-heading`}>Keep your progress safe</Heading>
      <p>
        Your progress and reflections live in this browser only. Browsers clear their storage from time to time, and shared computers often
        wipe it. Save them to a file to keep them, or to carry on on another device.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={save}>
          Save progress to a file
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>Load progress from a file</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void load(e)} />
        <p className="hint">What is in the file is added to the progress here; nothing here is replaced.</p>
      </div>
      <p aria-live="polite" className="file-message">
        {message}
      </p>
    </section>
  );
}
