/**
 * The SCORM drivers against scorm-again's real Scorm12API and Scorm2004API: exact values
 * and formats, call order, and every LMS misbehaviour the course must survive.
 */
import { describe, expect, it } from 'vitest';
import { dialect12 } from '../../scorm/runtime/dialect-12.ts';
import { dialect2004 } from '../../scorm/runtime/dialect-2004.ts';
import { RETRY_SECONDS } from '../../scorm/runtime/retry.ts';
import { createScormTracker, TRACKING_OFF_NOTICE_ID, UNSAVED_NOTICE_ID } from '../../scorm/runtime/scorm-tracker.ts';
import { withoutTrackingFields } from '../../src/tracking/tracking-fields.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import type { InteractionRecord, Notice } from '../../src/course/tracking.ts';
import { recordingLms, storedAfter, type RecordingLms, type Version } from '../fixtures/recording-lms.ts';

const E = {
  scorm12: {
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    location: 'cmi.core.lesson_location',
    time: 'cmi.core.session_time',
    raw: 'cmi.core.score.raw',
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    commit: 'LMSCommit',
    set: 'LMSSetValue',
    timeFormat: /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  },
  scorm2004: {
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    location: 'cmi.location',
    time: 'cmi.session_time',
    raw: 'cmi.score.raw',
    init: 'Initialize',
    finish: 'Terminate',
    commit: 'Commit',
    set: 'SetValue',
    timeFormat: /^PT\d+H\d+M[\d.]+S$/,
  },
} as const;

function setup(version: Version, stored: Record<string, unknown> = {}, lms: RecordingLms = recordingLms(version, stored)) {
  const dialect = version === 'scorm12' ? dialect12 : dialect2004;
  const notices: Notice[] = [];
  const cleared: string[] = [];
  const adopted: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let clock = 1_000_000;
  const tracker = createScormTracker(dialect, dialect.wrap(lms.api), {
    courseId: 'course',
    host: { notify: (n) => notices.push(n), clear: (id) => cleared.push(id), adopt: (s) => adopted.push(s) },
    storage: openStorage(),
    now: () => clock,
    setTimer: (run, ms) => {
      const t = { run, ms };
      timers.push(t);
      return () => timers.splice(timers.indexOf(t), 1);
    },
  });
  return {
    lms,
    tracker,
    notices,
    cleared,
    adopted,
    timers,
    tick: (ms: number) => (clock += ms),
    runTimer: () => timers.shift()?.run(),
  };
}

const summary = (progressMeasure: number, location = 'intro/one') => ({ location, progressMeasure });
const count = (lms: RecordingLms, method: string) => lms.calls.filter((c) => c.method === method).length;
/** Suspend data as the course wrote it, without the driver's save counter and next index. */
const states = (lms: RecordingLms) => lms.setsOf('cmi.suspend_data').map(withoutTrackingFields);
const heldState = (lms: RecordingLms) => withoutTrackingFields(String(lms.cmi().suspend_data));

