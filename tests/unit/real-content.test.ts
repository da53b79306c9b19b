/** The course's own content passes every content rule (so `npm test` fails on bad content). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

describe('the course content', () => {
  it('is valid, with lessons in course order', () => {
    const course = loadCourse(resolve('content'));
    expect(course.meta.lessons.map((l) => l.id)[0]).toBe('introduction');
    expect(course.meta.lessons).toHaveLength(16);
  });

  it('keeps the whole course well under an hour', () => {
    const minutes = loadCourse(resolve('content')).meta.lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThanOrEqual(55);
  });
});
