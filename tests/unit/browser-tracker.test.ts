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