describe.each(['scorm12', 'scorm2004'] as const)('%s driver', (version) => {
  const e = E[version];

  it('first launch: Initialize, then status incomplete and exit suspend straight away, committed', () => {
    const { lms, tracker } = setup(version);
    const start = tracker.start();
    expect(start.saved).toBeNull();
    expect(lms.calls[0].method).toBe(e.init);
    expect(lms.setsOf(e.status)).toEqual(['incomplete']);
    expect(lms.setsOf(e.exit)).toEqual(['suspend']);
    expect(count(lms, e.commit)).toBe(1);
    expect(tracker.tracksLms).toBe(true);
  });

  it('saves location and suspend data on every step, and commits only at milestones', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.save('state-1', summary(0, 'intro/one'));
    const commits = count(lms, e.commit);
    tracker.save('state-2', summary(0, 'intro/two'));
    expect(count(lms, e.commit)).toBe(commits);
    expect(lms.setsOf(e.location)).toEqual(['intro/one', 'intro/two']);
    expect(states(lms)).toEqual(['state-1', 'state-2']);
    tracker.save('state-3', summary(0.5, 'next/one'));
    expect(count(lms, e.commit)).toBe(commits + 1);
    // An unchanged value that a Commit already took is not set again.
    if (version === 'scorm2004') expect(lms.setsOf('cmi.progress_measure')).toEqual(['0', '0.5']);
  });

  it('commits when the page becomes hidden', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.save('s', summary(0));
    tracker.save('s2', summary(0));
    const before = count(lms, e.commit);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(count(lms, e.commit)).toBe(before + 1);
    tracker.finish();
  });

  it('reports completion when every lesson is done, with no score', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.reportResult({ completion: 'completed', success: 'unknown' });
    expect(lms.setsOf(e.status)).toEqual(['incomplete', 'completed']);
    expect(lms.setsOf(e.raw)).toEqual([]);
  });

  it('writes a final score before the status, on 0-100 (and scaled in 2004)', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.reportResult({ completion: 'completed', success: 'passed', score: 85 });
    const order = lms.sets().map(([el]) => el);
    const statusEl = version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    expect(order.lastIndexOf(e.raw)).toBeLessThan(order.lastIndexOf(statusEl));
    expect(lms.setsOf(e.raw)).toEqual(['85']);
    if (version === 'scorm12') {
      expect(lms.setsOf('cmi.core.lesson_status').at(-1)).toBe('passed');
      expect(lms.setsOf('cmi.core.score.max')).toEqual(['100']);
    } else {
      expect(lms.setsOf('cmi.score.scaled')).toEqual(['0.85']);
      expect(lms.setsOf('cmi.success_status')).toEqual(['passed']);
      expect(lms.setsOf('cmi.completion_status').at(-1)).toBe('completed');
    }
  });

  it('never moves a status back from passed, and never reports a score after a pass', () => {
    const stored =
      version === 'scorm12'
        ? { core: { lesson_status: 'passed', entry: 'resume' } }
        : { completion_status: 'completed', success_status: 'passed', entry: 'resume' };
    const { lms, tracker } = setup(version, stored);
    tracker.start();
    tracker.reportResult({ completion: 'incomplete', success: 'unknown' });
    tracker.reportResult({ completion: 'completed', success: 'failed', score: 40 });
    expect(lms.setsOf(e.status)).toEqual([]);
    expect(lms.setsOf(e.raw)).toEqual([]);
    if (version === 'scorm2004') expect(lms.setsOf('cmi.success_status')).toEqual([]);
  });

  it('finish: session time first, in the version format, then commit, then Finish exactly once; exit suspend set in the session', () => {
    const { lms, tracker, tick } = setup(version);
    tracker.start();
    tick(65_500);
    tracker.finish();
    tracker.finish();
    const tail = lms.calls.filter((c) => c.method !== 'LMSGetLastError' && c.method !== 'GetLastError').slice(-3);
    expect(tail.map((c) => (c.method === e.set ? c.args[0] : c.method))).toEqual([e.time, e.commit, e.finish]);
    expect(lms.setsOf(e.exit)).toEqual(['suspend']);
    expect(lms.setsOf(e.time)[0]).toMatch(e.timeFormat);
    expect(lms.setsOf(e.time)[0]).toBe(version === 'scorm12' ? '0000:01:05.50' : 'PT0H1M5.5S');
    expect(count(lms, e.finish)).toBe(1);
    expect(tracker.tracksLms).toBe(false);
  });

  it('finish says whether the LMS confirmed the last save', () => {
    const ok = setup(version);
    ok.tracker.start();
    ok.tracker.save('v1;s', summary(0));
    expect(ok.tracker.finish()).toBe(true);
    const refused = setup(version);
    refused.tracker.start();
    refused.lms.failing.add(e.commit);
    refused.tracker.save('v1;s', summary(0));
    expect(refused.tracker.finish()).toBe(false);
  });

  it('makes no call after Finish/Terminate', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.finish();
    const calls = lms.calls.length;
    tracker.save('late', summary(1));
    tracker.reportResult({ completion: 'completed', success: 'unknown' });
    tracker.recordInteractions([interaction('q1')]);
    tracker.finish();
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.calls.length).toBe(calls);
  });

  it('finishes on pagehide', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    window.dispatchEvent(new Event('pagehide'));
    expect(count(lms, e.finish)).toBe(1);
  });

  it('a relaunch resumes with the saved state and location, and keeps a completed status', () => {
    const first = setup(version);
    first.tracker.start();
    first.tracker.save('v1;state', summary(1, 'summary/end'));
    first.tracker.reportResult({ completion: 'completed', success: 'unknown' });
    first.tracker.finish();

    const second = setup(version, storedAfter(first.lms, version));
    const start = second.tracker.start();
    expect(start.saved).toBe('v1;state');
    // Still completed: the relaunch does not set incomplete again, and the LMS still says so.
    expect(second.lms.setsOf(e.status)).toEqual([]);
    expect(second.lms.cmi()).toMatchObject(
      version === 'scorm12' ? { core: expect.objectContaining({ lesson_status: 'completed' }) } : { completion_status: 'completed' },
    );
    expect(second.lms.setsOf(e.exit)).toEqual(['suspend']);
  });

  it('restores saved state even when the LMS sends an empty entry', () => {
    const stored = version === 'scorm12' ? { core: { entry: '' }, suspend_data: 'v1;kept' } : { entry: '', suspend_data: 'v1;kept' };
    const { tracker } = setup(version, stored);
    expect(tracker.start().saved).toBe('v1;kept');
  });

  it("takes the LMS's mastery score as the pass mark", () => {
    const stored = version === 'scorm12' ? { student_data: { mastery_score: '75' } } : { scaled_passing_score: '0.75' };
    expect(setup(version, stored).tracker.start().passMark).toBe(75);
  });

  it.each(['review', 'browse'])('in %s mode the learner can look and nothing is written', (mode) => {
    const stored =
      version === 'scorm12'
        ? { core: { lesson_mode: mode, entry: 'resume' }, suspend_data: 'v1;s' }
        : { mode, entry: 'resume', suspend_data: 'v1;s' };
    const { lms, tracker } = setup(version, stored);
    const start = tracker.start();
    expect(start.reviewOnly).toBe(true);
    expect(start.saved).toBe('v1;s');
    expect(start.notices[0].message).toMatch(/reviewing/);
    tracker.save('v1;changed', summary(1));
    tracker.reportResult({ completion: 'completed', success: 'passed', score: 100 });
    tracker.finish();
    expect(lms.sets()).toEqual([]);
    expect(count(lms, e.finish)).toBe(1);
  });

  it('no-credit: tracks as usual', () => {
    const stored = version === 'scorm12' ? { core: { credit: 'no-credit' } } : { credit: 'no-credit' };
    const { lms, tracker } = setup(version, stored);
    tracker.start();
    tracker.save('v1;s', summary(0.5));
    expect(states(lms)).toEqual(['v1;s']);
  });

  it('a refused Commit keeps the state, says so with a retry action, retries on the schedule, and recovers', () => {
    const { lms, tracker, notices, cleared, timers, runTimer } = setup(version);
    tracker.start();
    lms.failing.add(e.commit);
    tracker.save('v1;important', summary(0.5));
    expect(notices.map((n) => n.id)).toEqual([UNSAVED_NOTICE_ID]);
    expect(notices[0].persistent).toBe(true);
    expect(notices[0].action?.label).toBe('Try saving again');
    expect(timers.map((t) => t.ms)).toEqual([RETRY_SECONDS[0] * 1000]);
    runTimer();
    expect(timers.map((t) => t.ms)).toEqual([RETRY_SECONDS[1] * 1000]);
    // The learner's own retry, once the LMS works again.
    lms.failing.clear();
    notices[0].action!.run();
    expect(cleared).toEqual([UNSAVED_NOTICE_ID]);
    expect(timers).toEqual([]);
    expect(heldState(lms)).toBe('v1;important');
  });

  it('a refused SetValue is retried too, and nothing entered is lost', () => {
    const { lms, tracker, runTimer } = setup(version);
    tracker.start();
    lms.failing.add(e.set);
    tracker.save('v1;a', summary(0));
    tracker.save('v1;b', summary(0.5));
    lms.failing.clear();
    runTimer();
    expect(heldState(lms)).toBe('v1;b');
  });

  it('keeps a local copy of a refused save and merges it at the next launch', () => {
    const first = setup(version, version === 'scorm12' ? { core: { student_id: 'learner-7' } } : { learner_id: 'learner-7' });
    first.tracker.start();
    first.tracker.save('v1;confirmed', summary(0.25));
    first.lms.failing.add(e.commit);
    first.lms.failing.add(e.set);
    first.tracker.save('v1;refused', summary(0.5));
    first.tracker.finish();

    const second = setup(version, storedAfter(first.lms, version));
    const start = second.tracker.start();
    expect(start.saved).toBe('v1;confirmed');
    expect(start.alsoSaved).toEqual(['v1;refused']);
  });

  it('ignores a stale local copy: the LMS moved on since (another device), or a new attempt began', () => {
    const learner = (entry: string) =>
      version === 'scorm12' ? { core: { student_id: 'learner-8', entry } } : { learner_id: 'learner-8', entry };
    const first = setup(version, learner(''));
    first.tracker.start();
    first.tracker.save('v1;old', summary(0.25));
    first.lms.failing.add(e.commit);
    first.lms.failing.add(e.set);
    first.tracker.save('v1;refused', summary(0.5));
    first.tracker.finish();
    // The copy is ahead of what the LMS holds: a relaunch merges it (so the checks below can fail).
    expect(setup(version, storedAfter(first.lms, version)).tracker.start().alsoSaved).toEqual(['v1;refused']);
    // Elsewhere, the learner went on: the LMS holds a later save (a higher save counter).
    const moved = { ...storedAfter(first.lms, version), suspend_data: 'v1;from-another-pc;s:9;n:0' };
    expect(setup(version, moved).tracker.start().alsoSaved).toEqual([]);
    // Or a value saved by an older version of the course, without a counter, that is not what the copy was based on.
    const legacy = { ...storedAfter(first.lms, version), suspend_data: 'v1;from-another-pc' };
    expect(setup(version, legacy).tracker.start().alsoSaved).toEqual([]);
    // A new attempt (entry ab-initio, nothing held, as when the copy was made): the copy belongs to the old attempt.
    const next = setup(version, learner('ab-initio'));
    expect(next.tracker.start()).toMatchObject({ saved: null, alsoSaved: [] });
  });

  it('Exit confirms the local copy once the LMS has committed it', () => {
    const learner = version === 'scorm12' ? { core: { student_id: 'learner-9' } } : { learner_id: 'learner-9' };
    const first = setup(version, learner);
    first.tracker.start();
    first.tracker.save('v1;last-step', summary(0));
    first.tracker.finish({ exit: true });
    const again = setup(version, storedAfter(first.lms, version));
    expect(again.tracker.start()).toMatchObject({ saved: 'v1;last-step', alsoSaved: [] });
  });

  it('retries refused start-up writes (status and exit suspend), so a crash still resumes', () => {
    const lms = recordingLms(version);
    lms.failing.add(e.set);
    const { tracker, runTimer, notices } = setup(version, {}, lms);
    tracker.start();
    expect(notices.map((n) => n.id)).toEqual([UNSAVED_NOTICE_ID]);
    lms.failing.clear();
    runTimer();
    expect(lms.setsOf(e.exit)).toEqual(['suspend']);
    expect(lms.cmi()).toMatchObject(
      version === 'scorm12' ? { core: expect.objectContaining({ lesson_status: 'incomplete' }) } : { completion_status: 'incomplete' },
    );
  });

  it('a page kept in the back/forward cache saves but keeps the session open', () => {
    const { lms, tracker, tick } = setup(version);
    tracker.start();
    tracker.save('v1;s', summary(0));
    const commits = count(lms, e.commit);
    tick(1_000);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(count(lms, e.finish)).toBe(0);
    expect(count(lms, e.commit)).toBe(commits + 1);
    expect(tracker.tracksLms).toBe(true);
    tracker.finish();
  });

  it('an interaction refused half-way is written again at the same index, never twice', () => {
    const { lms, tracker, runTimer } = setup(version);
    tracker.start();
    const wrap = lms.api[e.set];
    let refusals = 1;
    lms.api[e.set] = (el: string, v: string) => (el.endsWith('.type') && refusals-- > 0 ? 'false' : wrap(el, v));
    tracker.recordInteractions([interaction('q1')]);
    runTimer();
    expect(lms.setsOf('cmi.interactions.0.id')).toEqual(['q1', 'q1']);
    expect(lms.setsOf('cmi.interactions.1.id')).toEqual([]);
    expect(lms.setsOf('cmi.interactions.0.type')).toEqual(['choice']);
  });

  it('Initialize refused: the course stays usable, says tracking is off, retries, then adopts what the LMS holds', () => {
    const stored =
      version === 'scorm12' ? { suspend_data: 'v1;held', core: { entry: 'resume' } } : { suspend_data: 'v1;held', entry: 'resume' };
    const { lms, tracker, notices, cleared, adopted, runTimer } = setup(version, stored);
    lms.failing.add(e.init);
    const start = tracker.start();
    expect(start.saved).toBeNull();
    expect(start.notices.map((n) => n.id)).toEqual([TRACKING_OFF_NOTICE_ID]);
    expect(tracker.tracksLms).toBe(false);
    tracker.save('v1;offline', summary(0.5));
    expect(count(lms, e.set)).toBe(0);
    runTimer();
    expect(count(lms, e.init)).toBe(2);
    lms.failing.clear();
    runTimer();
    expect(tracker.tracksLms).toBe(true);
    expect(cleared).toContain(TRACKING_OFF_NOTICE_ID);
    expect(adopted).toEqual(['v1;held']);
    expect(notices).toEqual([]);
  });

  it('records interactions in the version format, and never sends one twice', () => {
    const { lms, tracker } = setup(version);
    tracker.start();
    tracker.recordInteractions([interaction('s1-q1'), interaction('s1-q2', 'sequencing')]);
    tracker.recordInteractions([interaction('s1-q1')]);
    const base = 'cmi.interactions.0';
    if (version === 'scorm12') {
      expect(lms.setsOf(`${base}.id`)).toEqual(['s1-q1']);
      expect(lms.setsOf(`${base}.student_response`)).toEqual(['a,c']);
      expect(lms.setsOf(`${base}.correct_responses.0.pattern`)).toEqual(['a,b']);
      expect(lms.setsOf(`${base}.result`)).toEqual(['wrong']);
      expect(lms.setsOf(`${base}.latency`)).toEqual(['0000:00:12.50']);
      expect(lms.setsOf(`${base}.time`)[0]).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    } else {
      expect(lms.setsOf(`${base}.learner_response`)).toEqual(['a[,]c']);
      expect(lms.setsOf(`${base}.result`)).toEqual(['incorrect']);
      expect(lms.setsOf(`${base}.latency`)).toEqual(['PT0H0M12.5S']);
      expect(lms.setsOf(`${base}.description`)).toEqual(['Which of these are risk factors?']);
      expect(lms.setsOf(`${base}.timestamp`)[0]).toBe('2026-11-27T10:05:30.0Z');
    }
    expect(lms.setsOf('cmi.interactions.1.type')).toEqual(['sequencing']);
    expect(lms.setsOf('cmi.interactions.2.id')).toEqual([]);
  });

  it('keeps every value it sets within the version vocabulary and limits', () => {
    const { lms, tracker, tick } = setup(version);
    tracker.start();
    tracker.save('v1;s', summary(0.3333333333));
    tracker.recordInteractions([interaction('q')]);
    tracker.reportResult({ completion: 'completed', success: 'failed', score: 66.66666 });
    tick(3_600_000 * 3);
    tracker.finish();
    // scorm-again validates each value against the data model: every set above succeeded.
    const setCalls = lms.calls.filter((c) => c.method === e.set);
    expect(setCalls.filter((c) => c.result !== 'true')).toEqual([]);
    for (const [, value] of lms.sets()) expect(value.length).toBeLessThanOrEqual(4096);
  });
});

