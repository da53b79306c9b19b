import { describe, expect, it } from 'vitest';
import { afterLesson, nextStep } from '../../src/lib/next-step.ts';
import type { Progress, QuizProgress } from '../../src/course/progress.ts';
import type { CourseMeta } from '../../src/course/types.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const done = { at: 'two', done: true };
/** Every required lesson done (the optional "extra" is not). */
const lessonsDone: Progress['lessons'] = { first: done, sensitive: done };
const quiz = (records: QuizProgress['records'], extra: Partial<QuizProgress> = {}): QuizProgress => ({
  records,
  answers: [],
  counted: [],
  reported: true,
  ...extra,
});

describe('the next step (the course map main button)', () => {
  it('starts with the first lesson', () => {
    expect(nextStep(course, { lessons: {} })).toEqual({ kind: 'start', lesson: 'first' });
  });

  it('continues where the learner left off while a lesson is unfinished', () => {
    const progress: Progress = { lessons: { first: { at: 'one', done: false } }, position: { lesson: 'first', section: 'one' } };
    expect(nextStep(course, progress)).toEqual({ kind: 'continue', lesson: 'first', section: 'one' });
  });

  it('continues with the first unfinished lesson when the last place is a finished lesson', () => {
    const progress: Progress = { lessons: { first: done }, position: { lesson: 'first', section: 'two' } };
    expect(nextStep(course, progress)).toEqual({ kind: 'continue', lesson: 'sensitive' });
  });

  it('leads to the final assessment once every lesson is done, never back to a finished lesson', () => {
    const progress: Progress = { lessons: lessonsDone, position: { lesson: 'sensitive', section: 'two' } };
    expect(nextStep(course, progress)).toEqual({ kind: 'assessment', inProgress: false });
  });

  it('leads back into an attempt under way, and to a new try after a fail with attempts left', () => {
    const underway = quiz([], { answers: [{ scenario: 'home-visit', step: 'a', response: ['a'], seconds: 3 }] });
    expect(nextStep(course, { lessons: lessonsDone, quiz: underway })).toEqual({ kind: 'assessment', inProgress: true });
    expect(nextStep(course, { lessons: lessonsDone, quiz: quiz([{ score: 40, passed: false }]) })).toEqual({
      kind: 'assessment',
      inProgress: false,
    });
  });

  it('says the course is complete, with the result, after a pass', () => {
    const progress: Progress = {
      lessons: lessonsDone,
      quiz: quiz([
        { score: 60, passed: false },
        { score: 90, passed: true },
      ]),
    };
    expect(nextStep(course, progress)).toEqual({ kind: 'complete', score: 90 });
  });

  it('leads to the result when every attempt is used without a pass', () => {
    const progress: Progress = {
      lessons: lessonsDone,
      quiz: quiz([
        { score: 40, passed: false },
        { score: 70, passed: false },
      ]),
    };
    expect(nextStep(course, progress)).toEqual({ kind: 'no-attempts-left', score: 70 });
  });

  it('is complete once every lesson is done in a course with no assessment', () => {
    const noAssessment: CourseMeta = { ...course, assessment: undefined };
    expect(nextStep(noAssessment, { lessons: lessonsDone })).toEqual({ kind: 'complete' });
  });

  it('with the assessment open at any time, a pass completes the course before the lessons', () => {
    const open: CourseMeta = { ...course, assessmentAfterLessons: false };
    const progress: Progress = { lessons: {}, quiz: quiz([{ score: 85, passed: true }]) };
    expect(nextStep(open, progress)).toEqual({ kind: 'complete', score: 85 });
    // The default course still asks for the lessons first: a pass alone is not the end.
    expect(nextStep(course, progress)).toEqual({ kind: 'start', lesson: 'first' });
  });
});

describe('the last button of a lesson', () => {
  it('leads to the next lesson while others are left', () => {
    expect(afterLesson(course, { lessons: {} }, 'first')).toEqual({ kind: 'lesson', lesson: 'sensitive' });
  });

  it('leads to the final assessment from the lesson that finishes the rest, counting the lesson on screen as done', () => {
    expect(afterLesson(course, { lessons: { first: done, sensitive: { at: 'one', done: false } } }, 'sensitive')).toEqual({
      kind: 'assessment',
    });
    expect(afterLesson(course, { lessons: { first: done } }, 'sensitive')).toEqual({ kind: 'assessment' });
  });

  it('leads to the map from the last lesson while an earlier one is unfinished', () => {
    expect(afterLesson(course, { lessons: { sensitive: done } }, 'extra')).toEqual({ kind: 'map' });
  });

  it('after a pass, goes on to the next lesson as before (nothing is left to lead to)', () => {
    const progress: Progress = { lessons: lessonsDone, quiz: quiz([{ score: 90, passed: true }]) };
    expect(afterLesson(course, progress, 'first')).toEqual({ kind: 'lesson', lesson: 'sensitive' });
    expect(afterLesson(course, progress, 'extra')).toEqual({ kind: 'map' });
  });
});
