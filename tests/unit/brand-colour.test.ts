/**
 * The rule an administrator's brand colour goes through (src/lib/brand-colour.ts): used as
 * given when it passes, moved the least way toward black or white when it fails, refused
 * when it would have to move more than half way, and each outcome said in words an
 * administrator can act on. The tokens' own check of the result is in design-tokens.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BRAND_SURFACES, MAX_SHIFT, brandShades, fitsBrand, nearestFit } from '../../src/lib/brand-colour.ts';

describe("an administrator's brand colour", () => {
  it("the course's own colours pass as they are (light #0b4f6c, dark #2a7aa0)", () => {
    expect(fitsBrand('#0b4f6c', BRAND_SURFACES.light)).toBe(true);
    expect(fitsBrand('#2a7aa0', BRAND_SURFACES.dark)).toBe(true);
    expect(brandShades('#2a7aa0')).toEqual({ ok: true, shades: { light: '#2a7aa0', dark: '#2a7aa0' }, notes: [] });
  });

  it('a dark colour is kept in light mode and made lighter in dark mode, as the course does with its own', () => {
    expect(brandShades('#003366')).toEqual({
      ok: true,
      shades: { light: '#003366', dark: '#40668c' },
      notes: ['it is 1.46:1 against the dark mode page #121416 (needs 3:1), so #40668c is used in dark mode'],
    });
  });

  it('a colour too light for white text is darkened just enough, and the note says by how much it failed', () => {
    const verdict = brandShades('#3399cc');
    expect(verdict).toEqual({
      ok: true,
      shades: { light: '#2a7da7', dark: '#2a7da7' },
      notes: [
        "the course's #ffffff text on it is 3.20:1 in light mode (needs 4.5:1), so #2a7da7 is used in light mode",
        "the course's #ffffff text on it is 3.20:1 in dark mode (needs 4.5:1), so #2a7da7 is used in dark mode",
      ],
    });
    // Just enough: moved less than a fifth of the way to black, the least that passes.
    const fit = nearestFit('#3399cc', BRAND_SURFACES.light)!;
    expect(fit).toEqual({ colour: '#2a7da7', shift: 0.18 });
    expect(fitsBrand('#3399cc', BRAND_SURFACES.light)).toBe(false);
  });

  it.each([
    [
      '#ffff00',
      /^the course's #ffffff text on it is 1\.07:1 in light mode \(needs 4\.5:1\), and it would have to change too much to pass; the nearest that would pass is #7a7a00$/,
    ],
    ['#ffffff', /text on it is 1\.00:1 in light mode .*the nearest that would pass is #757575$/],
    ['#f0f0f0', /text on it is 1\.14:1 in light mode/],
  ])('a colour that would have to move more than half way (%s) is refused, naming the nearest that would pass', (colour, why) => {
    const verdict = brandShades(colour);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.why).toMatch(why);
    expect(nearestFit(colour, BRAND_SURFACES.light)!.shift).toBeGreaterThan(MAX_SHIFT);
  });

  it('accepts upper-case hex and answers in lower case', () => {
    expect(brandShades('#5B2A86')).toMatchObject({ ok: true, shades: { light: '#5b2a86' } });
  });
});
