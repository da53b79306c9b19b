/**
 * An administrator's brand colour (settings.json) made fit for where the course puts its
 * own: behind the white text of the header and primary buttons (4.5:1, WCAG 1.4.3), and as
 * a fill or border on the page (3:1, 1.4.11), in light and in dark mode. A colour that
 * fails is moved toward black or white until it passes; one that would have to move more
 * than half way is no longer the administrator's colour, and is refused. Pure: the runtime
 * (src/app/brand-settings.ts) and the token tests apply this one rule.
 */
import { contrastRatio } from './contrast.ts';

export type BrandMode = 'light' | 'dark';

/** What a brand colour is shown with in one mode. */
export interface BrandSurface {
  /** The page background (--color-bg). */
  bg: string;
  /** Text and icons on the brand colour (--color-on-brand). */
  onBrand: string;
}

/** Copied from src/app/tokens.css, which the browser cannot read back per mode; tests/unit/design-tokens.test.ts checks they match. */
export const BRAND_SURFACES: Record<BrandMode, BrandSurface> = {
  light: { bg: '#ffffff', onBrand: '#ffffff' },
  dark: { bg: '#121416', onBrand: '#ffffff' },
};

export const TEXT_ON_BRAND = 4.5;
export const BRAND_ON_PAGE = 3;
/** How far (0 to 1) toward black or white a colour may move and still be the administrator's. */
export const MAX_SHIFT = 0.5;

export const fitsBrand = (colour: string, s: BrandSurface) =>
  contrastRatio(s.onBrand, colour) >= TEXT_ON_BRAND && contrastRatio(colour, s.bg) >= BRAND_ON_PAGE;

/** `colour` moved a fraction `t` of the way to `toward` (0 black, 255 white), per sRGB channel. */
function mix(colour: string, toward: number, t: number): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (toward - c) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The nearest colour to `colour` that fits `s`, and how far it moved; undefined if none does. */
export function nearestFit(colour: string, s: BrandSurface): { colour: string; shift: number } | undefined {
  for (let step = 0; step <= 100; step++) {
    for (const toward of [0, 255]) {
      const moved = mix(colour.toLowerCase(), toward, step / 100);
      if (fitsBrand(moved, s)) return { colour: moved, shift: step / 100 };
    }
  }
  return undefined;
}

/** Why `colour` fails in `mode`, in words an administrator can act on. */
export function brandFailure(colour: string, mode: BrandMode, s = BRAND_SURFACES[mode]): string {
  const text = contrastRatio(s.onBrand, colour);
  return text < TEXT_ON_BRAND
    ? `the course's ${s.onBrand} text on it is ${text.toFixed(2)}:1 in ${mode} mode (needs ${TEXT_ON_BRAND}:1)`
    : `it is ${contrastRatio(colour, s.bg).toFixed(2)}:1 against the ${mode} mode page ${s.bg} (needs ${BRAND_ON_PAGE}:1)`;
}

export type BrandShades = Record<BrandMode, string>;

export type BrandVerdict =
  /** `notes` says, per mode, what was changed and why (empty when the colour fits as given). */
  { ok: true; shades: BrandShades; notes: string[] } | { ok: false; why: string };

/** The colour to use in each mode for an administrator's #rrggbb `colour`, or why it is refused. */
export function brandShades(colour: string, surfaces = BRAND_SURFACES): BrandVerdict {
  const shades = {} as BrandShades;
  const notes: string[] = [];
  for (const mode of ['light', 'dark'] as const) {
    const fit = nearestFit(colour, surfaces[mode]);
    if (!fit || fit.shift > MAX_SHIFT) {
      const would = fit ? `; the nearest that would pass is ${fit.colour}` : '';
      return { ok: false, why: `${brandFailure(colour, mode, surfaces[mode])}, and it would have to change too much to pass${would}` };
    }
    if (fit.shift > 0) notes.push(`${brandFailure(colour, mode, surfaces[mode])}, so ${fit.colour} is used in ${mode} mode`);
    shades[mode] = fit.colour;
  }
  return { ok: true, shades, notes };
}
