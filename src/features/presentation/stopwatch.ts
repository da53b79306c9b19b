/**
 * The facilitator's clocks as plain state: time runs only while not paused, so pausing and
 * resuming never loses or double-counts a second (WCAG 2.2.2 asks that moving content can be
 * paused). Pure, so the arithmetic is tested without waiting.
 */
export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started, or undefined while paused. */
  since?: number;
}

export const startStopwatch = (now: number): Stopwatch => ({ banked: 0, since: now });

export const elapsed = (w: Stopwatch, now: number): number => w.banked + (w.since === undefined ? 0 : Math.max(0, now - w.since));

export const pause = (w: Stopwatch, now: number): Stopwatch => (w.since === undefined ? w : { banked: elapsed(w, now) });

export const resume = (w: Stopwatch, now: number): Stopwatch => (w.since === undefined ? { banked: w.banked, since: now } : w);

/** "m:ss", whole seconds, never negative. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** A 7-minute briefing's length: the format local partnerships use. */
export const BRIEFING_MS = 7 * 60 * 1000;
