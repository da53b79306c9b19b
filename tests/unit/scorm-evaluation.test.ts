/**
 * The course evaluation in an LMS, against scorm-again's real Scorm12API and Scorm2004API:
 * unscored likert interactions after every interaction of the assessment and after the
 * status (never between score and status), at the next index the runtime keeps; recorded
 * as sent in the saved state so a relaunch never sends them again; never sent in browse or
 * review mode or without credit; a refused Commit never says progress was not saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UNSAVED_NOTICE_ID } from '../../scorm/runtime/scorm-tracker.ts';
import type { Progress } from '../../src/course/progress.ts';
import { EVALUATION_QUESTIONS, evaluationInteractionId } from '../../src/lib/evaluation.ts';
import { mergeProgress } from '../../src/lib/progress-rules.ts';
import { connectPersistence } from '../../src/state/persistence.ts';
import { restoreProgress } from '../../src/state/restore.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { resetStore, useStore } from '../../src/state/store.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { recordingLms, storedAfter, type RecordingLms, type Version } from '../fixtures/recording-lms.ts';
import { driveLms, EL, finishAll, interaction } from '../fixtures/scorm-harness.ts';

afterEach(finishAll);

const ANSWERS = { before: 2, after: 4, useful: 5, role: 3 };
const likert = () => ANSWERS;
const PASSED = { completion: 'completed', success: 'passed', score: 90 } as const;

const responseEl = (version: Version, n: number) =>
  `cmi.interactions.${n}.${version === 'scorm12' ? 'student_response' : 'learner_response'}`;

/** Every interaction id set, by index, in the order they were set. */
const interactionIds = (lms: RecordingLms) =>
  lms
    .sets()
    .filter(([el]) => /^cmi\.interactions\.\d+\.id$/.test(el))
    .map(([el, v]) => [Number(el.split('.')[2]), v] as const);

/** A learner who has finished every lesson and passed the assessment, reported. */
function finishedProgress(): Progress {
  const lessons = Object.fromEntries(
    fixture.meta.lessons.filter((l) => l.sections.length > 0).map((l) => [l.id, { at: l.sections[l.sections.length - 1].id, done: true }]),
  );
  return { lessons, quiz: { records: [{ score: 100, passed: true }], answers: [], counted: [], reported: true } };
}

