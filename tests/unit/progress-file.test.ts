/** The web edition's progress file: round-trips, merges by the two-tabs rule, and refuses every bad file without changing anything. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FILE_PROBLEMS,
  loadProgressFile,
  makeProgressFile,
  MAX_FILE_BYTES,
  mergeRecords,
  readProgressFile,
} from '../../src/state/progress-file.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { openLearnerRecord, type LearnerRecord } from '../../src/tracking/learner-record.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import type { Progress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const [a, b] = course.lessons;
const last = (l: typeof a) => l.sections[l.sections.length - 1].id;

const progress: Progress = {
  lessons: { [a.id]: { at: last(a), done: true }, [b.id]: { at: b.sections[0].id, done: false } },
  position: { lesson: b.id, section: b.sections[0].id },
  quiz: { records: [{ score: 50, passed: false }], answers: [], counted: [], reported: true },
};
const record: LearnerRecord = {
  answers: { [a.id]: { r1: 'My answer, with "quotes" & <angles>.' } },
  notes: { learnt: 'A lot.' },
  first: '2026-10-01',
  last: '2026-10-03',
};

const fileText = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...JSON.parse(makeProgressFile(course, progress, record)), ...over });

describe('the progress file', () => {
  beforeEach(() => useStore.setState({ progress: { lessons: {} } }));

  it('round-trips progress and the record', () => {
    const read = readProgressFile(course, makeProgressFile(course, progress, record));
    expect(read).toEqual({ ok: true, progress, record });
  });

  it('migrates a file whose saved state is of an older version', () => {
    const v1 = `v1;c:${course.id};l:${a.id}/${last(a)}/1,${b.id}/${b.sections[0].id}/0`;
    const read = readProgressFile(course, fileText({ progress: v1 }));
    expect(read.ok && read.progress.lessons).toEqual({
      [a.id]: { at: last(a), done: true },
      [b.id]: { at: b.sections[0].id, done: false },
    });
  });

  it('is merged with what is here, never put in its place', () => {
    const store = openLearnerRecord(course.id, 'web', openStorage());
    store.writeAnswer(a.id, 'r1', 'Written here.');
    store.writeNote('change', 'Here only.');
    const here: Progress = { lessons: { [b.id]: { at: last(b), done: true } } };
    useStore.setState({ progress: here });
    expect(loadProgressFile(course, makeProgressFile(course, progress, record), store)).toEqual({ ok: true });
    const merged = useStore.getState().progress;
    expect(merged.lessons[a.id].done).toBe(true);
    expect(merged.lessons[b.id]).toEqual({ at: last(b), done: true });
    expect(merged.quiz?.records).toEqual([{ score: 50, passed: false }]);
    expect(store.read().answers[a.id].r1).toBe(`Written here.\n\n${record.answers[a.id].r1}`);
    expect(store.read().notes).toEqual({ learnt: 'A lot.', change: 'Here only.' });
  });

  it('merging the same record twice adds nothing', () => {
    expect(mergeRecords(record, record)).toEqual(record);
  });

  const cases: [string, string, number | undefined, keyof typeof FILE_PROBLEMS][] = [
    ['a newer file layout', fileText({ fileVersion: 99 }), undefined, 'newer'],
    ['a newer saved state', fileText({ progress: `v9;c:${course.id};l:` }), undefined, 'newer'],
    ['another course', fileText({ course: 'some-other-course' }), undefined, 'foreign'],
    ['another course inside the saved state', fileText({ progress: `v2;c:other;l:` }), undefined, 'foreign'],
    ['a damaged file (cut short)', makeProgressFile(course, progress, record).slice(0, 80), undefined, 'damaged'],
    ['a damaged saved state', fileText({ progress: 'garbage' }), undefined, 'damaged'],
    ['an oversized file', fileText({ padding: 'x'.repeat(MAX_FILE_BYTES) }), undefined, 'oversized'],
    ['something that is not a progress file', JSON.stringify({ hello: 'world' }), undefined, 'shape'],
    ['a progress file missing its progress', fileText({ progress: 42 }), undefined, 'shape'],
    ['a record of the wrong shape', fileText({ record: { answers: { [a.id]: { r1: 7 } } } }), undefined, 'shape'],
  ];
  it.each(cases)('refuses %s with its reason and changes nothing', (_, text, bytes, reason) => {
    const store = openLearnerRecord(course.id, 'web', openStorage());
    store.writeAnswer(a.id, 'r1', 'Untouched.');
    const here: Progress = { lessons: { [b.id]: { at: b.sections[0].id, done: false } } };
    useStore.setState({ progress: here });
    const before = window.localStorage.getItem(`learning-from-reviews:${course.id}:record:web`);

    expect(loadProgressFile(course, text, store, bytes)).toEqual({ ok: false, reason });
    expect(FILE_PROBLEMS[reason]).toMatch(/Nothing has changed\.$/);
    expect(encodeProgress(course.id, useStore.getState().progress)).toBe(encodeProgress(course.id, here));
    expect(window.localStorage.getItem(`learning-from-reviews:${course.id}:record:web`)).toBe(before);
    expect(store.read().answers[a.id].r1).toBe('Untouched.');
  });
});

describe('the private record on this device', () => {
  it('is kept under its own key by course and learner, and cleared without touching saved progress', () => {
    window.localStorage.setItem(`learning-from-reviews:${course.id}:local`, 'v2;c:x;l:');
    const web = openLearnerRecord(course.id, 'web', openStorage());
    const lms = openLearnerRecord(course.id, 'lms-42', openStorage());
    web.writeAnswer(a.id, 'r1', 'Web answer.');
    lms.writeAnswer(a.id, 'r1', 'LMS answer.');
    // A fresh store reads what was written, as a relaunch would.
    expect(openLearnerRecord(course.id, 'web', openStorage()).read().answers[a.id].r1).toBe('Web answer.');
    expect(openLearnerRecord(course.id, 'lms-42', openStorage()).read().answers[a.id].r1).toBe('LMS answer.');
    expect(web.clear()).toBe(true);
    expect(openLearnerRecord(course.id, 'web', openStorage()).read()).toEqual({ answers: {}, notes: {} });
    expect(window.localStorage.getItem(`learning-from-reviews:${course.id}:local`)).toBe('v2;c:x;l:');
    expect(lms.read().answers[a.id].r1).toBe('LMS answer.');
  });

  it('keeps answers in memory and says so when storage is blocked', () => {
    const blocked = openLearnerRecord(
      course.id,
      'web',
      openStorage(() => {
        throw new DOMException('blocked', 'SecurityError');
      }),
    );
    expect(blocked.persistent).toBe(false);
    expect(blocked.writeAnswer(a.id, 'r1', 'Only here.')).toBe(false);
    expect(blocked.read().answers[a.id].r1).toBe('Only here.');
  });
});
