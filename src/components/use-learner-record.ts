/**
 * The learner's private record (tracking/learner-record.ts) for this course and learner,
 * read so that a component re-renders when any screen writes to it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { learnerRecordFor, today, type LearnerRecord, type LearnerRecordStore } from '../tracking/learner-record.ts';
import { useCourseSource } from './course-context.tsx';

export function useLearnerRecord(): { store: LearnerRecordStore; record: LearnerRecord } {
  const { course, learner = 'web' } = useCourseSource();
  const store = learnerRecordFor(course.id, learner);
  const record = useSyncExternalStore(store.subscribe, store.read);
  return { store, record };
}

/** Widens the dates studied to today, once per screen that shows learning. */
export function useNoteStudy(): void {
  const { store } = useLearnerRecord();
  useEffect(() => {
    store.noteStudy(today());
  }, [store]);
}
