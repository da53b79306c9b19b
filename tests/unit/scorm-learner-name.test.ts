/** The SCORM driver reads the learner's name for the certificate, and never writes it. */
import { afterEach, describe, expect, it } from 'vitest';
import { driveLms, finishAll } from '../fixtures/scorm-harness.ts';
import { recordingLms } from '../fixtures/recording-lms.ts';

afterEach(() => finishAll());

describe('the learner name from the LMS', () => {
  it.each([
    ['scorm12', { core: { student_id: 'g1', student_name: 'Okafor, Grace' } }, 'cmi.core.student_name'],
    ['scorm2004', { learner_id: 'g1', learner_name: 'Grace Okafor' }, 'cmi.learner_name'],
  ] as const)('%s: read after Initialize from %s, as the LMS gives it, and never set', (version, stored, element) => {
    const lms = recordingLms(version, { cmi: stored });
    const { tracker } = driveLms(version, lms.api);
    expect(tracker.learnerName?.()).toBeUndefined();
    tracker.start();
    expect(tracker.learnerName?.()).toBe(version === 'scorm12' ? 'Okafor, Grace' : 'Grace Okafor');
    expect(lms.calls.some((c) => /GetValue$/.test(c.method) && c.args[0] === element)).toBe(true);
    tracker.finish();
    expect(lms.sets().filter(([e]) => /student_name|learner_name/.test(e))).toEqual([]);
  });

  it('is undefined when the LMS gives none', () => {
    const lms = recordingLms('scorm12', { cmi: { core: { student_id: 'g1' } } });
    const { tracker } = driveLms('scorm12', lms.api);
    tracker.start();
    expect(tracker.learnerName?.()).toBeUndefined();
  });
});
