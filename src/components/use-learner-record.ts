/**
 * The learner's private record (tracking/learner-record.ts) for this course and learner,
 * read so that a component re-renders when any screen writes to it.
 */
import { useSyncExternalStore } from 'react';
import { learnerRecordFor, type LearnerRecord, type LearnerRecordStore } from '../tracking/learner-record.ts';
import { useCourseSource } from './course-context.tsx';

export function useLearnerRecord(): { store: LearnerRecordStore; record: LearnerRecord } {
  const { course, learner = 'web' } = useCourseSource();
  const store = learnerRecordFor(course.id, learner);
  const record = useSyncExternalStore(store.subscribe, store.read);
  return { store, record };
}