function launched(version: Version, id: string, more: Record<string, unknown> = {}) {
  return version === 'scorm12'
    ? { core: { student_id: id, entry: 'ab-initio', ...more } }
    : { learner_id: id, entry: 'ab-initio', ...more };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s course evaluation', (version) => {
  const e = EL[version];

  it('arrives as unscored likert interactions after every assessment interaction and after the status, at the next index', () => {
    const lms = recordingLms(version, launched(version, 'learner-1'));
    const run = driveLms(version, lms.api);
    run.tracker.start();
    run.tracker.reportResult(PASSED);
    run.tracker.recordInteractions([interaction('s1_a'), interaction('s1_b')]);
    run.tracker.recordEvaluation(likert());

    const ids = interactionIds(lms);
    expect(ids).toEqual([[0, 's1_a'], [1, 's1_b'], ...EVALUATION_QUESTIONS.map((q, i) => [2 + i, evaluationInteractionId(q.id)] as const)]);
    const order = lms.sets().map(([el]) => el);
    const status = order.lastIndexOf(e.status);
    const score = order.indexOf(e.raw);
    const firstLikert = order.indexOf('cmi.interactions.2.id');
    // Score, then status, then the evaluation: nothing of it between score and status.
    expect(score).toBeLessThan(status);
    expect(order.slice(score, status).some((el) => el.startsWith('cmi.interactions.'))).toBe(false);
    expect(firstLikert).toBeGreaterThan(status);
    expect(order.indexOf('cmi.interactions.1.id')).toBeLessThan(firstLikert);
    // A Commit of their own, after the one that took the status.
    const commits = lms.calls.map((c, i) => [c, i] as const).filter(([c]) => c.method === e.commit);
    const statusCall = lms.calls.findIndex((c) => c.method === e.set && c.args[0] === e.status && c.args[1] !== 'incomplete');
    const likertCall = lms.calls.findIndex((c) => c.method === e.set && c.args[0] === 'cmi.interactions.2.id');
    expect(commits.some(([, i]) => i > statusCall && i < likertCall)).toBe(true);

    EVALUATION_QUESTIONS.forEach((q, i) => {
      expect(lms.setsOf(`cmi.interactions.${2 + i}.type`)).toEqual(['likert']);
      expect(lms.setsOf(responseEl(version, 2 + i))).toEqual([String(ANSWERS[q.id as keyof typeof ANSWERS])]);
      expect(lms.setsOf(`cmi.interactions.${2 + i}.result`)).toEqual(['neutral']);
      expect(lms.setsOf(`cmi.interactions.${2 + i}.correct_responses.0.pattern`)).toEqual([]);
    });
    if (version === 'scorm2004') expect(lms.setsOf('cmi.interactions.3.description')).toEqual([EVALUATION_QUESTIONS[1].text]);
    // What the LMS holds afterwards: six interactions, no more.
    expect(lms.raw.cmi.interactions.childArray.length).toBe(6);
  });

  it('waits for the status: handed over before any result is reported, nothing goes until the status has been committed', () => {
    const lms = recordingLms(version, launched(version, 'learner-2'));
    let sent = 0;
    const run = driveLms(version, lms.api, { host: { evaluationSent: () => sent++ } });
    run.tracker.start();
    run.tracker.recordEvaluation(likert());
    expect(interactionIds(lms)).toEqual([]);
    expect(sent).toBe(0);
    run.tracker.reportResult(PASSED);
    expect(interactionIds(lms).map(([n]) => n)).toEqual([0, 1, 2, 3]);
    expect(sent).toBe(1);
    const order = lms.sets().map(([el]) => el);
    expect(order.indexOf('cmi.interactions.0.id')).toBeGreaterThan(order.lastIndexOf(e.status));
  });

  it.each([
    ['browse mode', version === 'scorm12' ? { lesson_mode: 'browse' } : { mode: 'browse' }],
    ['review mode', version === 'scorm12' ? { lesson_mode: 'review' } : { mode: 'review' }],
    ['no credit', { credit: 'no-credit' }],
  ])('is not sent in %s', (_, more) => {
    const lms = recordingLms(version, launched(version, 'learner-3', more));
    let sent = 0;
    const run = driveLms(version, lms.api, { host: { evaluationSent: () => sent++ } });
    run.tracker.start();
    run.tracker.reportResult(PASSED);
    run.tracker.recordEvaluation(likert());
    run.tracker.finish();
    expect(interactionIds(lms)).toEqual([]);
    expect(sent).toBe(0);
  });

  it('a refused Commit does not raise "not saved": the answers wait and go with the next save, at the same indexes', () => {
    const lms = recordingLms(version, launched(version, 'learner-4'));
    let sent = 0;
    const run = driveLms(version, lms.api, { host: { evaluationSent: () => sent++ } });
    run.tracker.start();
    run.tracker.save('v2;c:course;l:', { progressMeasure: 0.5 });
    run.tracker.reportResult(PASSED);
    lms.failing.add(e.commit);
    run.tracker.recordEvaluation(likert());
    expect(run.notices.map((n) => n.id)).not.toContain(UNSAVED_NOTICE_ID);
    expect(run.timers).toEqual([]);
    expect(sent).toBe(0);
    lms.failing.delete(e.commit);
    // The next save that commits (a lesson finished, the page hidden) carries them.
    run.tracker.save('v2;c:course;l:;q:before2', { progressMeasure: 1 });
    expect(sent).toBe(1);
    expect(run.notices.map((n) => n.id)).not.toContain(UNSAVED_NOTICE_ID);
    expect([...new Set(interactionIds(lms).map(([n]) => n))]).toEqual([0, 1, 2, 3]);
    expect(lms.raw.cmi.interactions.childArray.length).toBe(4);
  });

  it('a refused SetValue does not raise "not saved" either', () => {
    const lms = recordingLms(version, launched(version, 'learner-5'));
    lms.refuse.when = (method, [element]) => method === e.set && /^cmi\.interactions\.\d+\.type$/.test(element ?? '');
    const run = driveLms(version, lms.api);
    run.tracker.start();
    run.tracker.reportResult(PASSED);
    run.tracker.recordEvaluation(likert());
    expect(run.notices.map((n) => n.id)).not.toContain(UNSAVED_NOTICE_ID);
    expect(run.tracker.finish()).toBe(true);
  });

  it('the saved state says they were sent, so a relaunch does not send them again', () => {
    const storage = openStorage();
    const course = fixture.meta;
    const first = recordingLms(version, launched(version, 'learner-6'));
    const one = driveLms(version, first.api, {
      storage,
      host: { evaluationSent: () => useStore.getState().markEvaluationSent(), reported: () => useStore.getState().markReported() },
    });
    restoreProgress(course, one.tracker);
    useStore.setState({ progress: finishedProgress() });
    const stop = connectPersistence(course, one.tracker, { saveNow: true });
    useStore.getState().answerEvaluation(ANSWERS);
    expect(interactionIds(first).map(([, id]) => id)).toEqual(EVALUATION_QUESTIONS.map((q) => evaluationInteractionId(q.id)));
    expect(useStore.getState().progress.evaluation).toEqual({ answers: ANSWERS, sent: true });
    // Committed with the state straight away, not left to Finish.
    const suspend = first.setsOf('cmi.suspend_data');
    expect(suspend[suspend.length - 1]).toMatch(/;q:before2,after4,useful5,role3;y:1;/);
    const lastCommit = first.calls.map((c) => c.method).lastIndexOf(EL[version].commit);
    const lastSuspend = first.calls.findLastIndex((c) => c.method === e.set && c.args[0] === 'cmi.suspend_data');
    expect(lastSuspend).toBeLessThan(lastCommit);
    one.tracker.finish();
    stop();

    resetStore();
    const second = recordingLms(version, storedAfter(first, version));
    const two = driveLms(version, second.api, { storage, host: { evaluationSent: () => useStore.getState().markEvaluationSent() } });
    restoreProgress(course, two.tracker);
    expect(useStore.getState().progress.evaluation?.sent).toBe(true);
    const again = connectPersistence(course, two.tracker);
    useStore.getState().visitSection(course.lessons[0], course.lessons[0].sections[0].id);
    two.tracker.finish();
    again();
    expect(interactionIds(second)).toEqual([]);
  });

  it('answers no LMS took are sent at the next launch, at the index the LMS counts', () => {
    const storage = openStorage();
    const course = fixture.meta;
    const first = recordingLms(version, launched(version, 'learner-7'));
    first.refuse.when = (method, [element]) => method === e.set && (element ?? '').startsWith('cmi.interactions.');
    const one = driveLms(version, first.api, { storage, host: { evaluationSent: () => useStore.getState().markEvaluationSent() } });
    restoreProgress(course, one.tracker);
    useStore.setState({ progress: finishedProgress() });
    const stop = connectPersistence(course, one.tracker, { saveNow: true });
    useStore.getState().answerEvaluation(ANSWERS);
    expect(useStore.getState().progress.evaluation?.sent).toBe(false);
    one.tracker.finish();
    stop();

    resetStore();
    const second = recordingLms(version, storedAfter(first, version));
    const two = driveLms(version, second.api, { storage, host: { evaluationSent: () => useStore.getState().markEvaluationSent() } });
    restoreProgress(course, two.tracker);
    const again = connectPersistence(course, two.tracker);
    expect(interactionIds(second).map(([n]) => n)).toEqual([0, 1, 2, 3]);
    expect(useStore.getState().progress.evaluation?.sent).toBe(true);
    two.tracker.finish();
    again();
  });
});

