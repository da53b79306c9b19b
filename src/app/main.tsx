/**
 * Start-up: apply the package's settings, pick the tracking driver, restore progress,
 * connect saving, render. Kept in one place so the order is plain to see.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import builtCourse, { lessonLoaders } from 'virtual:course';
import { connectPersistence } from '../state/persistence.ts';
import { adoptProgress, combineSaved, restoreProgress } from '../state/restore.ts';
import { useStore } from '../state/store.ts';
import { resendUnreported } from '../state/unreported.ts';
import type { CourseSource } from '../components/course-context.tsx';
import type { TrackerHost } from '../tracking/tracker.ts';
import { isBriefingHash } from '../config/paths.ts';
import { createNoTracker } from '../tracking/no-tracker.ts';
import { App } from './app.tsx';
import { chooseTracker, trackingMode } from './choose-tracker.ts';
import { startFirstScreen } from './first-screen.ts';
import { showStartFailure } from './start-failure.ts';
import { loadSettings, withLmsPassMark } from './settings.ts';
import './styles.css';
import 'virtual:looks.css';
import './looks.css';
// The map's cover is painted from index.html before this runs: its look is in the first load.
import '../features/course-map/cover.css';

async function boot() {
  // The first screen's code comes down alongside the settings (which index.html preloads),
  // not after them; the first render still waits for both, so nothing is drawn with a
  // default that the settings then change.
  const firstScreen = startFirstScreen(window.location.hash);
  const settings = await loadSettings(builtCourse);
  await firstScreen;
  const store = useStore.getState();
  const host: TrackerHost = {
    notify: (n) => useStore.getState().addNotice(n),
    clear: (id) => useStore.getState().dismissNotice(id),
    adopt: (saved, from) => adoptProgress(settings.course, saved, from),
    combine: (older, newer) => combineSaved(settings.course, older, newer),
    reported: () => useStore.getState().markReported(),
    evaluationSent: () => useStore.getState().markEvaluationSent(),
  };
  const mode = trackingMode();
  // A briefing link never starts tracking: decided from the URL, before any driver exists.
  const tracker = isBriefingHash(window.location.hash) ? createNoTracker() : await chooseTracker(settings.course.id, mode, host);
  const { start, mergedNewer } = restoreProgress(settings.course, tracker);
  if (settings.notice) store.addNotice(settings.notice);
  const course = withLmsPassMark(settings.course, start.passMark);
  connectPersistence(course, tracker, { saveNow: mergedNewer && !start.reviewOnly });

  const source: CourseSource = {
    course,
    loadLesson: async (id) => {
      const load = lessonLoaders[id];
      if (!load) throw new Error(`no lesson ${id}`);
      return (await load()).default;
    },
    loadAssessment: async () => (await import('virtual:assessment')).default,
    // Only when an LMS driver runs: without one there is no session to end.
    // Offered only when the administrator turned it on, and never in review or browse mode,
    // where nothing the learner does is written.
    evaluation: settings.course.evaluation && !start.reviewOnly ? { reachesLms: tracker.kind !== 'browser' } : undefined,
    exitCourse:
      tracker.kind === 'browser' ? undefined : () => ({ saved: tracker.finish({ exit: true }), kept: tracker.keptOnDevice !== false }),
    lmsBacked: tracker.kind !== 'browser',
    learnerName: () => tracker.learnerName?.(),
    // Read after start(): the SCORM driver learns the learner from the LMS there.
    learner: tracker.kind === 'browser' ? 'web' : `lms-${tracker.learnerId || 'unknown'}`,
    edition: tracker.kind === 'browser' ? 'web' : 'lms',
  };

  // Interactions of a final result that no LMS confirmed go out again.
  if (tracker.tracksLms && !start.reviewOnly) void resendUnreported(course, source.loadAssessment);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App source={source} />
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  // Never a blank page, nor index.html's cover standing as if the course were about to start.
  console.error('The course could not start:', error);
  showStartFailure(document.getElementById('root')!);
});
