/**
 * The no-LMS driver: progress is kept in this browser's storage, keyed by course and
 * learner, so two courses or two learners on one shared PC never mix. Falls back to
 * memory (with a notice) where storage is blocked.
 */
import { openStorage, type KeyValueStore } from './safe-storage.ts';
import { storageKey, unreadableKey } from './storage-keys.ts';
import type { Notice, Tracker, TrackerHost } from './tracker.ts';

export const NOT_KEPT_NOTICE: Notice = {
  id: 'storage-unavailable',
  message:
    'This browser is not letting the course save your progress, so it will be lost when you close this window. ' +
    'Your answers in this session still count while the window stays open.',
};

export { storageKey } from './storage-keys.ts';

export interface BrowserTrackerOptions {
  /** No sign-in without an LMS: one learner per browser profile unless told otherwise. */
  learnerId?: string;
  storage?: KeyValueStore;
  /** Told when storage fails after start, so the learner can be warned. */
  host?: TrackerHost;
  /** Said at start beside anything else (e.g. "nothing is recorded to your LMS"). */
  notices?: Notice[];
}

export function createBrowserTracker(courseId: string, options: BrowserTrackerOptions = {}): Tracker {
  const { learnerId = 'local', storage = openStorage(), host, notices = [] } = options;
  const key = storageKey(courseId, learnerId);
  let warned = !storage.persistent;
  return {
    kind: 'browser',
    tracksLms: false,
    start() {
      return { saved: storage.get(key), notices: [...notices, ...(storage.persistent ? [] : [NOT_KEPT_NOTICE])] };
    },
    save(state) {
      const kept = storage.set(key, state);
      if (!kept && !warned) {
        warned = true;
        host?.notify(NOT_KEPT_NOTICE);
      }
    },
    keepUnreadable(state) {
      storage.set(unreadableKey(courseId, learnerId), state);
    },
    // Results live in the saved state; without an LMS there is nothing else to record.
    reportResult() {},
    recordInteractions() {},
    finish: () => storage.persistent,
  };
}
