import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, STATE_VERSION, type Progress } from '../../src/state/saved-state.ts';
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

  it('is printable ASCII and carries its version and course', () => {
    const raw = encodeProgress(course.id, sample);
    expect(raw).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(raw)).toMatchObject({ v: STATE_VERSION, c: course.id });
  });

  it('keeps what still exists after a content update and drops the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      c: course.id,
      l: { first: ['removed-section', 1], gone: ['x', 1], sensitive: ['two', 0] },
      p: ['gone', 'x'],
    });
    const decoded = decodeProgress(raw, course);
    expect(decoded).toEqual({
      ok: true,
      dropped: 1,
      progress: { lessons: { first: { at: 'one', done: true }, sensitive: { at: 'two', done: false } } },
    });
  });

  it.each([
    ['not JSON', '{"v":1,"c":'],
    ['an empty string', ''],
    ['the wrong shape', '[1,2,3]'],
    ['a missing lesson map', '{"v":1,"c":"fixture-course"}'],
  ])('reports %s as corrupt', (_, raw) => {
    expect(decodeProgress(raw, course)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reports another course as foreign', () => {
    expect(decodeProgress(encodeProgress('other-course', sample), course)).toEqual({ ok: false, reason: 'foreign' });
  });

  it('reports a newer version as newer, not as readable', () => {
    const raw = JSON.stringify({ v: STATE_VERSION + 1, c: course.id, l: {} });
    expect(decodeProgress(raw, course)).toEqual({ ok: false, reason: 'newer' });
  });

  it('ignores malformed entries inside otherwise good state', () => {
    const raw = JSON.stringify({ v: 1, c: course.id, l: { first: 'oops', sensitive: ['one', 1] }, p: [1, 2] });
    expect(decodeProgress(raw, course)).toEqual({
      ok: true,
      dropped: 1,
      progress: { lessons: { sensitive: { at: 'one', done: true } } },
    });
  });
});