describe('the evaluation in the saved state', () => {
  it('round-trips answers and the sent flag, drops unknown questions, and is left out when not answered', () => {
    const progress: Progress = { lessons: {}, evaluation: { answers: { before: 1, role: 5 }, sent: true } };
    const raw = encodeProgress(fixture.meta.id, progress);
    expect(raw).toMatch(/;q:before1,role5;y:1$/);
    const decoded = decodeProgress(raw, fixture.meta);
    expect(decoded.ok && decoded.progress.evaluation).toEqual({ answers: { before: 1, role: 5 }, sent: true });
    const odd = decodeProgress(`v2;c:${fixture.meta.id};l:;q:gone3,before9,useful4`, fixture.meta);
    expect(odd.ok && odd.progress.evaluation).toEqual({ answers: { useful: 4 }, sent: false });
    expect(encodeProgress(fixture.meta.id, { lessons: {} })).not.toMatch(/;q:/);
  });
});

describe('the evaluation handed to the tracker', () => {
  it('waits until the assessment’s interactions are confirmed (x:1), then goes once', () => {
    const calls: Record<string, number>[] = [];
    const tracker = {
      kind: 'scorm12' as const,
      tracksLms: true,
      start: () => ({ saved: null, notices: [] }),
      save() {},
      keepUnreadable: () => false,
      reportResult() {},
      recordInteractions() {},
      recordEvaluation: (answers: Record<string, number>) => calls.push(answers),
      finish: () => true,
    };
    const progress = finishedProgress();
    progress.quiz!.reported = false;
    useStore.setState({ progress });
    const stop = connectPersistence(fixture.meta, tracker);
    useStore.getState().answerEvaluation(ANSWERS);
    expect(calls).toEqual([]);
    useStore.getState().markReported();
    expect(calls).toEqual([ANSWERS]);
    useStore.getState().visitSection(fixture.meta.lessons[0], fixture.meta.lessons[0].sections[0].id);
    expect(calls).toHaveLength(1);
    stop();
  });

  it('two records merged: one whose answers an LMS took wins, so they are not sent twice', () => {
    const sent: Progress = { lessons: {}, evaluation: { answers: { before: 1 }, sent: true } };
    const unsent: Progress = { lessons: {}, evaluation: { answers: { before: 3 }, sent: false } };
    expect(mergeProgress(fixture.meta, sent, unsent).evaluation).toEqual(sent.evaluation);
    expect(mergeProgress(fixture.meta, unsent, sent).evaluation).toEqual(sent.evaluation);
    expect(mergeProgress(fixture.meta, { lessons: {} }, unsent).evaluation).toEqual(unsent.evaluation);
  });
});
