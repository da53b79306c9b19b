import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { decodeProgress, encodeProgress, STATE_VERSION } from '../../src/state/saved-state.ts';
import { withTrackingFields } from '../../src/tracking/tracking-fields.ts';
import type { Progress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const sample: Progress = {
  lessons: { first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } },
  position: { lesson: 'sensitive', section: 'one' },
};

describe('saved state', () => {
  it('round-trips progress and position', () => {
    const decoded = decodeProgress(encodeProgress(course.id, sample), course);
    expect(decoded).toEqual({ ok: true, progress: sample, dropped: 0 });
  });

  it('is compact printable ASCII that needs no escaping, carrying its version and course', () => {
    const raw = encodeProgress(course.id, sample);
    expect(raw).toBe(`v${STATE_VERSION};c:fixture-course;p:sensitive/one;l:first/two/1,sensitive/one/0`);
    expect(raw).toMatch(/^[\x20-\x7e]+$/);
    expect(raw).not.toMatch(/["'\\&<>%+ ]/);
  });

  it('round-trips the assessment: results, answers of the attempt under way and of the counted one', () => {
    const withQuiz: Progress = {
      ...sample,
      quiz: {
        records: [
          { score: 50, passed: false },
          { score: 85, passed: true },
        ],
        answers: [{ scenario: 'home-visit', step: 'd1', response: ['a'], seconds: 12 }],
        counted: [
          { scenario: 'home-visit', step: 'd2', response: ['a', 'c'], seconds: 30 },
          { scenario: 'meeting', step: 'm1', response: ['b'], seconds: 4 },
        ],
        at: { scenario: 'home-visit', step: 'c1' },
        reported: true,
      },
    };
    const raw = encodeProgress(course.id, withQuiz);
    expect(raw).toContain(';r:50f,85p;a:home-visit~d1.a.12;b:home-visit~d2.ac.30|meeting~m1.b.4;w:home-visit/c1;x:1');
    expect(decodeProgress(raw, course)).toEqual({ ok: true, progress: withQuiz, dropped: 0 });
  });

  it('drops unreadable answers whole rather than keeping half an attempt', () => {
    const raw = `v1;c:${course.id};l:;r:70f;a:home-visit~d1.a.12~d2.A!.3`;
    expect(decodeProgress(raw, course)).toMatchObject({
      ok: true,
      progress: { quiz: { records: [{ score: 70, passed: false }], answers: [] } },
    });
  });

  it('fits in 2,000 characters for the whole real course completed with every answer kept (the worst case)', () => {
    const compiled = loadCourse(resolve('content'));
    const real = compiled.meta;
    // Worst case: every lesson done, the furthest section the one with the longest id.
    const lessons = Object.fromEntries(
      real.lessons.map((l) => [l.id, { at: [...l.sections].sort((a, b) => b.id.length - a.id.length)[0].id, done: true }]),
    );
    const longest = real.lessons.flatMap((l) => l.sections.map((s) => ({ lesson: l.id, section: s.id })));
    longest.sort((a, b) => b.lesson.length + b.section.length - a.lesson.length - a.section.length);
    // Every decision answered with every choice picked, twice over (under way and counted),
    // on the longest path, with slow answers, and the longest attempt history likely.
    const answers = (compiled.assessment?.scenarios ?? []).flatMap((sc) =>
      Object.values(sc.steps)
        .filter((st) => st.kind === 'decision')
        .map((st) => ({
          scenario: sc.id,
          step: st.id,
          response: st.kind === 'decision' ? st.choices.map((c) => c.id) : [],
          seconds: 9999,
          at: Date.UTC(2099, 11, 31),
        })),
    );
    expect(answers.length).toBeGreaterThanOrEqual(12);
    const records = Array.from({ length: 10 }, () => ({ score: 100, passed: false }));
    const raw = encodeProgress(real.id, {
      lessons,
      position: longest[0],
      quiz: { records, answers, counted: answers, at: { scenario: answers[0].scenario, step: answers[0].step }, reported: true },
    });
    // With the SCORM driver's save counter and next interaction index at their largest.
    const stamped = withTrackingFields(raw, { saves: 999_999_999, nextInteraction: 999_999_999 });
    expect(stamped.length).toBeLessThanOrEqual(2000);
    expect(decodeProgress(stamped, real)).toMatchObject({ ok: true, dropped: 0 });
  });

  it('keeps what still exists after a content update and drops the rest', () => {
    const raw = `v1;c:${course.id};p:gone/x;l:first/removed-section/1,gone/x/1,sensitive/two/0`;
    expect(decodeProgress(raw, course)).toEqual({
      ok: true,
      dropped: 1,
      progress: { lessons: { first: { at: 'one', done: true }, sensitive: { at: 'two', done: false } } },
    });
  });

  it.each([
    ['JSON from somewhere else', '{"v":1,"c":"fixture-course"}'],
    ['an empty string', ''],
    ['a truncated value', 'v1;c:fixture-cour'],
    ['a missing lesson list', 'v1;c:fixture-course'],
    ['a field with no name', 'v1;c:fixture-course;l:;oops'],
  ])('reports %s as corrupt', (_, raw) => {
    expect(decodeProgress(raw, course)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reports another course as foreign', () => {
    expect(decodeProgress(encodeProgress('other-course', sample), course)).toEqual({ ok: false, reason: 'foreign' });
  });

  it('reports a newer version as newer, not as readable', () => {
    expect(decodeProgress(`v${STATE_VERSION + 1};c:${course.id};l:`, course)).toEqual({ ok: false, reason: 'newer' });
  });

  it('ignores malformed entries inside otherwise good state', () => {
    const raw = `v1;c:${course.id};p:first;l:first/two/2,first,sensitive/one/1,sensitive/one/1/9`;
    expect(decodeProgress(raw, course)).toEqual({
      ok: true,
      dropped: 3,
      progress: { lessons: { sensitive: { at: 'one', done: true } } },
    });
  });
});
