/** The slide a deck URL asks for is always one the deck has. */
import { describe, expect, it } from 'vitest';
import { clampIndex, slideIndex, slideParam } from '../../src/features/presentation/slide-number.ts';

describe('slide number in the URL', () => {
  it('reads ?slide counted from 1, clamped to the deck; unreadable values open the first slide', () => {
    expect(slideIndex('3', 10)).toBe(2);
    expect(slideIndex(null, 10)).toBe(0);
    expect(slideIndex('0', 10)).toBe(0);
    expect(slideIndex('-3', 10)).toBe(0);
    expect(slideIndex('999', 10)).toBe(9);
    expect(slideIndex('abc', 10)).toBe(0);
    expect(slideIndex('2.5', 10)).toBe(0);
    expect(slideIndex('', 10)).toBe(0);
    expect(slideIndex('10', 10)).toBe(9);
  });

  it('clamps moves to the deck and writes numbers counted from 1', () => {
    expect(clampIndex(-1, 5)).toBe(0);
    expect(clampIndex(5, 5)).toBe(4);
    expect(clampIndex(2, 5)).toBe(2);
    expect(slideParam(0)).toBe('1');
  });
});
