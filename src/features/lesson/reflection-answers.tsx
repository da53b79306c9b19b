/**
 * Optional answer boxes under a lesson's reflection questions: the private learning log.
 * Answers stay in this browser (tracking/learner-record.ts), never in the saved state or
 * the LMS. Beside the boxes: where they are kept, who can read them, and not to write
 * anything that identifies anyone. Where storage is blocked, the learner is told and
 * offered a download, copy and print, and told plainly if none of those worked either.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Lesson } from '../../course/types.ts';
import { useLearnerRecord } from '../../components/use-learner-record.ts';
import { copyText, downloadText, printPage } from '../../components/save-text.ts';

export function ReflectionAnswers({ lesson }: { lesson: Lesson }) {
  const { store, record } = useLearnerRecord();
  const answers = record.answers[lesson.id] ?? {};
  const noteId = `reflect-note-${lesson.id}`;
  const text = () => lesson.reflection.map((q) => `${q.text}\n${answers[q.id] ?? ''}\n`).join('\n');
  return (
    <div className="reflection-answers">
      <p id={noteId} className="reflection-note">
        Your answers are optional. They are kept in this browser on this device only, never sent to your learning system or anywhere else.
        Anyone using this browser profile can read them: on a shared computer, download your record and then clear it. Do not write names or
        details that could identify anyone.
      </p>
      {lesson.reflection.map((q) => (
        <div key={q.id} className="field">
          <label htmlFor={`reflect-${lesson.id}-${q.id}`}>{q.text}</label>
          <textarea
            id={`reflect-${lesson.id}-${q.id}`}
            rows={4}
            aria-describedby={noteId}
            value={answers[q.id] ?? ''}
            onChange={(e) => store.writeAnswer(lesson.id, q.id, e.target.value)}
          />
        </div>
      ))}
      {!store.persistent && <NotKept fileName={`reflections-${lesson.id}.txt`} text={text} />}
      <p>
        <Link to={paths.record}>My record</Link> gathers your answers from every lesson under the headings of a CPD record.
      </p>
    </div>
  );
}

function NotKept({ fileName, text }: { fileName: string; text: () => string }) {
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState<string[]>([]);
  const tried = (what: string, ok: boolean, done: string) => {
    setSaid(ok ? done : '');
    if (!ok) setFailed((f) => [...new Set([...f, what])]);
  };
  return (
    <div className="notice persistent" data-notice="reflections-not-kept">
      <p>
        This browser is not letting the course keep your answers, so they will be lost when you close this window. Download, copy or print
        them now.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => tried('download', downloadText(fileName, text()), 'Your answers were downloaded.')}>
          Download my answers
        </button>
        <button type="button" onClick={() => void copyText(text()).then((ok) => tried('copy', ok, 'Your answers were copied.'))}>
          Copy my answers
        </button>
        <button type="button" onClick={() => tried('print', printPage(), '')}>
          Print
        </button>
      </div>
      <p role="status">
        {said}
        {failed.length === 3
          ? ' This browser would not let the course download, copy or print your answers. Write them down elsewhere if you want to keep them.'
          : failed.length > 0
            ? ` This browser would not let the course ${failed.join(' or ')} your answers: try another way.`
            : ''}
      </p>
    </div>
  );
}
