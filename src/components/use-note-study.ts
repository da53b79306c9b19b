/**
 * Widens the dates studied (on My record) to today, once per screen that shows learning. The
 * record's code is fetched when a lesson shows, not in the first load: the date can wait.
 */
import { useEffect } from 'react';
import { useCourseSource } from './course-context.tsx';

export function useNoteStudy(shown = true): void {
  const { course, learner = 'web' } = useCourseSource();
  useEffect(() => {
    if (shown) void import('../tracking/learner-record.ts').then((m) => m.learnerRecordFor(course.id, learner).noteStudy(m.today()));
  }, [course.id, learner, shown]);
}
