/**
 * Keeps track of what this session has set and what a successful Commit covered, so the
 * driver never sends an empty Commit and never repeats a value the LMS already committed
 * in this session. A value set since the last successful Commit is never skipped: after a
 * refusal, everything since is set again (some LMS players mark values as sent even when
 * the request carrying them failed).
 */
import type { LmsApi } from './lms-api.ts';

export interface LedgerApi extends LmsApi {
  /** Something was set since the last successful Commit. */
  dirty(): boolean;
}

export function withLedger(api: LmsApi): LedgerApi {
  const covered = new Map<string, string>();
  const since = new Map<string, string>();
  return {
    ...api,
    set(element, value) {
      if (!since.has(element) && covered.get(element) === value) return true;
      if (!api.set(element, value)) return false;
      since.set(element, value);
      return true;
    },
    commit() {
      if (since.size === 0) return true;
      if (!api.commit()) return false;
      for (const [element, value] of since) covered.set(element, value);
      since.clear();
      return true;
    },
    dirty: () => since.size > 0,
  };
}
