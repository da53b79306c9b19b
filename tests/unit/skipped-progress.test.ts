/**
 * A lesson skipped on its content note: recorded in progress, saved, merged, kept until the
 * lesson is done, passed over by "continue", and counted towards finishing the lessons only
 * where the course setting countSkippedLessons says so.
 */
import { describe, expect, it, vi } from 'vitest';
import { courseProgress, isSkipped, lessonsToDo, mergeProgress, resumeTarget } from '../../src/lib/progress-rules.ts';
import { assessmentStatus } from '../../src/lib/assessment-status.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { connectPersistence } from '../../src/state/persistence.ts';
import type { Tracker } from '../../src/tracking/tracker.ts';
import type { Progress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const counting = { ...course, countSkippedLessons: true };
const [first, sensitive] = course.lessons;
/** The first lesson done, the sensitive one skipped on its note. */
const skippedOne: Progress = {
  lessons: { first: { at: 'two', done: true } },
  position: { lesson: 'first', section: 'two' },
  skipped: ['sensitive'],
};

describe('a lesson skipped on its content note', () => {
  it('is recorded by the store once, and not for a lesson already done', () => {
    const { skipLesson } = useStore.getState();
    skipLesson('sensitive');
    skipLesson('sensitive');
    expect(useStore.getState().progress.skipped).toEqual(['sensitive']);
    useStore.getState().visitSection(first, 'two');
    skipLesson('first');
    expect(useStore.getState().progress.skipped).toEqual(['sensitive']);
  });

  it('stays skipped while the lesson is unfinished, and stops being skipped when it is done', () => {
    const { skipLesson, visitSection } = useStore.getState();
    skipLesson('sensitive');
    visitSection(sensitive, 'one');
    expect(isSkipped(useStore.getState().progress, 'sensitive')).toBe(true);
    visitSection(sensitive, 'two');
    expect(useStore.getState().progress).not.toHaveProperty('skipped');
    expect(isSkipped(useStore.getState().progress, 'sensitive')).toBe(false);
  });

  it('leaves the lessons unfinished and the assessment closed, with the setting off (the default)', () => {
    expect(course.countSkippedLessons).toBe(false);
    expect(courseProgress(course, skippedOne)).toEqual({ done: 1, skipped: 1, counted: 1, required: 2, percent: 50, complete: false });
    expect(lessonsToDo(course, skippedOne).map((l) => l.id)).toEqual(['sensitive']);
    expect(assessmentStatus(course, skippedOne)?.locked).toBe(true);
  });

  it('counts towards finishing the lessons with the setting on, and the assessment opens', () => {
    expect(courseProgress(counting, skippedOne)).toEqual({ done: 1, skipped: 1, counted: 2, required: 2, percent: 100, complete: true });
    expect(lessonsToDo(counting, skippedOne)).toEqual([]);
    expect(assessmentStatus(counting, skippedOne)?.locked).toBe(false);
  });

  it('is passed over by "continue where you left off" while other lessons are left', () => {
    const progress: Progress = { lessons: {}, skipped: ['first'] };
    expect(resumeTarget(course, progress)).toEqual({ lesson: 'sensitive', section: undefined });
    // Skipped where the learner last was: continue does not take them back into it.
    const there: Progress = {
      lessons: { first: { at: 'one', done: false } },
      position: { lesson: 'first', section: 'one' },
      skipped: ['first'],
    };
    expect(resumeTarget(course, there)).toEqual({ lesson: 'sensitive', section: undefined });
    // Only skipped lessons left: continue goes to the first of them.
    expect(resumeTarget(course, skippedOne)).toEqual({ lesson: 'sensitive', section: undefined });
  });

  it('is saved and read back, and a lesson done since or removed from the course is no longer skipped', () => {
    const raw = encodeProgress(course.id, skippedOne);
    expect(raw).toBe('v2;c:fixture-course;p:first/two;f:first;l:;k:sensitive');
    expect(decodeProgress(raw, course)).toEqual({ ok: true, progress: skippedOne, dropped: 0 });
    const stale = decodeProgress('v1;c:fixture-course;l:first/two/1;k:first,gone,sensitive,sensitive', course);
    expect(stale.ok && stale.progress.skipped).toEqual(['sensitive']);
    // Nothing skipped: no field at all, so progress saved before this change reads the same.
    expect(encodeProgress(course.id, { lessons: {} })).toBe('v2;c:fixture-course;l:');
  });

  it('is kept when two records merge, until either has the lesson done', () => {
    const other: Progress = { lessons: { first: { at: 'one', done: false } }, skipped: ['first'] };
    expect(mergeProgress(course, other, skippedOne).skipped).toEqual(['sensitive']);
    const both = mergeProgress(course, { lessons: {}, skipped: ['sensitive'] }, { lessons: {}, skipped: ['first'] });
    expect(both.skipped).toEqual(['sensitive', 'first']);
    expect(mergeProgress(course, { lessons: {} }, { lessons: {} })).not.toHaveProperty('skipped');
  });

  it('completes the lessons for the LMS with the setting on, and leaves them incomplete with it off', () => {
    for (const [setting, completion, measure] of [
      [false, 'incomplete', 0.5],
      [true, 'completed', 1],
    ] as const) {
      useStore.setState({ progress: { lessons: {} } });
      const tracker = {
        kind: 'browser',
        tracksLms: false,
        start: () => ({ saved: null, notices: [] }),
        save: vi.fn(),
        keepUnreadable: () => true,
        reportResult: vi.fn(),
        recordInteractions: vi.fn(),
        recordEvaluation: vi.fn(),
        finish: vi.fn(),
      } satisfies Tracker;
      const stop = connectPersistence({ ...course, assessment: undefined, countSkippedLessons: setting }, tracker);
      useStore.getState().visitSection(first, 'two');
      useStore.getState().skipLesson('sensitive');
      stop();
      expect(tracker.reportResult).toHaveBeenLastCalledWith({ completion, success: 'unknown' });
      expect(tracker.save).toHaveBeenLastCalledWith(
        expect.stringContaining(';k:sensitive'),
        expect.objectContaining({ progressMeasure: measure }),
      );
    }
  });
});
