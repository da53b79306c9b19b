/**
 * A copy of what we last asked the LMS to save, kept in this browser and keyed by course
 * and LMS learner, with whether the LMS confirmed it. If the LMS refused a save and the
 * window closed, the next launch finds the unconfirmed copy and merges it back in.
 */
import type { KeyValueStore } from '../../src/tracking/safe-storage.ts';

export interface LocalCopy {
  state: string;
  confirmed: boolean;
  /**
   * What the LMS held when this copy was made. An unconfirmed copy is newer than the LMS
   * only while the LMS still holds this: if the learner went on elsewhere, or a new
   * attempt started, the LMS has moved on and the copy is stale.
   */
  base: string;
}

export function localCopy(storage: KeyValueStore, courseId: string, learnerId: string) {
  const key = `learning-from-reviews:${courseId}:lms:${learnerId || 'unknown'}`;
  return {
    read(): LocalCopy | undefined {
      try {
        const value = JSON.parse(storage.get(key) ?? 'null') as LocalCopy | null;
        return value && typeof value.state === 'string' && typeof value.base === 'string' ? value : undefined;
      } catch {
        return undefined;
      }
    },
    write(copy: LocalCopy) {
      storage.set(key, JSON.stringify(copy));
    },
  };
}
