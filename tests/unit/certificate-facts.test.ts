/** What a certificate may say: offered only once the course is complete, the LMS's name turned round, the completion date where known. */
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/course/progress.ts';
import { certificateName, certificateStanding } from '../../src/lib/certificate-facts.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const allDone: Progress = {
  lessons: Object.fromEntries(course.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }])),
};
const passedAt = (at?: number): Progress => ({
  ...allDone,
  quiz: {
    records: [{ score: 90, passed: true }],
    answers: [],
    counted: [
      { scenario: 's', step: 'a', response: ['a'], seconds: 3, ...(at ? { at: at - 60_000 } : {}) },
      { scenario: 's', step: 'b', response: ['b'], seconds: 3, ...(at ? { at } : {}) },
    ],
    reported: true,
  },
});

describe('certificate standing', () => {
  it('is refused, with the reason, until every lesson is done and the assessment passed', () => {
    expect(certificateStanding(course, { lessons: {} })).toEqual({ offered: false, why: expect.stringMatching(/every lesson and passed/) });
    expect(certificateStanding(course, allDone)).toEqual({ offered: false, why: expect.stringMatching(/passed the final assessment/) });
    const failed: Progress = { ...allDone, quiz: { records: [{ score: 40, passed: false }], answers: [], counted: [], reported: true } };
    expect(certificateStanding(course, failed).offered).toBe(false);
  });

  it('is offered after a pass, with the score and the time of the passing attempt’s last answer', () => {
    const at = Date.UTC(2026, 11, 6, 10, 0);
    expect(certificateStanding(course, passedAt(at))).toEqual({ offered: true, score: 90, completedAt: at });
    // Answers carry no time (an older saved state): no completion date is claimed.
    expect(certificateStanding(course, passedAt())).toEqual({ offered: true, score: 90 });
  });

  it('keeps the completion date through saving and reading back, after the answers were reported and lost their times', () => {
    // Seen in a browser test under load: the certificate said "Date issued" (today) instead
    // of when the course was completed, because a reported attempt's answers are saved
    // without their times. The end of the counted attempt is now saved on its own.
    const ended = Date.UTC(2026, 11, 1, 9, 30, 15);
    const saved = { ...passedAt(), quiz: { ...passedAt().quiz!, countedAt: ended } };
    const read = decodeProgress(encodeProgress(course.id, saved), course);
    if (!read.ok) throw new Error('the saved state did not read back');
    expect(read.progress.quiz?.countedAt).toBe(ended);
    expect(certificateStanding(course, read.progress)).toEqual({ offered: true, score: 90, completedAt: ended });
  });

  it('without an assessment, is offered once every lesson is done, with no score', () => {
    const noAssessment = { ...course, assessment: undefined };
    expect(certificateStanding(noAssessment, { lessons: {} })).toEqual({ offered: false, why: expect.stringMatching(/every lesson\.$/) });
    expect(certificateStanding(noAssessment, allDone)).toEqual({ offered: true });
  });
});

describe('the name on a certificate', () => {
  it.each([
    ['Okafor, Grace', 'Grace Okafor'],
    ['  Grace   Okafor ', 'Grace Okafor'],
    ['Okafor, Grace, Dr', 'Okafor, Grace, Dr'],
    ['', undefined],
    [undefined, undefined],
  ])('%j reads as %j', (raw, name) => {
    expect(certificateName(raw)).toBe(name);
  });
});
