/**
 * Saving happens here and nowhere else: a subscriber that hands the saved state to the
 * tracker whenever progress changes. Nothing is written until the learner makes
 * progress, so an unreadable saved value is not overwritten just by opening the course.
 */
import type { CourseMeta } from '../course/types.ts';
import { courseProgress } from '../lib/progress-rules.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { encodeProgress } from './saved-state.ts';
import { useStore } from './store.ts';

export function connectPersistence(course: CourseMeta, tracker: Tracker): () => void {
  return useStore.subscribe((state, previous) => {
    if (state.progress === previous.progress) return;
    const { progress } = state;
    const summary = courseProgress(course, progress);
    tracker.save(encodeProgress(course.id, progress), {
      location: progress.position ? `${progress.position.lesson}/${progress.position.section}` : undefined,
      progressMeasure: summary.required === 0 ? 1 : summary.done / summary.required,
      complete: summary.complete,
    });
  });
}
