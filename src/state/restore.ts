/**
 * Start-up: ask the tracker for saved state, restore what still fits the course, merge
 * in any newer copy (a save the LMS refused), and explain anything that could not be
 * restored instead of failing. Later, merge in what an LMS or another tab saved.
 */
import type { CourseMeta } from '../course/types.ts';
import { mergeProgress } from '../lib/progress-rules.ts';
import type { StartResult, Tracker } from '../tracking/tracker.ts';
import type { Notice } from '../course/tracking.ts';
import { decodeProgress, emptyProgress, encodeProgress } from './saved-state.ts';
import type { Progress } from '../course/progress.ts';
import { useStore } from './store.ts';

const UNREADABLE: Record<'corrupt' | 'foreign' | 'newer', string> = {
  corrupt: 'Your saved progress could not be read, so the course is starting from the beginning.',
  foreign: 'The progress saved here belongs to a different course, so this course is starting from the beginning.',
  newer: 'Your progress was saved by a newer version of this course, so this version is starting from the beginning.',
};

export interface Restored {
  start: StartResult;
  /** A newer copy was merged in, so the merged progress should be saved straight away. */
  mergedNewer: boolean;
}

export function restoreProgress(course: CourseMeta, tracker: Tracker): Restored {
  const start = tracker.start();
  let progress: Progress = emptyProgress();
  const shown: Notice[] = [...start.notices];
  if (start.saved) {
    const result = decodeProgress(start.saved, course);
    if (result.ok) {
      progress = result.progress;
    } else {
      // Keep a copy aside: the original is only replaced once the learner moves on.
      const kept = tracker.keepUnreadable(start.saved);
      shown.push({
        id: 'progress-unreadable',
        message: `${UNREADABLE[result.reason]} ${kept ? 'A copy of what was saved has been kept on this device.' : 'This browser would not let the course keep a copy of what was saved.'}`,
      });
    }
  }
  let mergedNewer = false;
  for (const extra of start.alsoSaved ?? []) {
    const result = decodeProgress(extra, course);
    if (result.ok) {
      progress = mergeProgress(course, progress, result.progress);
      mergedNewer = true;
    }
  }
  // Added to what is already shown: a driver may have raised a notice while starting.
  const already = useStore.getState().notices.filter((n) => !shown.some((s) => s.id === n.id));
  useStore.setState({ progress, notices: [...already, ...shown] });
  return { start, mergedNewer };
}

/**
 * Merges progress saved elsewhere into this session (see TrackerHost.adopt): an LMS that
 * answered late holds an older record; another tab's save is the newer one. Nothing
 * changes when the merge adds nothing, so two tabs adopting each other's saves settle.
 */
export function adoptProgress(course: CourseMeta, saved: string, from: 'lms' | 'other-tab' = 'lms'): void {
  const result = decodeProgress(saved, course);
  if (!result.ok) return;
  const { progress } = useStore.getState();
  const merged = from === 'other-tab' ? mergeProgress(course, progress, result.progress) : mergeProgress(course, result.progress, progress);
  if (encodeProgress(course.id, merged) === encodeProgress(course.id, progress)) return;
  useStore.setState({ progress: merged });
}

/** Two saved states as one (see TrackerHost.combine); an unreadable one gives way to the other. */
export function combineSaved(course: CourseMeta, older: string, newer: string): string {
  const a = decodeProgress(older, course);
  const b = decodeProgress(newer, course);
  if (!a.ok || !b.ok) return newer;
  return encodeProgress(course.id, mergeProgress(course, a.progress, b.progress));
}
