import { describe, expect, it, vi } from 'vitest';
import { connectPersistence } from '../../src/state/persistence.ts';
import { restoreProgress } from '../../src/state/restore.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import type { Tracker } from '../../src/tracking/tracker.ts';
import type { InteractionRecord } from '../../src/course/tracking.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const [first] = course.lessons;

function fakeTracker(saved: string | null, canKeep = true): Tracker & { saves: string[]; kept: string[] } {
  const saves: string[] = [];
  const kept: string[] = [];
  return {
    kind: 'browser',
    tracksLms: false,
    recordInteractions: vi.fn(),
    recordEvaluation: vi.fn(),
    saves,
    kept,
    start: () => ({ saved, notices: [] }),
    save: (state) => saves.push(state),
    keepUnreadable: (state) => canKeep && kept.push(state) > 0,
    reportResult: vi.fn(),
    finish: vi.fn(),
  };
}

describe('store and persistence', () => {
  it('records sections visited and the position', () => {
    useStore.getState().visitSection(first, 'one');
    expect(useStore.getState().progress).toEqual({
      lessons: { first: { at: 'one', done: false } },
      position: { lesson: 'first', section: 'one' },
    });
  });

  it('saves through the tracker on every change of progress, with a summary', () => {
    const tracker = fakeTracker(null);
    const save = vi.spyOn(tracker, 'save');
    const stop = connectPersistence(course, tracker);
    useStore.getState().visitSection(first, 'two');
    stop();
    expect(save).toHaveBeenCalledWith(encodeProgress(course.id, useStore.getState().progress), {
      location: 'first/two',
      progressMeasure: 0.5,
    });
  });

  it('reports the outcome only when it changes: completion when every required lesson is done', () => {
    const tracker = fakeTracker(null);
    const stop = connectPersistence({ ...course, assessment: undefined }, tracker);
    const [, second] = course.lessons;
    useStore.getState().visitSection(first, 'two');
    expect(tracker.reportResult).toHaveBeenLastCalledWith({ completion: 'incomplete', success: 'unknown' });
    useStore.getState().visitSection(second, 'one');
    useStore.getState().visitSection(second, 'two');
    useStore.getState().visitSection(second, 'one');
    stop();
    expect(tracker.reportResult).toHaveBeenCalledTimes(2);
    expect(tracker.reportResult).toHaveBeenLastCalledWith({ completion: 'completed', success: 'unknown' });
  });

  it('does not save when nothing changed (revisiting the same section)', () => {
    const tracker = fakeTracker(null);
    useStore.getState().visitSection(first, 'one');
    const stop = connectPersistence(course, tracker);
    useStore.getState().visitSection(first, 'one');
    useStore.getState().addNotice({ id: 'n', message: 'x' });
    stop();
    expect(tracker.saves).toHaveLength(0);
  });

  it('restores saved progress at start', () => {
    const saved = encodeProgress(course.id, { lessons: { first: { at: 'two', done: true } } });
    restoreProgress(course, fakeTracker(saved));
    expect(useStore.getState().progress.lessons.first).toEqual({ at: 'two', done: true });
    expect(useStore.getState().notices).toEqual([]);
  });

  it('starts cleanly with a notice on corrupt state, keeps a copy, and does not overwrite it until progress', () => {
    const tracker = fakeTracker('{corrupt');
    restoreProgress(course, tracker);
    const stop = connectPersistence(course, tracker);
    expect(useStore.getState().progress).toEqual({ lessons: {} });
    expect(useStore.getState().notices[0].message).toMatch(/could not be read/);
    expect(tracker.kept).toEqual(['{corrupt']);
    expect(tracker.saves).toHaveLength(0);
    useStore.getState().visitSection(first, 'one');
    stop();
    expect(tracker.saves).toHaveLength(1);
  });

  it('says a copy was kept only when the tracker really kept it (storage blocked)', () => {
    restoreProgress(course, fakeTracker('{corrupt'));
    expect(useStore.getState().notices[0].message).toMatch(/A copy of what was saved has been kept on this device/);
    useStore.setState({ notices: [] });
    restoreProgress(course, fakeTracker('{corrupt', false));
    const [notice] = useStore.getState().notices;
    expect(notice.message).toMatch(/could not be read/);
    expect(notice.message).not.toMatch(/kept on this device/);
    expect(notice.message).toMatch(/would not let the course keep a copy/);
  });

  it("treats another course's state as foreign, with its own notice", () => {
    restoreProgress(course, fakeTracker(encodeProgress('another', { lessons: {} })));
    expect(useStore.getState().notices[0].message).toMatch(/different course/);
  });

  it('notices are added once and can be dismissed', () => {
    const { addNotice } = useStore.getState();
    addNotice({ id: 'a', message: 'A' });
    addNotice({ id: 'a', message: 'A' });
    expect(useStore.getState().notices).toHaveLength(1);
    useStore.getState().dismissNotice('a');
    expect(useStore.getState().notices).toHaveLength(0);
  });

  it('with an assessment: completion needs a final result; interactions go before score and status', () => {
    const tracker = fakeTracker(null);
    const order: string[] = [];
    tracker.recordInteractions = vi.fn(() => order.push('interactions'));
    tracker.reportResult = vi.fn((o) => order.push(`result ${o.completion} ${o.success} ${o.score ?? '-'}`));
    const stop = connectPersistence(course, tracker);
    const [, second] = course.lessons;
    useStore.getState().visitSection(first, 'two');
    useStore.getState().visitSection(second, 'two');
    expect(order).toEqual(['result incomplete unknown -']);
    // A failed attempt with attempts left (the fixture allows 2) is not final: nothing reported.
    useStore.getState().finishAttempt({ score: 50, passed: false }, true);
    expect(order).toEqual(['result incomplete unknown -']);
    const item: InteractionRecord = {
      id: 'q1',
      type: 'choice',
      response: ['a'],
      correct: ['a'],
      result: 'correct',
      weighting: 1,
      latencyMs: 1000,
      time: new Date(),
      description: 'Q',
    };
    useStore.getState().finishAttempt({ score: 90, passed: true }, true, [item]);
    stop();
    expect(order).toEqual(['result incomplete unknown -', 'interactions', 'result completed passed 90']);
    expect(useStore.getState().progress.quiz).toMatchObject({ reported: true, records: [{ score: 50 }, { score: 90 }] });
    expect(useStore.getState().outbox).toEqual([]);
  });
});
