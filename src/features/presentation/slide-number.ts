/**
 * The slide a deck URL asks for. The number lives in the URL (`?slide=n`, counted from 1)
 * so a reload or a bookmark opens at the same slide, and anything in it (an edited URL, a
 * bookmark of a longer deck, 0, -3, 999, "abc") must still land on a slide that exists.
 */

export const SLIDE_PARAM = 'slide';

/** The 0-based index for `raw`, within a deck of `count` slides; the first slide when unreadable. */
export function slideIndex(raw: string | null, count: number): number {
  const asked = /^[+-]?\d+$/.test(raw?.trim() ?? '') ? Number(raw) : 1;
  return clampIndex(asked - 1, count);
}

/** Keeps an index inside the deck (a deck always has at least its support slide). */
export function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/** What the URL should say for a 0-based index. */
export const slideParam = (index: number): string => String(index + 1);
