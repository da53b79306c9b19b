/**
 * Start-up: ask the tracker for saved state, restore what still fits the course, and
 * explain anything that could not be restored instead of failing.
 */
import type { CourseMeta } from '../course/types.ts';
import type { Notice, Tracker } from '../tracking/tracker.ts';
import { decodeProgress, emptyProgress, type Progress } from './saved-state.ts';
import { useStore } from './store.ts';

const UNREADABLE: Record<'corrupt' | 'foreign' | 'newer', string> = {
  corrupt: 'Your saved progress could not be read, so the course is starting from the beginning.',
  foreign: 'The progress saved here belongs to a different course, so this course is starting from the beginning.',
  newer: 'Your progress was saved by a newer version of this course, so this version is starting from the beginning.',
};

export function restoreProgress(course: CourseMeta, tracker: Tracker): void {
  const { saved, notices } = tracker.start();
  let progress: Progress = emptyProgress();
  const shown: Notice[] = [...notices];
  if (saved) {
    const result = decodeProgress(saved, course);
    if (result.ok) {
      progress = result.progress;
    } else {
      // Keep a copy aside: the original is only replaced once the learner moves on.
      tracker.keepUnreadable(saved);
      shown.push({
        id: 'progress-unreadable',
        message: `${UNREADABLE[result.reason]} A copy of what was saved has been kept on this device.`,
      });
    }
  }
  useStore.setState({ progress, notices: shown });
}
