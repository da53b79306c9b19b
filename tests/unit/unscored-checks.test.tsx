/**
 * Answers to unscored checks are never saved or sent: they live in the component only.
 * Today's lesson check is answered with each edition's real tracker connected (browser
 * storage, and the SCORM driver against scorm-again); section activities (reveal, sort,
 * quick check: src/course/activity-types.ts) reach the store only through its actions,
 * and no action keeps an activity's answer.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { dialect12 } from '../../scorm/runtime/dialect-12.ts';
import { createScormTracker } from '../../scorm/runtime/scorm-tracker.ts';
import { paths } from '../../src/config/paths.ts';
import { connectPersistence } from '../../src/state/persistence.ts';
import { restoreProgress } from '../../src/state/restore.ts';
import { useStore } from '../../src/state/store.ts';
import { createBrowserTracker } from '../../src/tracking/browser-tracker.ts';
import type { Tracker, TrackerHost } from '../../src/tracking/tracker.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { recordingLms, type RecordingLms } from '../fixtures/recording-lms.ts';
import { renderApp } from './render-app.tsx';

const course = fixture.meta;
const host: TrackerHost = { notify: () => {}, clear: () => {} };
let running: { tracker: Tracker; disconnect: () => void } | undefined;
afterEach(() => {
  running?.tracker.finish();
  running?.disconnect();
  running = undefined;
});

function connect(tracker: Tracker) {
  restoreProgress(course, tracker);
  running = { tracker, disconnect: connectPersistence(course, tracker) };
}

/** Opens the lesson's last section (with its check), then answers the check twice over. */
async function answerTheCheck(saved: () => unknown) {
  const user = userEvent.setup();
  renderApp(paths.lesson('first', 'two'));
  await waitFor(() => expect(useStore.getState().progress.lessons.first).toEqual({ at: 'two', done: true }));
  // The check is its own chunk: on a busy machine it can take longer than the default second.
  const check = await screen.findByRole('heading', { name: 'Check your understanding' }, { timeout: 10_000 });
  const progress = useStore.getState().progress;
  const before = saved();

  await user.click(screen.getByLabelText('The wrong thing'));
  await user.click(screen.getByRole('button', { name: 'Check my answer' }));
  expect(await screen.findByText('No.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Try the check again' }));
  await user.click(screen.getByLabelText('The right thing'));
  await user.click(screen.getByRole('button', { name: 'Check my answer' }));
  expect(await screen.findByText('Yes.')).toBeInTheDocument();

  expect(check).toBeInTheDocument();
  // The store's progress is the very same object: nothing was recorded, so nothing was saved.
  expect(useStore.getState().progress).toBe(progress);
  expect(saved()).toEqual(before);
}

describe('answers to unscored checks', () => {
  it('change nothing in browser storage (web edition)', async () => {
    connect(createBrowserTracker(course.id, { host }));
    await answerTheCheck(() => ({ ...window.localStorage }));
  });

  it('send nothing to the LMS and change neither suspend data nor the device copy (SCORM, scorm-again)', async () => {
    const lms: RecordingLms = recordingLms('scorm12');
    connect(createScormTracker(dialect12, dialect12.wrap(lms.api, lms.win), { courseId: course.id, host }));
    await answerTheCheck(() => ({
      calls: lms.calls.filter((c) => c.method !== 'LMSGetValue' && c.method !== 'LMSGetLastError').length,
      suspendData: lms.api.LMSGetValue('cmi.suspend_data'),
      storage: { ...window.localStorage },
    }));
  });

  it('have no store action that could keep them: every action the store has is one of these', () => {
    const actions = Object.entries(useStore.getState())
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    // A new action fails this test on purpose: if it keeps an answer to a reveal, sort or
    // quick check, that answer must stay out of `progress` (what is saved), then add it here.
    expect(actions).toEqual(
      [
        'acknowledgeNote',
        'addNotice',
        'answerDecision',
        'answerEvaluation', // the optional course evaluation's 1-5 answers, after the assessment
        'dismissNotice',
        'finishAttempt',
        'fitAttempt',
        'markEvaluationSent',
        'markReported',
        'setDraw',
        'skipLesson', // a lesson's id, skipped on its content note: no answer
        'viewStep',
        'visitSection',
      ].sort(),
    );
  });
});
