import { describe, expect, it, vi } from 'vitest';
import { createBrowserTracker, NOT_KEPT_NOTICE, storageKey } from '../../src/tracking/browser-tracker.ts';
import { openStorage } from '../../src/tracking/safe-storage.ts';

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
