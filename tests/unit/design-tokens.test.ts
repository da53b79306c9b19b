/**
 * The design tokens meet WCAG contrast in every palette: text pairs at least 4.5:1 (1.4.3),
 * borders, fills, focus rings and progress at least 3:1 (1.4.11). Read from the tokens file
 * itself, so a colour changed there is checked here, and the stylesheet may not bypass the
 * tokens with colour literals of its own. An administrator's brand colour (settings.json),
 * as src/lib/brand-colour.ts adjusts it, must meet the same pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND_SURFACES, brandShades } from '../../src/lib/brand-colour.ts';
import { contrastRatio } from '../fixtures/contrast.ts';
import { properties } from '../../tools/content-pipeline/token-backgrounds.ts';

const tokensCss = readFileSync('src/app/tokens.css', 'utf8');
// Every stylesheet that ships: the main one, and those that load with a lazy chunk.
const stylesCss = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css') && !f.endsWith('tokens.css'))
  .map((f) => readFileSync(`src/${f}`, 'utf8'))
  .join('\n');

/** The custom properties of the first rule in tokens.css whose opening matches `selector`: the build's own reader. */
const block = (selector: RegExp) => properties(tokensCss, selector);

const light = block(/^:root \{/m);
const palettes: Record<string, Record<string, string>> = {
  light,
  dark: { ...light, ...block(/prefers-color-scheme: dark\) \{\s*:root \{/) },
  'slides (always light)': { ...light, ...block(/^\.light-surface,/m) },
  print: { ...light, ...block(/@media print \{\s*:root \{/) },
};

/** [foreground, background] token pairs the stylesheet puts together. */
const TEXT_PAIRS = [
  ['color-text', 'color-bg'],
  ['color-text', 'color-panel'],
  ['color-text-muted', 'color-bg'],
  ['color-text-muted', 'color-panel'],
  ['color-link', 'color-bg'],
  ['color-link', 'color-panel'],
  ['color-on-brand', 'color-brand'],
  ['color-on-accent', 'color-accent'],
  ['color-on-accent', 'color-focus-halo'],
  ['color-done', 'color-bg'],
  ['color-error', 'color-bg'],
  ['color-error', 'color-panel'],
] as const;
const NON_TEXT_PAIRS = [
  ['color-border', 'color-bg'],
  ['color-border', 'color-panel'],
  ['color-brand', 'color-bg'],
  ['color-focus-ring', 'color-bg'],
  ['color-focus-ring', 'color-panel'],
  ['color-done', 'color-panel'],
] as const;

describe('design tokens', () => {
  for (const [name, palette] of Object.entries(palettes)) {
    it(`${name}: text at least 4.5:1, borders, fills and focus rings at least 3:1`, () => {
      const failures: string[] = [];
      for (const [pairs, min] of [
        [TEXT_PAIRS, 4.5],
        [NON_TEXT_PAIRS, 3],
      ] as const) {
        for (const [fg, bg] of pairs) {
          const ratio = contrastRatio(palette[fg], palette[bg]);
          if (!(ratio >= min)) failures.push(`${fg} ${palette[fg]} on ${bg} ${palette[bg]}: ${ratio.toFixed(2)}:1, needs ${min}:1`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('are the only colours in the stylesheet (except the pure black and white of a blanked screen)', () => {
    const rules = [...stylesCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)];
    const withLiterals = rules
      .filter(([, , body]) => /#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/.test(body))
      .map(([, selector]) => selector.trim());
    expect(withLiterals.filter((selector) => !selector.startsWith('.stage.blank-'))).toEqual([]);
  });

  it('set body text at 18 px with a reading measure of 60-75 characters', () => {
    expect(light['text-base']).toBe('1.125rem');
    const measure = Number.parseFloat(light.measure);
    expect(measure).toBeGreaterThanOrEqual(60);
    expect(measure).toBeLessThanOrEqual(75);
  });
});

describe("an administrator's brand colour (settings.json)", () => {
  it('is judged against the page and text colours of these tokens', () => {
    expect(BRAND_SURFACES.light).toEqual({ bg: palettes.light['color-bg'], onBrand: palettes.light['color-on-brand'] });
    expect(BRAND_SURFACES.dark).toEqual({ bg: palettes.dark['color-bg'], onBrand: palettes.dark['color-on-brand'] });
  });

  it("once adjusted, meets every pair the course's own brand colour meets, in every palette, or is refused", () => {
    const steps = ['00', '33', '66', '99', 'cc', 'ff'];
    const colours = steps.flatMap((r) => steps.flatMap((g) => steps.map((b) => `#${r}${g}${b}`)));
    const withBrand = (pairs: readonly (readonly [string, string])[], min: number) =>
      pairs.filter((p) => p.includes('color-brand')).map(([fg, bg]) => [fg, bg, min] as const);
    const brandPairs = [...withBrand(TEXT_PAIRS, 4.5), ...withBrand(NON_TEXT_PAIRS, 3)];
    expect(brandPairs.length).toBeGreaterThanOrEqual(2);
    const failures: string[] = [];
    let refused = 0;
    for (const colour of colours) {
      const verdict = brandShades(colour);
      if (!verdict.ok) {
        refused++;
        continue;
      }
      // Slides and print do not set a brand of their own: in dark mode they show the dark shade.
      for (const [name, palette] of Object.entries(palettes)) {
        const shown = name === 'dark' ? [verdict.shades.dark] : [verdict.shades.light, verdict.shades.dark];
        for (const brand of shown) {
          const shownPalette: Record<string, string> = { ...palette, 'color-brand': brand };
          for (const [fg, bg, min] of brandPairs) {
            const ratio = contrastRatio(shownPalette[fg], shownPalette[bg]);
            if (!(ratio >= min)) failures.push(`${colour} as ${brand} in ${name}: ${fg} on ${bg} ${ratio.toFixed(2)}:1, needs ${min}:1`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // Both outcomes occur: most colours are usable, the palest are refused.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(colours.length / 2);
  });
});
