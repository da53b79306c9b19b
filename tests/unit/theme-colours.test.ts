/**
 * Each theme's colour, as compiled into the course meta from content/looks.yaml, stands out
 * on every surface it is shown on: at least 4.5:1 (it may be text, WCAG 1.4.3; icons and
 * borders need 3:1, 1.4.11) against the page and panel of the light palette (also slides and
 * print, always light) and of the dark palette. The palettes are read from the tokens file
 * here, not through the build's own reader, so a slip in either is caught.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { LOOK_ICONS } from '../../src/course/look-icons.ts';
import { contrastRatio } from '../fixtures/contrast.ts';
import { properties } from '../../tools/content-pipeline/token-backgrounds.ts';

const tokensCss = readFileSync('src/app/tokens.css', 'utf8');
/** The custom properties of the first rule in tokens.css whose opening matches `selector`: the build's own reader. */
const block = (selector: RegExp) => properties(tokensCss, selector);
const light = block(/^:root \{/m);
/** Each palette, and which of a look's two values is shown on it. */
const palettes: [string, Record<string, string>, 'light' | 'dark'][] = [
  ['light', light, 'light'],
  ['dark', { ...light, ...block(/prefers-color-scheme: dark\) \{\s*:root \{/) }, 'dark'],
  ['slides (always light)', { ...light, ...block(/^\.light-surface,/m) }, 'light'],
  ['print', { ...light, ...block(/@media print \{\s*:root \{/) }, 'light'],
];

const course = loadCourse(resolve('content'));
const { looks } = course.meta;

describe('theme colours and icons', () => {
  it('give every theme lesson and every review a look, and the reviews one look', () => {
    const themes = course.meta.lessons.filter((l) => l.kind === 'theme');
    const reviews = course.meta.lessons.filter((l) => l.kind === 'review');
    expect(themes.map((l) => l.look)).toEqual(['babies', 'teenagers', 'parents', 'professionals', 'managers', 'challenges']);
    expect(new Set(reviews.map((l) => l.look))).toEqual(new Set(['reviews']));
    expect(Object.keys(looks).sort()).toEqual(['babies', 'challenges', 'managers', 'parents', 'professionals', 'reviews', 'teenagers']);
  });

  for (const [name, palette, value] of palettes) {
    it(`${name}: each look's ${value} colour at least 4.5:1 on the page and the panel`, () => {
      const failures: string[] = [];
      for (const [id, look] of Object.entries(looks)) {
        for (const bg of ['color-bg', 'color-panel']) {
          const ratio = contrastRatio(look[value], palette[bg]);
          if (!(ratio >= 4.5)) failures.push(`${id} ${look[value]} on ${bg} ${palette[bg]}: ${ratio.toFixed(2)}:1`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('are told apart by more than colour: each theme has its own icon', () => {
    const icons = Object.values(looks).map((l) => l.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('allow no pill, weapon or injury icon', () => {
    expect(
      LOOK_ICONS.filter((n) => /pill|syringe|tablet|sword|gun|knife|bomb|axe|skull|bandage|injur|bone|blood|ambulance/.test(n)),
    ).toEqual([]);
  });
});
