/**
 * A copy of what we last asked the LMS to save, kept in this browser and keyed by course
 * and LMS learner: the saved state (with its save counter), the outcome, and the
 * interactions with whether a Commit took them. It is written after every save, because
 * an LMS's "true" is not proof that the data arrived: the next launch compares it with
 * what the LMS holds and sends what is missing.
 */
import type { Outcome } from '../../src/course/outcome.ts';
import { trackingFields, withoutTrackingFields } from '../../src/tracking/tracking-fields.ts';
import type { KeyValueStore } from '../../src/tracking/safe-storage.ts';
import { lmsCopyKey } from '../../src/tracking/storage-keys.ts';
import type { InteractionRecord } from '../../src/course/tracking.ts';

export interface KeptInteraction {
  item: InteractionRecord;
  /** The index it was written at, once it has one. */
  index?: number;
  /** A Commit covering it returned true (the next launch still checks). */
  sent: boolean;
}

export interface LocalCopy {
  state: string;
  /**
   * What the LMS held (as far as we know) when this copy was made. If the LMS holds
   * something else at the next launch and its save counter is not behind, the learner
   * went on elsewhere or a new attempt started: the copy is stale.
   */
  base: string;
  outcome?: Outcome;
  interactions?: KeptInteraction[];
  /**
   * Made while the LMS could not be read: nothing of it was sent, so the next launch merges
   * it whatever the LMS's save counter says (merging progress loses nothing).
   */
  unread?: boolean;
  /** Made before the LMS named the learner: the last learner whose launch worked here. */
  learnerHint?: string;
}

export function localCopy(storage: KeyValueStore, courseId: string, learnerId: string) {
  const key = lmsCopyKey(courseId, learnerId);
  return {
    read(): LocalCopy | undefined {
      try {
        const value = JSON.parse(storage.get(key) ?? 'null') as LocalCopy | null;
        if (!value || typeof value.state !== 'string' || typeof value.base !== 'string') return undefined;
        for (const kept of value.interactions ?? []) kept.item.time = new Date(kept.item.time);
        return value;
      } catch {
        return undefined;
      }
    },
    /** False when this browser would not keep it (storage blocked or full). */
    write(copy: LocalCopy): boolean {
      return storage.set(key, JSON.stringify(copy));
    },
    clear() {
      storage.set(key, 'null');
    },
  };
}

/**
 * The device copy is ahead of the LMS when the LMS still holds what the copy was based on,
 * or holds an older save (a lower counter): the LMS said "true" but the data never came.
 */
export function copyIsAhead(copy: LocalCopy, lms: string): boolean {
  const mine = withoutTrackingFields(copy.state);
  if (!mine || mine === withoutTrackingFields(lms)) return false;
  if (copy.unread) return true;
  if (lms === copy.base) return true;
  const theirs = lms === '' ? 0 : trackingFields(lms).saves;
  return theirs !== undefined && (trackingFields(copy.state).saves ?? 0) > theirs;
}
