/**
 * My record: what the learner studied and reflected on, under the headings of a CPD record,
 * to edit, print (A4) or download for Social Work England or NMC revalidation. Built from
 * progress, results and the private record on this device (lib/cpd-record.ts); nothing here
 * is sent anywhere.
 */
import { useEffect, useState } from 'react';
import { useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { LocalContacts } from '../../components/local-contacts.tsx';
import { ProgressFilePanel } from '../../components/progress-file-panel.tsx';
import { useLearnerRecord } from '../../components/use-learner-record.ts';
import type { Lesson } from '../../course/types.ts';
import { buildRecord } from '../../lib/cpd-record.ts';
import { useStore } from '../../state/store.ts';
import { ClearRecord } from './clear-record.tsx';
import { RecordActions } from './record-actions.tsx';
import { RecordNotes } from './record-notes.tsx';
import { RecordSummary } from './record-summary.tsx';
import './record.css';

export function RecordPage() {
  const { course, loadLesson, edition = 'web' } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const { store, record } = useLearnerRecord();
  const [lessons, setLessons] = useState<Lesson[] | undefined>();
  useEffect(() => {
    let live = true;
    // Outcomes and questions are in the lessons' own chunks; a lesson that fails to load is left out, not fatal.
    void Promise.all(course.lessons.map((l) => loadLesson(l.id).catch(() => undefined))).then((loaded) => {
      if (live) setLessons(loaded.filter((l): l is Lesson => l !== undefined));
    });
    return () => {
      live = false;
    };
  }, [course, loadLesson]);

  const cpd = buildRecord(course, progress, lessons ?? [], record);
  return (
    <div className="my-record">
      <PageHeading title="My record" />
      <p className="no-print">
        Your record of this course, to keep as evidence of your learning: for a Social Work England CPD record, an NMC reflective account or
        your own records. It is kept in this browser on this device only and is never sent to your learning system. Do not write names or
        details that could identify anyone.
      </p>
      {!store.persistent && (
        <div className="notice persistent no-print" data-notice="record-not-kept">
          <p>
            This browser is not letting the course keep your reflections and notes, so they will be lost when you close this window.
            Download, copy or print your record now.
          </p>
        </div>
      )}
      {lessons === undefined ? <p className="loading">Loading your record…</p> : <RecordSummary record={cpd} />}
      <RecordNotes notes={record.notes} onChange={(key, text) => store.writeNote(key, text)} />
      <RecordActions record={cpd} courseId={course.id} />
      {/* Who to contact locally, from the administrator's settings (issue 12 point 7). */}
      <LocalContacts contacts={course.localContacts} />
      {edition === 'web' && <ProgressFilePanel />}
      <ClearRecord store={store} edition={edition} />
    </div>
  );
}
