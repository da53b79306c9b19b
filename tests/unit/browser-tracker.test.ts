import { describe, expect, it, vi } from 'vitest';
import { createBrowserTracker, NOT_KEPT_NOTICE } from '../../src/tracking/browser-tracker.ts';
import { storageKey } from '../../src/tracking/storage-keys.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import { adoptProgress, combineSaved } from '../../src/state/restore.ts';
import type { Progress } from '../../src/course/progress.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const summary = { progressMeasure: 0, complete: false };

/** A Storage whose every call throws, as in a cross-site LMS frame with storage blocked. */
const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('browser storage tracker', () => {
  it('keeps state by course and learner, so they never mix', () => {
    const a = createBrowserTracker('course-a');
    const b = createBrowserTracker('course-b');
    const otherLearner = createBrowserTracker('course-a', { learnerId: 'someone-else' });
    a.save('A', summary);
    b.save('B', summary);
    expect(a.start().saved).toBe('A');
    expect(b.start().saved).toBe('B');
    expect(otherLearner.start().saved).toBeNull();
    expect(window.localStorage.getItem(storageKey('course-a', 'local'))).toBe('A');
  });

  it('falls back to memory with a notice when storage throws', () => {
    const tracker = createBrowserTracker('course-a', { storage: openStorage(blocked) });
    const { saved, notices } = tracker.start();
    expect(saved).toBeNull();
    expect(notices).toEqual([NOT_KEPT_NOTICE]);
    tracker.save('kept in memory', summary);
    expect(tracker.start().saved).toBe('kept in memory');
  });

  it('warns once when storage starts failing later (quota full)', () => {
    const real = window.localStorage;
    let full = false;
    const flaky = {
      getItem: (k: string) => real.getItem(k),
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(k, v);
      },
      removeItem: (k: string) => real.removeItem(k),
    } as Storage;
    const onNotice = vi.fn();
    const tracker = createBrowserTracker('course-a', { storage: openStorage(() => flaky), host: { notify: onNotice, clear: vi.fn() } });
    tracker.save('one', summary);
    full = true;
    tracker.save('two', summary);
    tracker.save('three', summary);
    expect(onNotice).toHaveBeenCalledTimes(1);
    expect(onNotice).toHaveBeenCalledWith(NOT_KEPT_NOTICE);
    expect(tracker.start().saved).toBe('three');
  });

  it('puts an unreadable value aside instead of losing it', () => {
    const tracker = createBrowserTracker('course-a');
    tracker.keepUnreadable('{broken');
    expect(window.localStorage.getItem(`${storageKey('course-a', 'local')}:unreadable`)).toBe('{broken');
  });
});

describe('two tabs of the course on one browser', () => {
  const key = storageKey('course-a', 'local');
  /** A host whose merge is visible in the result: the rule itself is tested in progress-rules. */
  const hostOf = () => ({
    notify: vi.fn(),
    clear: vi.fn(),
    adopt: vi.fn(),
    combine: vi.fn((older: string, newer: string) => `${older}+${newer}`),
  });

  it('a save merges in what another tab wrote since this one looked, and shows it here', () => {
    const host = hostOf();
    const tracker = createBrowserTracker('course-a', { host });
    tracker.start();
    window.localStorage.setItem(key, 'other tab');
    tracker.save('this tab', summary);
    expect(host.combine).toHaveBeenCalledWith('other tab', 'this tab');
    expect(window.localStorage.getItem(key)).toBe('other tab+this tab');
    expect(host.adopt).toHaveBeenCalledWith('other tab+this tab', 'other-tab');
  });

  it('a save with nothing new from another tab writes as it is', () => {
    const host = hostOf();
    const tracker = createBrowserTracker('course-a', { host });
    tracker.start();
    tracker.save('one', summary);
    tracker.save('two', summary);
    expect(host.combine).not.toHaveBeenCalled();
    expect(host.adopt).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(key)).toBe('two');
  });

  it("takes in another tab's save as it happens, as the newer record", () => {
    const host = hostOf();
    const tracker = createBrowserTracker('course-a', { host });
    tracker.start();
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue: null, newValue: 'saved in the other tab' }));
    expect(host.adopt).toHaveBeenCalledWith('saved in the other tab', 'other-tab');
    // Already taken in: this tab's next save does not merge it a second time.
    window.localStorage.setItem(key, 'saved in the other tab');
    tracker.save('merged here', summary);
    expect(host.combine).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(key)).toBe('merged here');
  });

  it("ignores another course's key and a cleared value", () => {
    const host = hostOf();
    createBrowserTracker('course-a', { host }).start();
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey('course-b', 'local'), newValue: 'B' }));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
    expect(host.adopt).not.toHaveBeenCalled();
  });
});

describe("the app's side of two tabs (state/restore.ts)", () => {
  const course = fixture.meta;
  const answer = (step: string, choice: string) => ({ scenario: 'scene', step, response: [choice], seconds: 2 });
  const quiz = (records: { score: number; passed: boolean }[], answers: ReturnType<typeof answer>[]) => ({
    records,
    answers,
    counted: [],
    reported: false,
  });
  const here: Progress = { lessons: { first: { at: 'two', done: true } }, quiz: quiz([{ score: 40, passed: false }], [answer('s1', 'a')]) };
  const there: Progress = {
    lessons: { sensitive: { at: 'two', done: true } },
    quiz: quiz([{ score: 90, passed: true }], [answer('s1', 'b'), answer('s2', 'b')]),
  };
  const decoded = (saved: string) => {
    const result = decodeProgress(saved, course);
    if (!result.ok) throw new Error('unreadable');
    return result.progress;
  };

  it("another tab's save is taken in as the newer record: its attempt under way, both tabs' lessons and results", () => {
    useStore.setState({ progress: here });
    adoptProgress(course, encodeProgress(course.id, there), 'other-tab');
    const { progress } = useStore.getState();
    expect(Object.keys(progress.lessons).sort()).toEqual(['first', 'sensitive']);
    expect(progress.quiz?.records).toHaveLength(2);
    expect(progress.quiz?.answers).toEqual(there.quiz!.answers);
  });

  it('what an LMS held is older: this session keeps its attempt under way', () => {
    useStore.setState({ progress: here });
    adoptProgress(course, encodeProgress(course.id, there));
    expect(useStore.getState().progress.quiz?.answers).toEqual(here.quiz!.answers);
  });

  it('taking in a save that adds nothing leaves the store alone, so two tabs do not echo saves forever', () => {
    const merged = decoded(combineSaved(course, encodeProgress(course.id, there), encodeProgress(course.id, here)));
    useStore.setState({ progress: merged });
    const listener = vi.fn();
    const stop = useStore.subscribe(listener);
    adoptProgress(course, encodeProgress(course.id, merged), 'other-tab');
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it("combining two saves keeps both; an unreadable stored value gives way to this tab's", () => {
    const combined = decoded(combineSaved(course, encodeProgress(course.id, there), encodeProgress(course.id, here)));
    expect(Object.keys(combined.lessons).sort()).toEqual(['first', 'sensitive']);
    expect(combined.quiz?.answers).toEqual(here.quiz!.answers);
    expect(combineSaved(course, 'v1;c:trunc', encodeProgress(course.id, here))).toBe(encodeProgress(course.id, here));
  });
});
