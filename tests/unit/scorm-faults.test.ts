/**
 * The faults found with a fault-injecting LMS, each against the real driver and
 * scorm-again with a fault switch: unread values, a closed LMS window, an LMS that refuses
 * everything, blocked storage, a double Exit, a slow LMS, and interactions marked reported
 * before the LMS took them. Also the loose ends: no empty Commit, no repeated value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSED_NOTICE_ID, TRACKING_OFF_NOTICE_ID, UNREAD_NOTICE_ID, UNSAVED_NOTICE_ID } from '../../scorm/runtime/scorm-tracker.ts';
import { interactionId } from '../../src/lib/quiz-reporting.ts';
import { connectPersistence } from '../../src/state/persistence.ts';
import { restoreProgress } from '../../src/state/restore.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import type { Progress } from '../../src/course/progress.ts';
import { resendUnreported } from '../../src/state/unreported.ts';
import { useStore } from '../../src/state/store.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import { fixture, fixtureSource } from '../fixtures/fixture-course.ts';
import { emptyCommits, recordingLms, repeatedSets, storedAfter, type Version } from '../fixtures/recording-lms.ts';
import { driveLms, EL, finishAll, summary, interaction } from '../fixtures/scorm-harness.ts';

const ALL_METHODS: Record<Version, string[]> = {
  scorm12: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  scorm2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
};

function learner(version: Version, id: string, more: Record<string, unknown> = {}) {
  return version === 'scorm12' ? { core: { student_id: id, entry: 'resume' }, ...more } : { learner_id: id, entry: 'resume', ...more };
}

function passed(version: Version, id: string) {
  return version === 'scorm12'
    ? { core: { student_id: id, entry: 'resume', lesson_status: 'passed', score: { raw: '90' } }, suspend_data: 'v1;all-done' }
    : {
        learner_id: id,
        entry: 'resume',
        completion_status: 'completed',
        success_status: 'passed',
        score: { raw: '90' },
        suspend_data: 'v1;all-done',
      };
}

const heldStatus = (version: Version, cmi: Record<string, unknown>) =>
  version === 'scorm12' ? (cmi.core as Record<string, unknown>).lesson_status : cmi.completion_status;

afterEach(finishAll);

describe.each(['scorm12', 'scorm2004'] as const)('%s faults', (version) => {
  const e = EL[version];

  it('F1: GetValue answering undefined for a passed learner writes no status and no suspend data, and says so', () => {
    const lms = recordingLms(version, passed(version, 'learner-1'));
    lms.undefinedReads.when = () => true;
    const { tracker } = driveLms(version, lms.api);
    const start = tracker.start();
    expect(start.saved).toBeNull();
    expect(start.notices.map((n) => n.id)).toEqual([UNREAD_NOTICE_ID]);
    // The course starts from nothing and the learner opens one lesson.
    tracker.save('v1;one-lesson', summary(0.1));
    tracker.reportResult({ completion: 'incomplete', success: 'unknown' });
    // Nothing of this session reached the LMS: Exit must not say it did.
    expect(tracker.finish({ exit: true })).toBe(false);
    expect(lms.setsOf(e.status)).toEqual([]);
    expect(lms.setsOf('cmi.suspend_data')).toEqual([]);
    const cmi = lms.cmi();
    expect(heldStatus(version, cmi)).toBe(version === 'scorm12' ? 'passed' : 'completed');
    expect(cmi.suspend_data).toBe('v1;all-done');
  });

  it('F1: with the status unread but the learner known, the session works from the device copy', () => {
    const storage = openStorage();
    const first = recordingLms(version, learner(version, 'learner-2'));
    const one = driveLms(version, first.api, { storage });
    one.tracker.start();
    one.tracker.save('v1;two-lessons', summary(0.2));
    one.tracker.finish();
    const second = recordingLms(version, storedAfter(first, version));
    second.undefinedReads.when = (el) => el !== e.learner;
    const two = driveLms(version, second.api, { storage });
    const start = two.tracker.start();
    expect(start.saved).toBe('v1;two-lessons');
    expect(start.notices[0].message).toMatch(/copy kept on this device/);
    two.tracker.save('v1;three-lessons', summary(0.3));
    expect(second.setsOf('cmi.suspend_data')).toEqual([]);
  });

  it('F1: what an unread session kept on the device is merged at the next working launch, whatever the LMS counter says', () => {
    const storage = openStorage();
    // The first sessions ran on another device: this one has no earlier copy.
    const otherDevice = openStorage(() => {
      throw new DOMException('another device', 'SecurityError');
    });
    const first = recordingLms(version, learner(version, 'learner-8'));
    const one = driveLms(version, first.api, { storage: otherDevice });
    one.tracker.start();
    for (const step of ['v1;a', 'v1;ab', 'v1;abc']) one.tracker.save(step, summary(0.3));
    one.tracker.finish();
    // A session where the LMS would not say what it holds: its lesson stays on the device.
    const unreadLms = recordingLms(version, storedAfter(first, version));
    unreadLms.undefinedReads.when = (el) => el !== e.learner;
    const two = driveLms(version, unreadLms.api, { storage });
    two.tracker.start();
    two.tracker.save('v1;abc-and-more', summary(0.4));
    two.tracker.finish();
    // The next working launch takes it in, so the exit page's "will be sent" is true.
    const three = driveLms(version, recordingLms(version, storedAfter(first, version)).api, { storage }).tracker.start();
    expect(three.alsoSaved).toEqual(['v1;abc-and-more']);
  });

  it('a late Initialize merges what the LMS holds before writing: less progress is never written over more', () => {
    const lms = recordingLms(version, learner(version, 'learner-9', { suspend_data: 'v1;a,b,c' }));
    const initialize = ALL_METHODS[version][0];
    lms.failing.add(initialize);
    // As the app does: whatever is adopted is merged into the session's progress (here a set
    // of lesson names), which then saves.
    const lessons = new Set<string>();
    const saveAll = () => run.tracker.save(`v1;${[...lessons].sort().join(',')}`, summary(lessons.size / 4));
    const run: ReturnType<typeof driveLms> = driveLms(version, lms.api, {
      host: {
        adopt: (saved) => {
          for (const l of saved.replace(/^v1;/, '').split(';')[0].split(',')) lessons.add(l);
          saveAll();
        },
      },
    });
    run.tracker.start();
    lessons.add('a');
    saveAll();
    lms.failing.delete(initialize);
    run.runTimer();
    const written = lms.setsOf('cmi.suspend_data');
    expect(written.length).toBeGreaterThan(0);
    // Every suspend data written holds at least the three lessons the LMS had.
    expect(written.filter((v) => !v.startsWith('v1;a,b,c'))).toEqual([]);
  });

  it('F2: the LMS window closed under the popup while its API still answers "true": a notice, nothing claimed saved', () => {
    const lms = recordingLms(version, learner(version, 'learner-3'));
    const { tracker, notices } = driveLms(version, lms.api, { win: lms.win });
    tracker.start();
    tracker.save('v1;a', summary(0.25));
    lms.win.closed = true;
    const calls = lms.calls.length;
    tracker.save('v1;b', summary(0.5));
    expect(notices.map((n) => n.id)).toEqual([CLOSED_NOTICE_ID]);
    expect(notices[0].message).toMatch(/kept on this device/);
    expect(tracker.finish({ exit: true })).toBe(false);
    // Nothing said to an API whose LMS is gone: it would answer "true" and keep nothing.
    expect(lms.calls.length).toBe(calls);
  });

  it('F3: every call returns "false": the lesson finished in that session is kept on the device and merged at the next launch', () => {
    const storage = openStorage();
    // Learner 4 has launched on this device before, so a copy made while no learner could be
    // named records them as the last learner here.
    const before = recordingLms(version, learner(version, 'learner-4'));
    driveLms(version, before.api, { storage }).tracker.start();
    const dead = recordingLms(version, learner(version, 'learner-4'));
    for (const m of ALL_METHODS[version]) dead.failing.add(m);
    const one = driveLms(version, dead.api, { storage });
    expect(one.tracker.start().notices.map((n) => n.id)).toEqual([TRACKING_OFF_NOTICE_ID]);
    one.tracker.save('v1;lesson-done', summary(0.5));
    expect(one.tracker.finish({ exit: true })).toBe(false);
    expect(one.tracker.keptOnDevice).toBe(true);

    const working = recordingLms(version, learner(version, 'learner-4', { suspend_data: 'v1;before' }));
    const start = driveLms(version, working.api, { storage }).tracker.start();
    expect(start.saved).toBe('v1;before');
    expect(start.alsoSaved).toEqual(['v1;lesson-done']);
  });

  it('F3 on a shared PC: a copy made before any learner was named never reaches another learner', () => {
    const storage = openStorage();
    driveLms(version, recordingLms(version, learner(version, 'learner-a')).api, { storage }).tracker.start();
    // Someone's launch where the LMS never answered: the copy cannot say whose it is.
    const dead = recordingLms(version, learner(version, 'learner-b'));
    for (const m of ALL_METHODS[version]) dead.failing.add(m);
    const one = driveLms(version, dead.api, { storage });
    one.tracker.start();
    one.tracker.save('v1;someone-else', summary(0.5));
    one.tracker.finish({ exit: true });
    // Learner B was never the last learner here, so B's next launch does not take it either...
    const b = driveLms(version, recordingLms(version, learner(version, 'learner-b')).api, { storage }).tracker.start();
    expect(b.alsoSaved).toEqual([]);
    // ...and a learner with no id named never reads anyone's copy.
    const nobody = driveLms(version, recordingLms(version, learner(version, '')).api, { storage }).tracker.start();
    expect(nobody.saved).toBeNull();
    expect(nobody.alsoSaved).toEqual([]);
  });

  it('an LMS that holds nothing yet is started as incomplete even when this device has a copy', () => {
    const storage = openStorage();
    const earlier = driveLms(version, recordingLms(version, learner(version, 'learner-6')).api, { storage });
    earlier.tracker.start();
    earlier.tracker.save('v1;one-lesson', summary(0.25));
    // The LMS lost all of it (a new attempt record, status and suspend data truly empty).
    const empty = recordingLms(version, learner(version, 'learner-6'));
    driveLms(version, empty.api, { storage }).tracker.start();
    expect(empty.setsOf(EL[version].status)).toContain('incomplete');
  });

  it('F4: the LMS refuses saves and storage is blocked: never "kept on this device"', () => {
    const blocked = openStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const lms = recordingLms(version, learner(version, 'learner-5'));
    const { tracker, notices } = driveLms(version, lms.api, { storage: blocked });
    tracker.start();
    lms.failing.add(e.commit);
    tracker.save('v1;a', summary(0.5));
    expect(notices.map((n) => n.id)).toEqual([UNSAVED_NOTICE_ID]);
    expect(notices[0].message).not.toMatch(/kept on this device/);
    expect(notices[0].message).toMatch(/not letting the course keep a copy/);
    expect(tracker.finish({ exit: true })).toBe(false);
    expect(tracker.keptOnDevice).toBe(false);
  });

  it('F6: a second Exit (double click) gets the first answer, not "did not confirm"', () => {
    const lms = recordingLms(version);
    const { tracker } = driveLms(version, lms.api);
    tracker.start();
    tracker.save('v1;a', summary(0.5));
    expect(tracker.finish({ exit: true })).toBe(true);
    expect(tracker.finish({ exit: true })).toBe(true);
    expect(lms.calls.filter((c) => /Finish|Terminate/.test(c.method))).toHaveLength(1);
  });

  it('F7: on a slow LMS the first section does not commit twice back to back with nothing set between', () => {
    const lms = recordingLms(version);
    const run = driveLms(version, lms.api);
    // Each Commit takes 3 seconds.
    lms.onCommit.run = () => run.tick(3_000);
    run.tracker.start();
    // What the app does on "Start the course": the first section is saved, then the outcome reported.
    run.tracker.save('v1;first', summary(0, 'first/one'));
    run.tracker.reportResult({ completion: 'incomplete', success: 'unknown' });
    run.tracker.save('v1;second', summary(0, 'first/two'));
    expect(emptyCommits(lms.calls)).toBe(0);
    expect(lms.calls.filter((c) => c.method === e.commit)).toHaveLength(2);
  });

  it('loose ends: over two launches, no empty Commit and no SetValue repeating a value a Commit already took', () => {
    const storage = openStorage();
    const first = recordingLms(version, learner(version, 'learner-6'));
    const one = driveLms(version, first.api, { storage });
    one.tracker.start();
    one.tracker.save('v1;1', summary(0, 'first/one'));
    one.tracker.reportResult({ completion: 'incomplete', success: 'unknown' });
    one.tracker.save('v1;2', summary(0.5, 'first/two'));
    one.tick(5_000);
    one.tracker.save('v1;3', summary(0.5, 'second/one'));
    one.tracker.save('v1;3b', summary(0.5, 'second/one'));
    one.tracker.recordInteractions([interaction('q1'), interaction('q2')]);
    one.tracker.reportResult({ completion: 'completed', success: 'passed', score: 80 });
    one.tracker.finish({ exit: true });
    const second = recordingLms(version, storedAfter(first, version));
    const two = driveLms(version, second.api, { storage });
    two.tracker.start();
    two.tracker.save('v1;4', summary(1, 'second/one'));
    two.tracker.finish();
    for (const lms of [first, second]) {
      expect(emptyCommits(lms.calls)).toBe(0);
      expect(repeatedSets(lms.calls)).toEqual([]);
      // Exit and session time are set in every session.
      expect(lms.setsOf(version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit')).toContain('suspend');
      expect(lms.setsOf(e.time).length).toBeGreaterThan(0);
    }
  });

  it('markReported: interactions the LMS refuses are not marked reported (no x:1), and the next launch sends them before the score', async () => {
    const storage = openStorage();
    const course = fixture.meta;
    const first = recordingLms(version, learner(version, 'learner-7'));
    first.refuse.when = (method, [element]) => /SetValue$/.test(method) && element.startsWith('cmi.interactions.');
    const one = driveLms(version, first.api, { storage, host: { reported: () => useStore.getState().markReported() } });
    one.tracker.start();
    const stop = connectPersistence(course, one.tracker);
    useStore.getState().finishAttempt({ score: 100, passed: true }, true, [interaction('s1_a'), interaction('s1_b')]);
    // The LMS window closes.
    window.dispatchEvent(new Event('pagehide'));
    stop();
    expect(useStore.getState().progress.quiz?.reported).toBe(false);
    expect(first.setsOf('cmi.suspend_data').some((s) => s.includes(';x:1'))).toBe(false);
    expect(first.setsOf('cmi.interactions.0.id')).toEqual([]);

    const second = recordingLms(version, storedAfter(first, version));
    const two = driveLms(version, second.api, { storage });
    two.tracker.start();
    expect(second.setsOf('cmi.interactions.0.id')).toEqual(['s1_a']);
    expect(second.setsOf('cmi.interactions.1.id')).toEqual(['s1_b']);
    const order = second.sets().map(([el]) => el);
    expect(order.indexOf('cmi.interactions.1.id')).toBeLessThan(order.indexOf(e.raw));
    // Once the app has restored its progress (after start returns), it hears they were taken.
    expect(two.reported()).toBe(0);
    await Promise.resolve();
    expect(two.reported()).toBe(1);
  });

  it('unreported interactions with no device copy (storage blocked): the next launch builds them again from the saved state', async () => {
    const course = fixture.meta;
    const scenario = fixture.assessment!.scenarios[0];
    const [step] = Object.entries(scenario.steps).find(([, st]) => st.kind === 'decision')!;
    const answeredAt = Date.UTC(2026, 10, 27, 9, 30, 0);
    // What the LMS holds after a session whose interaction writes were refused: a pass, not reported.
    const progress: Progress = {
      lessons: {},
      quiz: {
        records: [{ score: 100, passed: true }],
        answers: [],
        counted: [{ scenario: scenario.id, step, response: ['a'], seconds: 9, at: answeredAt }],
        reported: false,
      },
    };
    const lms = recordingLms(version, learner(version, 'learner-8', { suspend_data: encodeProgress(course.id, progress) }));
    const blocked = openStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const run = driveLms(version, lms.api, { storage: blocked, host: { reported: () => useStore.getState().markReported() } });
    restoreProgress(course, run.tracker);
    const stop = connectPersistence(course, run.tracker);
    await resendUnreported(course, fixtureSource.loadAssessment);
    stop();
    const id = interactionId(scenario.id, step);
    expect(lms.setsOf('cmi.interactions.0.id')).toEqual([id]);
    if (version === 'scorm2004') expect(lms.setsOf('cmi.interactions.0.timestamp')).toEqual(['2026-11-27T09:30:00.0Z']);
    expect(useStore.getState().progress.quiz?.reported).toBe(true);
    expect(lms.setsOf('cmi.suspend_data').at(-1)).toContain(';x:1');
  });
});
