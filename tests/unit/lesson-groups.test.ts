import { describe, expect, it } from 'vitest';
import { groupLessons, groupProgress, timeLeftText, minutes, type LessonGroup } from '../../src/features/course-map/lesson-groups.ts';
import { courseTimeText } from '../../src/features/course-map/course-time.ts';
import type { LessonKind, LessonSummary } from '../../src/course/types.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const lesson = (id: string, kind: LessonKind, minutes = 2, optional = false): LessonSummary => ({
  id,
  title: id,
  kind,
  minutes,
  optional,
  sections: [{ id: 'one', title: 'One' }],
});
/** The real course's shape: an introduction, eight reviews, six themes and a summary. */
const course = [
  lesson('introduction', 'intro', 4),
  ...Array.from({ length: 8 }, (_, i) => lesson(`review-${i}`, 'review')),
  ...Array.from({ length: 6 }, (_, i) => lesson(`theme-${i}`, 'theme', 4)),
  lesson('summary', 'summary', 3),
];
const ids = (g: LessonGroup) => g.lessons.map(({ lesson }) => lesson.id);

describe('course map groups', () => {
  it('are Start here, the eight reviews, the six themes and Finish, from each lesson kind', () => {
    const groups = groupLessons(course, true);
    expect(groups.map((g) => g.title)).toEqual(['Start here', 'The eight reviews', 'The six themes', 'Finish']);
    expect(ids(groups[0])).toEqual(['introduction']);
    expect(ids(groups[1])).toEqual(course.slice(1, 9).map((l) => l.id));
    expect(ids(groups[3])).toEqual(['summary']);
    expect(groups[3].assessment).toBe(true);
    expect(groups.slice(0, 3).some((g) => g.assessment)).toBe(false);
  });

  it('keep every lesson once, in course order, numbered by its place in the course', () => {
    // Kinds interleaved: the display groups them, the order inside a group and the numbers stay the course's.
    const mixed = [lesson('a', 'review'), lesson('b', 'theme'), lesson('c', 'review'), lesson('d', 'intro')];
    const groups = groupLessons(mixed, false);
    expect(groups.map(ids)).toEqual([['d'], ['a', 'c'], ['b']]);
    expect(groups[1].lessons.map((l) => l.number)).toEqual([1, 3]);
    expect(groups.flatMap(ids).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(groups[1].title).toBe('The two reviews');
    expect(groups[2].title).toBe('The theme');
  });

  it('leave out an empty group, but keep Finish for the assessment', () => {
    expect(groupLessons([lesson('i', 'intro')], false).map((g) => g.id)).toEqual(['start']);
    expect(groupLessons([lesson('i', 'intro')], true).map((g) => g.id)).toEqual(['start', 'finish']);
  });

  it('show their progress and time left over required lessons', () => {
    const [, reviews] = groupLessons(course, true);
    const progress = { lessons: { 'review-0': { at: 'one', done: true }, 'review-1': { at: 'one', done: false } } };
    const p = groupProgress(reviews, progress, undefined);
    expect(p).toEqual({ done: 1, total: 8, minutesLeft: 14, untimedAssessmentLeft: false });
    expect(timeLeftText(p)).toBe('About 14 minutes left');
    const optional = groupLessons([lesson('x', 'review', 5, true), lesson('y', 'review', 1)], false)[0];
    expect(groupProgress(optional, { lessons: {} }, undefined)).toMatchObject({ done: 0, total: 1, minutesLeft: 1 });
  });

  it('count the assessment in Finish: done when passed, its time once measured', () => {
    const finish = groupLessons(course, true)[3];
    const summaryDone = { lessons: { summary: { at: 'one', done: true } } };
    expect(groupProgress(finish, { lessons: {} }, { passed: false, minutes: 20 })).toEqual({
      done: 0,
      total: 2,
      minutesLeft: 23,
      untimedAssessmentLeft: false,
    });
    const untimed = groupProgress(finish, summaryDone, { passed: false });
    expect(untimed).toMatchObject({ done: 1, total: 2, minutesLeft: 0, untimedAssessmentLeft: true });
    expect(timeLeftText(untimed)).toBe('The assessment is left');
    expect(timeLeftText(groupProgress(finish, { lessons: {} }, { passed: false }))).toBe('About 3 minutes left, and the assessment');
    const passed = groupProgress(finish, summaryDone, { passed: true, minutes: 20 });
    expect(passed).toMatchObject({ done: 2, total: 2 });
    expect(timeLeftText(passed)).toBe('All done');
  });
});

describe('the course time on the map', () => {
  it('gives the lessons and the assessment separately', () => {
    expect(courseTimeText({ lessons: course })).toBe('16 short lessons, about 47 minutes in all.');
    const assessment = { decisions: 18, scenarios: 6, attempts: 0, keep: 'best' as const, minutes: 20 };
    expect(courseTimeText({ lessons: course, assessment })).toBe(
      '16 short lessons, about 47 minutes in all, then the final assessment, about 20 minutes.',
    );
  });

  it('is the fixture course as compiled', () => {
    const total = fixture.meta.lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(courseTimeText(fixture.meta)).toBe(
      `3 short lessons, about ${minutes(total)} in all, then the final assessment, about ${minutes(fixture.meta.assessment!.minutes)}.`,
    );
  });
});
