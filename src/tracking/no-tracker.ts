/**
 * For briefing links opened directly (presentation and facilitator windows): nothing is
 * read or written anywhere, so a projector session never touches anyone's record.
 */
import type { Tracker } from './tracker.ts';

export function createNoTracker(): Tracker {
  return {
    kind: 'browser',
    tracksLms: false,
    start: () => ({ saved: null, notices: [] }),
    save() {},
    keepUnreadable: () => false,
    reportResult() {},
    recordInteractions() {},
    recordEvaluation() {},
    finish: () => true,
  };
}
