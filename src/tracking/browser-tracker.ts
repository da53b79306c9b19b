/**
 * The no-LMS driver: progress is kept in this browser's storage, keyed by course and
 * learner, so two courses or two learners on one shared PC never mix. Falls back to
 * memory (with a notice) where storage is blocked. Two tabs of the course share the one
 * key, so neither may simply overwrite it: a save merges in what another tab wrote since
 * this one last looked, and each tab takes in the other's saves as they happen (the
 * `storage` event fires in every other tab of the origin).
 */
import { openStorage, type KeyValueStore } from './safe-storage.ts';
import { storageKey, unreadableKey } from './storage-keys.ts';
import type { Tracker, TrackerHost } from './tracker.ts';
import type { Notice } from '../course/tracking.ts';

export const NOT_KEPT_NOTICE: Notice = {
  id: 'storage-unavailable',
  message:
    'This browser is not letting the course save your progress, so it will be lost when you close this window. ' +
    'Your answers in this session still count while the window stays open.',
};

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
  /** The value this tab last read, wrote or was told of: anything else in storage came from another tab. */
  let seen: string | null = null;
  let listening = false;
  const otherTabSaved = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null || event.newValue === seen) return;
    seen = event.newValue;
    host?.adopt?.(event.newValue, 'other-tab');
  };
  return {
    kind: 'browser',
    tracksLms: false,
    start() {
      seen = storage.get(key);
      if (!listening && typeof window !== 'undefined') {
        listening = true;
        window.addEventListener('storage', otherTabSaved);
      }
      return { saved: seen, notices: [...notices, ...(storage.persistent ? [] : [NOT_KEPT_NOTICE])] };
    },
    save(state) {
      const stored = storage.get(key);
      // Another tab saved since this one looked (its event not yet handled): keep both.
      const merged = stored !== null && stored !== seen && stored !== state && host?.combine ? host.combine(stored, state) : state;
      seen = merged;
      const kept = storage.set(key, merged);
      if (!kept && !warned) {
        warned = true;
        host?.notify(NOT_KEPT_NOTICE);
      }
      // This tab shows what the other one added; its own attempt under way is unchanged.
      if (merged !== state) host?.adopt?.(merged, 'other-tab');
    },
    keepUnreadable(state) {
      return storage.set(unreadableKey(courseId, learnerId), state);
    },
    // Results live in the saved state; without an LMS there is nothing else to record.
    reportResult() {},
    recordInteractions() {},
    recordEvaluation() {},
    finish: () => storage.persistent,
  };
}
