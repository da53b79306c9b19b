import { describe, expect, it } from 'vitest';
import { courseProgress, lessonStatus, mergeProgress, reachSection, resumeTarget, unionOfRecords } from '../../src/lib/progress-rules.ts';
import { standing } from '../../src/lib/quiz-rules.ts';
import type { Progress, QuizProgress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const first = course.lessons[0];

describe('progress rules', () => {
  it('a lesson is not started, in progress, then done', () => {
    expect(lessonStatus(undefined)).toBe('not-started');
    expect(lessonStatus({ at: 'one', done: false })).toBe('in-progress');
    expect(lessonStatus({ at: 'two', done: true })).toBe('done');
  });

  it('a lesson is done when its last section is reached', () => {
    expect(reachSection(first, undefined, 'one')).toEqual({ at: 'one', done: false });
    expect(reachSection(first, { at: 'one', done: false }, 'two')).toEqual({ at: 'two', done: true });
  });

  it('going back keeps the furthest section and the lesson done', () => {
    expect(reachSection(first, { at: 'two', done: true }, 'one')).toEqual({ at: 'two', done: true });
  });

  it('counts only required lessons towards completion', () => {
    const progress = { lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } } };
    expect(courseProgress(course, progress)).toEqual({ done: 2, skipped: 0, counted: 2, required: 2, percent: 100, complete: true });
    expect(courseProgress(course, { lessons: { first: { at: 'two', done: true } } })).toMatchObject({
      done: 1,
      percent: 50,
      complete: false,
    });
  });

  it('continue goes to the last place, or the first unfinished lesson', () => {
    expect(resumeTarget(course, { lessons: {} })).toEqual({ lesson: 'first', section: undefined });
    expect(resumeTarget(course, { lessons: { first: { at: 'one', done: false } }, position: { lesson: 'first', section: 'one' } })).toEqual(
      { lesson: 'first', section: 'one' },
    );
    expect(resumeTarget(course, { lessons: { first: { at: 'two', done: true } }, position: { lesson: 'first', section: 'two' } })).toEqual({
      lesson: 'sensitive',
      section: undefined,
    });
  });
});

describe('merging two records of progress', () => {
  it('keeps every done lesson, the furthest section, and the newer position', () => {
    const older = {
      lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: false } },
      position: { lesson: 'first', section: 'two' },
    };
    const newer = {
      lessons: { sensitive: { at: 'one', done: false }, extra: { at: 'only', done: true } },
      position: { lesson: 'extra', section: 'only' },
    };
    expect(mergeProgress(course, older, newer)).toEqual({
      lessons: {
        first: { at: 'two', done: true },
        sensitive: { at: 'two', done: false },
        extra: { at: 'only', done: true },
      },
      position: { lesson: 'extra', section: 'only' },
    });
  });

  const quiz = (q: Partial<QuizProgress>): QuizProgress => ({ records: [], answers: [], counted: [], reported: false, ...q });
  const answer = (step: string, choice: string) => ({ scenario: 'scene', step, response: [choice], seconds: 3 });
  const withQuiz = (q: Partial<QuizProgress>): Progress => ({ lessons: {}, quiz: quiz(q) });

  it('never loses a done lesson, whichever record is newer', () => {
    const a: Progress = { lessons: { first: { at: 'two', done: true } } };
    const b: Progress = { lessons: { first: { at: 'one', done: false }, sensitive: { at: 'one', done: false } } };
    for (const merged of [mergeProgress(course, a, b), mergeProgress(course, b, a)]) {
      expect(merged.lessons).toEqual({ first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } });
    }
  });

  it('keeps the results of both records, the shared history once', () => {
    const shared = [{ score: 40, passed: false }];
    const a = [...shared, { score: 60, passed: false }];
    const b = [...shared, { score: 50, passed: false }];
    expect(unionOfRecords(a, b)).toEqual([...shared, { score: 50, passed: false }, { score: 60, passed: false }]);
    expect(unionOfRecords(b, a)).toEqual(unionOfRecords(a, b));
    // One record already holding the other's results adds nothing.
    expect(unionOfRecords(a, unionOfRecords(a, b))).toEqual(unionOfRecords(a, b));
    expect(unionOfRecords(a, a)).toEqual(a);
  });

  it('the best result counts after a merge, under every keep rule', () => {
    const a = [{ score: 70, passed: false }];
    const b = [{ score: 55, passed: false }];
    for (const [older, newer] of [
      [a, b],
      [b, a],
    ]) {
      const records = unionOfRecords(older, newer);
      expect(standing(records, 0, 'last').counted).toEqual({ score: 70, passed: false });
      expect(standing(records, 0, 'best').counted).toEqual({ score: 70, passed: false });
    }
    const passes = unionOfRecords([{ score: 80, passed: true }], [{ score: 95, passed: true }]);
    expect(standing(passes, 0, 'last').counted).toEqual({ score: 95, passed: true });
  });

  it('the answers that count go with the better result', () => {
    const older = withQuiz({ records: [{ score: 90, passed: true }], counted: [answer('s1', 'a')], reported: true });
    const newer = withQuiz({ records: [{ score: 30, passed: false }], counted: [answer('s1', 'b')], reported: false });
    expect(mergeProgress(course, older, newer).quiz).toMatchObject({ counted: [answer('s1', 'a')], reported: true });
    expect(mergeProgress(course, newer, older).quiz).toMatchObject({ counted: [answer('s1', 'a')], reported: true });
  });

  it('takes the attempt under way whole from the newer record, never answer by answer', () => {
    const older = withQuiz({ answers: [answer('s1', 'a'), answer('s2', 'a')], at: { scenario: 'scene', step: 's2' }, drawn: ['x'] });
    const newer = withQuiz({ answers: [answer('s1', 'b')], at: { scenario: 'scene', step: 's1' }, drawn: ['y'] });
    expect(mergeProgress(course, older, newer).quiz).toMatchObject({
      answers: [answer('s1', 'b')],
      at: { scenario: 'scene', step: 's1' },
      drawn: ['y'],
    });
    // A newer record with no attempt under way has none after the merge either.
    const finished = withQuiz({ records: [{ score: 50, passed: false }] });
    const merged = mergeProgress(course, older, finished).quiz!;
    expect(merged.answers).toEqual([]);
    expect(merged).not.toHaveProperty('at');
    expect(merged).not.toHaveProperty('drawn');
  });

  it('keeps the quiz of the only record that has one', () => {
    const q = withQuiz({ records: [{ score: 50, passed: false }] });
    expect(mergeProgress(course, q, { lessons: {} }).quiz).toEqual(q.quiz);
    expect(mergeProgress(course, { lessons: {} }, q).quiz).toEqual(q.quiz);
  });

  it('settles: merging a merge again with either record changes nothing', () => {
    const a: Progress = {
      lessons: { first: { at: 'two', done: true } },
      position: { lesson: 'first', section: 'two' },
      quiz: quiz({
        records: [
          { score: 40, passed: false },
          { score: 60, passed: false },
        ],
        answers: [answer('s1', 'a')],
      }),
    };
    const b: Progress = {
      lessons: { sensitive: { at: 'one', done: false } },
      position: { lesson: 'sensitive', section: 'one' },
      quiz: quiz({
        records: [
          { score: 40, passed: false },
          { score: 85, passed: true },
        ],
        counted: [answer('s1', 'c')],
      }),
    };
    const m = mergeProgress(course, a, b);
    expect(mergeProgress(course, a, m)).toEqual(m);
    expect(mergeProgress(course, m, b)).toEqual(m);
    expect(mergeProgress(course, b, m)).toEqual(m);
  });
});
