import { describe, expect, it } from 'vitest';
import { courseProgress, lessonStatus, reachSection, resumeTarget } from '../../src/lib/progress-rules.ts';
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
    expect(courseProgress(course, progress)).toEqual({ done: 2, required: 2, percent: 100, complete: true });
    expect(courseProgress(course, { lessons: { first: { at: 'two', done: true } } })).toMatchObject({
      done: 1,
      percent: 50,
      complete: false,
    });
  });

  it('continue goes to the last place, or the first unfinished lesson', () => {
    expect(resumeTarget(course, { lessons: {} })).toEqual({ lesson: 'first', section: undefined });
    expect(
      resumeTarget(course, { lessons: { first: { at: 'one', done: false } }, position: { lesson: 'first', section: 'one' } }),
    ).toEqual({ lesson: 'first', section: 'one' });
    expect(
      resumeTarget(course, { lessons: { first: { at: 'two', done: true } }, position: { lesson: 'first', section: 'two' } }),
    ).toEqual({ lesson: 'sensitive', section: undefined });
  });
});

describe('merging two records of progress', () => {
  it('keeps every done lesson, the furthest section, and the newer position', async () => {
    const { mergeProgress } = await import('../../src/lib/progress-rules.ts');
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
});
