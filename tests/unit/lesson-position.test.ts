/** The position rule: "Lesson N of M · Part x of y", and each part's state in the lesson's outline. */
import { describe, expect, it } from 'vitest';
import { lessonPosition, partStates, positionText } from '../../src/lib/lesson-position.ts';

const lessons = [
  { id: 'intro', sections: [{ id: 'a' }, { id: 'b' }, { id: 'c' }].map((s) => ({ ...s, title: s.id })) },
  { id: 'optional-extra', sections: [{ id: 'x', title: 'x' }] },
  {
    id: 'last',
    sections: [
      { id: 'p', title: 'p' },
      { id: 'q', title: 'q' },
    ],
  },
];

describe('lesson position', () => {
  it('numbers lessons in course order, optional ones included, and parts within the lesson, from 1', () => {
    expect(lessonPosition(lessons, 'intro', 'a')).toEqual({ lesson: 1, lessons: 3, part: 1, parts: 3 });
    expect(lessonPosition(lessons, 'last', 'q')).toEqual({ lesson: 3, lessons: 3, part: 2, parts: 2 });
    expect(lessonPosition(lessons, 'optional-extra', 'x')).toEqual({ lesson: 2, lessons: 3, part: 1, parts: 1 });
  });

  it('reads as the page shows it', () => {
    expect(positionText({ lesson: 5, lessons: 16, part: 2, parts: 4 })).toBe('Lesson 5 of 16 · Part 2 of 4');
  });

  it('gives no position for a lesson or part the course does not have', () => {
    expect(lessonPosition(lessons, 'gone', 'a')).toBeUndefined();
    expect(lessonPosition(lessons, 'intro', 'p')).toBeUndefined();
  });
});

describe('part states', () => {
  const sections = lessons[0].sections;

  it('a lesson not begun: the part on screen is current, the rest not started', () => {
    expect(partStates(sections, undefined, 'a')).toEqual(['current', 'not-started', 'not-started']);
  });

  it('parts up to the furthest reached are done, including when the learner goes back', () => {
    expect(partStates(sections, { at: 'b', done: false }, 'b')).toEqual(['done', 'current', 'not-started']);
    expect(partStates(sections, { at: 'c', done: true }, 'a')).toEqual(['current', 'done', 'done']);
    expect(partStates(sections, { at: 'b', done: false }, 'a')).toEqual(['current', 'done', 'not-started']);
  });

  it('every part of a finished lesson is done but the one on screen', () => {
    expect(partStates(sections, { at: 'a', done: true }, 'b')).toEqual(['done', 'current', 'done']);
  });

  it('a saved place that is no longer in the lesson marks nothing done', () => {
    expect(partStates(sections, { at: 'renamed', done: false }, 'a')).toEqual(['current', 'not-started', 'not-started']);
  });
});
