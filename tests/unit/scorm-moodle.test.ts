/**
 * Moodle's SCORM 1.2 player with its server misbehaving, as an LMS double: it marks values
 * as sent even when the request fails and then posts only changes, and at unload its
 * beacons answer "true" whether or not anything arrives. The LMS's "true" is not proof:
 * the next launch reads back what Moodle holds and repairs both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UNSAVED_NOTICE_ID } from '../../scorm/runtime/scorm-tracker.ts';
import { withoutTrackingFields } from '../../src/tracking/tracking-fields.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import { moodle12Lms } from '../fixtures/moodle12-lms.ts';
import { driveLms, finishAll, summary, interaction } from '../fixtures/scorm-harness.ts';

afterEach(finishAll);

const held = (server: Map<string, string>) => withoutTrackingFields(server.get('cmi.suspend_data') ?? '');

describe('SCORM 1.2 in a Moodle-like player whose server misbehaves', () => {
  it('a pass made while the network is down: the retry makes Moodle post the state again, and the next launch sends interactions, score and status', () => {
    const storage = openStorage();
    const lms = moodle12Lms(new Map([['cmi.core.student_id', 'learner-m1']]));
    const one = driveLms('scorm12', lms.api, { storage });
    one.tracker.start();
    one.tracker.save('v1;lessons', summary(0.5));
    lms.networkDown = true;
    one.tracker.recordInteractions([interaction('q1'), interaction('q2')]);
    one.tracker.reportResult({ completion: 'completed', success: 'passed', score: 90 });
    one.tracker.save('v1;passed', summary(1));
    expect(one.notices.map((n) => n.id)).toContain(UNSAVED_NOTICE_ID);
    lms.networkDown = false;
    one.runTimer();
    expect(one.cleared).toContain(UNSAVED_NOTICE_ID);
    one.tracker.finish({ exit: true });
    // What Moodle holds: the state came through (a new save counter made it post it again),
    // but the values it marked as sent in the failed request never did.
    expect(held(lms.server)).toBe('v1;passed');
    expect(lms.server.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.server.get('cmi.core.score.raw')).toBeUndefined();
    expect(lms.server.get('cmi.interactions.0.id')).toBeUndefined();

    const next = lms.relaunch();
    const two = driveLms('scorm12', next.api, { storage });
    two.tracker.start();
    expect(next.server.get('cmi.interactions.0.id')).toBe('q1');
    expect(next.server.get('cmi.interactions.1.id')).toBe('q2');
    expect(next.server.get('cmi.core.score.raw')).toBe('90');
    expect(next.server.get('cmi.core.lesson_status')).toBe('passed');
    // Before anything else, in the order interactions, score, status.
    const sets = next.calls.filter((c) => c.method === 'LMSSetValue').map((c) => c.args[0]);
    expect(sets.indexOf('cmi.interactions.1.result')).toBeLessThan(sets.indexOf('cmi.core.score.raw'));
    expect(sets.indexOf('cmi.core.score.raw')).toBeLessThan(sets.indexOf('cmi.core.lesson_status'));
  });

  it('the unload beacons answer "true" but never arrive: the next launch finds the device copy ahead and sends it', () => {
    const storage = openStorage();
    const lms = moodle12Lms(new Map([['cmi.core.student_id', 'learner-m2']]));
    const one = driveLms('scorm12', lms.api, { storage });
    one.tracker.start();
    one.tracker.save('v1;lesson-1', summary(0.25));
    one.tracker.save('v1;lesson-2', summary(0.5));
    // The last lesson's last step: saved, committed at leaving.
    one.tracker.save('v1;lesson-2-end', summary(0.5));
    lms.unloading = true;
    lms.beaconsLost = true;
    window.dispatchEvent(new Event('pagehide'));
    // Moodle said "true" to everything...
    expect(one.tracker.finish()).toBe(true);
    // ...but holds the save before.
    expect(held(lms.server)).toBe('v1;lesson-2');

    const next = lms.relaunch();
    const two = driveLms('scorm12', next.api, { storage });
    const start = two.tracker.start();
    expect(start.saved).toBe('v1;lesson-2');
    expect(start.alsoSaved).toEqual(['v1;lesson-2-end']);
    // The app merges it and saves at once (restore's mergedNewer).
    two.tracker.save('v1;lesson-2-end', summary(0.5));
    two.tick(1_000);
    two.tracker.finish();
    expect(held(next.server)).toBe('v1;lesson-2-end');
  });
});
