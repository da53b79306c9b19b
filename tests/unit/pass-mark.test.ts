/**
 * One rule for a valid pass mark, and every place that takes a pass mark keeps to it:
 * the content build, the settings file, the manifests and the LMS's mastery score.
 */
import { describe, expect, it } from 'vitest';
import { buildManifest12 } from '../../scorm/package/manifest-12.ts';
import { buildManifest2004 } from '../../scorm/package/manifest-2004.ts';
import { dialect12 } from '../../scorm/runtime/dialect-12.ts';
import { dialect2004 } from '../../scorm/runtime/dialect-2004.ts';
import { applySettings, withLmsPassMark } from '../../src/app/settings.ts';
import { courseFileSchema } from '../../tools/content-pipeline/schema.ts';
import { isPassMark, passMarkFromPercent, passMarkFromScaled } from '../../src/lib/pass-mark.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { recordingLms } from '../fixtures/recording-lms.ts';

const INVALID = [0, -5, 101, 75.5, Number.NaN, Number.POSITIVE_INFINITY];

describe('the pass-mark rule', () => {
  it('accepts whole numbers from 1 to 100 only', () => {
    expect([1, 50, 80, 100].every(isPassMark)).toBe(true);
    expect([...INVALID, '80', null, undefined].some(isPassMark)).toBe(false);
  });

  it('rounds an LMS mastery score with a fraction up, since scores are whole percentages', () => {
    expect(passMarkFromPercent(75.5)).toBe(76);
    expect(passMarkFromPercent(75.2)).toBe(76);
    expect(passMarkFromPercent(80)).toBe(80);
    expect(passMarkFromScaled(0.752)).toBe(76);
    expect(passMarkFromScaled(0.57)).toBe(57);
    expect(passMarkFromScaled(1)).toBe(100);
  });

  it('ignores an LMS mastery score that is no usable pass mark', () => {
    for (const v of [0, -1, 100.5, 150, Number.NaN]) expect(passMarkFromPercent(v)).toBeUndefined();
    for (const v of [0, -0.5, 1.2, Number.NaN]) expect(passMarkFromScaled(v)).toBeUndefined();
  });
});

describe('every place that takes a pass mark keeps the rule', () => {
  it('the course file refuses what the rule refuses', () => {
    const course = {
      id: 'c',
      version: '1.0.0',
      title: 'T',
      description: 'D',
      organisation: 'O',
      lessons: ['a'],
      support: [{ id: 's', name: 'N', detail: 'D' }],
    };
    expect(courseFileSchema.safeParse({ ...course, passMark: 80 }).success).toBe(true);
    for (const passMark of INVALID) {
      const result = courseFileSchema.safeParse({ ...course, passMark });
      expect(result.success, String(passMark)).toBe(false);
      if (Number.isFinite(passMark)) expect(result.error?.issues[0].message).toMatch(/whole number from 1 to 100/);
    }
  });

  it('the settings file refuses what the rule refuses', () => {
    for (const passMark of [0, 101, 75.5]) {
      const { course, problems } = applySettings(fixture.meta, { passMark });
      expect(course.passMark).toBe(fixture.meta.passMark);
      expect(problems.join()).toMatch(/passMark must be a whole number from 1 to 100/);
    }
  });

  it('both manifests refuse what the rule refuses', () => {
    const input = { identifier: 'demo', title: 'Demo', version: '1.0.0', files: ['index.html'] };
    for (const passMark of [0, 101, 75.5]) {
      expect(() => buildManifest12({ ...input, passMark })).toThrow(/passMark must be a whole number from 1 to 100/);
      expect(() => buildManifest2004({ ...input, passMark })).toThrow(/passMark must be a whole number from 1 to 100/);
    }
  });

  it.each([
    ['scorm12', { student_data: { mastery_score: '75.5' } }, 76],
    ['scorm12', { student_data: { mastery_score: '0' } }, undefined],
    ['scorm2004', { scaled_passing_score: '0.755' }, 76],
    ['scorm2004', { scaled_passing_score: '0' }, undefined],
  ] as const)('a SCORM %s LMS mastery score %j becomes pass mark %s in both dialects alike', (version, stored, expected) => {
    const lms = recordingLms(version, stored);
    const dialect = version === 'scorm12' ? dialect12 : dialect2004;
    const api = dialect.wrap(lms.api);
    expect(api.initialize()).toBe(true);
    expect(dialect.read(api).passMark).toBe(expected);
  });

  it('the LMS mastery score overrides the pass mark only when it is a valid pass mark', () => {
    expect(withLmsPassMark(fixture.meta, 90).passMark).toBe(90);
    for (const bad of [undefined, 0, 75.5, 101]) expect(withLmsPassMark(fixture.meta, bad).passMark).toBe(fixture.meta.passMark);
  });
});
