/**
 * What each interaction carries to the LMS: the time the learner answered it (not the time
 * the result was reported) and its latency from when the decision was shown; and the
 * saved-state fields the SCORM driver relies on, backward compatible with v1 strings.
 */
import { describe, expect, it } from 'vitest';
import { toInteractions } from '../../src/lib/quiz-reporting.ts';
import type { Answer } from '../../src/course/progress.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { trackingFields, withoutTrackingFields, withTrackingFields } from '../../src/tracking/tracking-fields.ts';
import type { Progress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { recordingLms } from '../fixtures/recording-lms.ts';
import { driveLms } from '../fixtures/scorm-harness.ts';

const assessment = fixture.assessment!;
const decisions = assessment.scenarios.flatMap((s) =>
  Object.entries(s.steps)
    .filter(([, step]) => step.kind === 'decision')
    .map(([id]) => ({ scenario: s.id, step: id })),
);

describe('interactions', () => {
  it('each carries the time its decision was answered and the latency from when it was shown', () => {
    expect(decisions.length).toBeGreaterThan(1);
    const [a, b] = decisions;
    const answers = [
      { ...a, response: ['a'], seconds: 12, at: Date.UTC(2026, 10, 27, 10, 0, 0) },
      { ...b, response: ['b'], seconds: 7, at: Date.UTC(2026, 10, 27, 10, 3, 0) },
    ];
    const reportedAt = new Date(Date.UTC(2026, 10, 27, 10, 9, 0));
    const records = toInteractions(assessment, answers, reportedAt);
    expect(records.map((r) => r.time.toISOString())).toEqual(['2026-11-27T10:00:00.000Z', '2026-11-27T10:03:00.000Z']);
    expect(records.map((r) => r.latencyMs)).toEqual([12_000, 7_000]);

    const lms = recordingLms('scorm2004');
    const { tracker } = driveLms('scorm2004', lms.api);
    tracker.start();
    tracker.recordInteractions(records);
    expect([0, 1].map((n) => lms.setsOf(`cmi.interactions.${n}.timestamp`)[0])).toEqual([
      '2026-11-27T10:00:00.0Z',
      '2026-11-27T10:03:00.0Z',
    ]);
    tracker.finish();
  });

  it('the answer time survives the saved state, to the second', () => {
    const at = Date.UTC(2026, 10, 27, 10, 0, 7);
    const progress: Progress = {
      lessons: {},
      quiz: { records: [], answers: [], counted: [{ ...decisions[0], response: ['a'], seconds: 3, at }], reported: false },
    };
    const decoded = decodeProgress(encodeProgress(fixture.meta.id, progress), fixture.meta);
    expect(decoded.ok && decoded.progress.quiz?.counted[0].at).toBe(at);
  });
});

describe("the driver's fields in the saved state", () => {
  const v1 = `v1;c:${fixture.meta.id};l:first/two/1;b:${decisions[0].scenario}~${decisions[0].step}.a.3;x:1`;

  it('a v1 string without them still decodes, and with them decodes to the same progress', () => {
    const plain = decodeProgress(v1, fixture.meta);
    expect(plain.ok).toBe(true);
    const stamped = withTrackingFields(v1, { saves: 41, nextInteraction: 18 });
    expect(stamped).toBe(`${v1};s:41;n:18`);
    expect(decodeProgress(stamped, fixture.meta)).toEqual(plain);
  });

  it("are read, replaced and stripped without touching the course's own fields", () => {
    expect(trackingFields(v1)).toEqual({});
    const stamped = withTrackingFields(withTrackingFields(v1, { saves: 1, nextInteraction: 2 }), { saves: 3, nextInteraction: 4 });
    expect(trackingFields(stamped)).toEqual({ saves: 3, nextInteraction: 4 });
    expect(withoutTrackingFields(stamped)).toBe(v1);
  });
});

describe('answer times in the saved state', () => {
  it('round-trip across scenarios, in any order, even when a later-written answer was given earlier', () => {
    const [a, b, c] = decisions;
    const t = Date.UTC(2026, 10, 27, 10, 0, 0);
    const answers: Answer[] = [
      { ...a, response: ['a'], seconds: 3, at: t + 60_000 },
      { ...b, response: ['b'], seconds: 4, at: t },
      { ...(c ?? a), response: ['c'], seconds: 5 },
    ];
    const progress: Progress = { lessons: {}, quiz: { records: [], answers, counted: [], reported: false } };
    const decoded = decodeProgress(encodeProgress(fixture.meta.id, progress), fixture.meta);
    const byStep = decoded.ok ? decoded.progress.quiz!.answers.map((x) => [x.scenario, x.step, x.at]) : [];
    expect(byStep).toEqual(expect.arrayContaining(answers.map((x) => [x.scenario, x.step, x.at])));
  });
});
