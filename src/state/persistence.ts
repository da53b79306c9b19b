/**
 * Saving happens here and nowhere else: a subscriber that hands the saved state to the
 * tracker whenever progress changes, and the course's outcome whenever that changes.
 * Nothing is written until the learner makes progress, so an unreadable saved value is
 * not overwritten just by opening the course.
 */
import type { CourseMeta } from '../course/types.ts';
import { courseOutcome, sameOutcome } from '../lib/outcome-rules.ts';
import type { Outcome } from '../course/outcome.ts';
import { courseProgress } from '../lib/progress-rules.ts';
import { standing } from '../lib/quiz-rules.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { encodeProgress } from './saved-state.ts';
import type { Progress } from '../course/progress.ts';
import { useStore } from './store.ts';

export function connectPersistence(course: CourseMeta, tracker: Tracker, options: { saveNow?: boolean } = {}): () => void {
  const outcomeOf = (progress: Progress) => {
    const lessonsComplete = courseProgress(course, progress).complete;
    if (!course.assessment) return courseOutcome(lessonsComplete);
    const { attempts, keep } = course.assessment;
    const s = standing(progress.quiz?.records ?? [], attempts, keep);
    return courseOutcome(lessonsComplete, {
      result: s.counted ? { ...s.counted, final: s.final } : undefined,
      passingCompletes: !course.assessmentAfterLessons,
    });
  };
  // Unset until the first save, which reports the outcome whatever the LMS held: the
  // drivers themselves never move a status backwards.
  let reported: Outcome | undefined;

  const save = (progress: Progress) => {
    const summary = courseProgress(course, progress);
    tracker.save(encodeProgress(course.id, progress), {
      location: progress.position ? `${progress.position.lesson}/${progress.position.section}` : undefined,
      // Counted, not only done: where skipped lessons count, the measure agrees with the completion reported.
      progressMeasure: summary.required === 0 ? 1 : summary.counted / summary.required,
    });
    const outcome = outcomeOf(progress);
    if (!reported || !sameOutcome(outcome, reported)) {
      reported = outcome;
      tracker.reportResult(outcome);
    }
  };

  // A newer copy merged in at start (a save the LMS refused) goes out at once.
  let saved: Progress | undefined;
  const saveLatest = () => {
    // Read afresh: a driver's reported() callback may have changed progress while we were sending.
    const { progress } = useStore.getState();
    if (progress === saved) return;
    saved = progress;
    save(progress);
  };
  /**
   * The evaluation's answers go to the tracker after the progress that carries them has
   * been saved, and again at launch while the saved state says no LMS took them yet; never
   * before the assessment's interactions are confirmed (x:1), which a launch may still be
   * rebuilding (state/unreported.ts). The LMS driver decides whether they may go (normal
   * mode, credit) and sends them last.
   */
  const handOverEvaluation = (progress: Progress) => {
    if (progress.evaluation && !progress.evaluation.sent && progress.quiz?.reported) tracker.recordEvaluation(progress.evaluation.answers);
  };
  if (options.saveNow) saveLatest();
  else saved = useStore.getState().progress;
  handOverEvaluation(useStore.getState().progress);
  return useStore.subscribe((state, previous) => {
    // The reported attempt's interactions go first, then the score and status, because some
    // LMSs grade from what they hold when the status arrives.
    const sending = state.outbox.length > 0 && state.outbox !== previous.outbox;
    if (sending) tracker.recordInteractions(state.outbox);
    if (state.progress !== previous.progress) saveLatest();
    const reportedNow = state.progress.quiz?.reported && !previous.progress.quiz?.reported;
    if (state.progress.evaluation !== previous.progress.evaluation || reportedNow) handOverEvaluation(state.progress);
    // Without an LMS nothing is pending: the browser driver keeps the result in the saved
    // state itself. An LMS driver says when the LMS took them (TrackerHost.reported).
    if (sending && tracker.kind === 'browser') useStore.getState().markReported();
  });
}