describe('SCORM 2004 exit', () => {
  it('the Exit button also asks the LMS to close the course, keeping the place (suspendAll)', () => {
    const { lms, tracker } = setup('scorm2004');
    tracker.start();
    tracker.finish({ exit: true });
    expect(lms.setsOf('adl.nav.request')).toEqual(['suspendAll']);
    // Set once in the session: a Commit already took it, so it is not sent again.
    expect(lms.setsOf('cmi.exit')).toEqual(['suspend']);
  });

  it('does not send again an interaction the LMS already holds after a resume', () => {
    const first = setup('scorm2004');
    first.tracker.start();
    first.tracker.recordInteractions([interaction('q1')]);
    first.tracker.finish();
    const second = setup('scorm2004', storedAfter(first.lms, 'scorm2004'));
    second.tracker.start();
    second.tracker.recordInteractions([interaction('q1'), interaction('q2')]);
    expect(second.lms.setsOf('cmi.interactions.0.id')).toEqual([]);
    expect(second.lms.setsOf('cmi.interactions.1.id')).toEqual(['q2']);
  });
});

function interaction(id: string, type: InteractionRecord['type'] = 'choice'): InteractionRecord {
  return {
    id,
    type,
    response: ['a', 'c'],
    correct: ['a', 'b'],
    result: 'wrong',
    weighting: 1,
    latencyMs: 12_500,
    time: new Date('2026-11-27T10:05:30Z'),
    description: 'Which of these are risk factors?',
  };
}

describe('interactions the LMS would refuse', () => {
  it('are rejected before anything is sent: bad ids, and multi-character 1.2 choices', () => {
    const v12 = setup('scorm12');
    v12.tracker.start();
    expect(() => v12.tracker.recordInteractions([{ ...interaction('has space') }])).toThrow(/interaction id/);
    expect(() => v12.tracker.recordInteractions([{ ...interaction('q1'), response: ['ab'] }])).toThrow(/one character/);
    expect(v12.lms.setsOf('cmi.interactions.0.id')).toEqual([]);
    const v2004 = setup('scorm2004');
    v2004.tracker.start();
    v2004.tracker.recordInteractions([{ ...interaction('q1'), response: ['choice-long-id'], correct: ['choice-long-id'] }]);
    expect(v2004.lms.setsOf('cmi.interactions.0.learner_response')).toEqual(['choice-long-id']);
  });
});
