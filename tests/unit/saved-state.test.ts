import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, STATE_VERSION } from '../../src/state/saved-state.ts';
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
    expect(raw).toBe(`v${STATE_VERSION};c:fixture-course;p:sensitive/one;f:first;l:sensitive/one`);
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
        reported: false,
      },
    };
    const raw = encodeProgress(course.id, withQuiz);
    // Latency in base 36: 12 s is c, 30 s is u.
    expect(raw).toContain(';r:50f,85p;a:home-visit~d1.a.c;b:home-visit~d2.ac.u|meeting~m1.b.4;w:home-visit/c1');
    expect(decodeProgress(raw, course)).toEqual({ ok: true, progress: withQuiz, dropped: 0 });
  });

  it('writes the counted answers without latency and time once they are reported: nothing will be reported from them again', () => {
    const quiz = {
      records: [{ score: 85, passed: true }],
      answers: [],
      counted: [{ scenario: 'home-visit', step: 'd2', response: ['a', 'c'], seconds: 30, at: Date.UTC(2026, 0, 1) }],
      reported: true,
    };
    const raw = encodeProgress(course.id, { ...sample, quiz });
    expect(raw).toContain(';r:85p;b:home-visit~d2.ac;x:1');
    expect(decodeProgress(raw, course)).toMatchObject({
      ok: true,
      progress: { quiz: { ...quiz, counted: [{ scenario: 'home-visit', step: 'd2', response: ['a', 'c'], seconds: 0 }] } },
    });
  });

  it('drops unreadable answers whole rather than keeping half an attempt', () => {
    const raw = `v1;c:${course.id};l:;r:70f;a:home-visit~d1.a.12~d2.A!.3`;
    expect(decodeProgress(raw, course)).toMatchObject({
      ok: true,
      progress: { quiz: { records: [{ score: 70, passed: false }], answers: [] } },
    });
  });

  it('keeps what still exists after a content update and drops the rest (a v1 state, migrated)', () => {
    const raw = `v1;c:${course.id};p:gone/x;l:first/removed-section/1,gone/x/1,sensitive/two/0`;
    expect(decodeProgress(raw, course)).toEqual({
      ok: true,
      dropped: 1,
      progress: { lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: false } } },
    });
  });

  it('migrates v1 answers: their latency was written in decimal', () => {
    const raw = `v1;c:${course.id};l:first/two/1;r:40f;a:home-visit~d1.a.40.tply01~d2.ab.100.1;b:meeting~m1.b.9`;
    expect(decodeProgress(raw, course)).toMatchObject({
      ok: true,
      progress: {
        lessons: { first: { at: 'two', done: true } },
        quiz: {
          answers: [
            { scenario: 'home-visit', step: 'd1', response: ['a'], seconds: 40, at: Number.parseInt('tply01', 36) * 1000 },
            { scenario: 'home-visit', step: 'd2', response: ['a', 'b'], seconds: 100, at: (Number.parseInt('tply01', 36) + 1) * 1000 },
          ],
          counted: [{ scenario: 'meeting', step: 'm1', response: ['b'], seconds: 9 }],
        },
      },
    });
  });

  it('keeps a finished lesson finished, and sends a bookmark or furthest section that is gone to the start of its lesson', () => {
    const raw = `v${STATE_VERSION};c:${course.id};p:sensitive/removed;f:first,gone;l:sensitive/removed`;
    expect(decodeProgress(raw, course)).toEqual({
      ok: true,
      dropped: 1,
      progress: {
        lessons: { first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } },
        position: { lesson: 'sensitive', section: 'one' },
      },
    });
  });

  it('follows a rename given in the rename map instead of falling back', () => {
    const renames = {
      sections: { 'sensitive/old-two': 'two' },
      scenarios: { 'old-visit': 'home-visit' },
      steps: { 'home-visit/old-d1': 'd1' },
    };
    const raw = `v1;c:${course.id};p:sensitive/old-two;l:sensitive/old-two/0;a:old-visit~old-d1.a.12;w:old-visit/old-d1;d:old-visit,meeting`;
    expect(decodeProgress(raw, course, renames)).toMatchObject({
      ok: true,
      progress: {
        lessons: { sensitive: { at: 'two', done: false } },
        position: { lesson: 'sensitive', section: 'two' },
        quiz: {
          answers: [{ scenario: 'home-visit', step: 'd1' }],
          at: { scenario: 'home-visit', step: 'd1' },
          drawn: ['home-visit', 'meeting'],
        },
      },
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
      progress: { lessons: { sensitive: { at: 'two', done: true } } },
    });
  });
});
