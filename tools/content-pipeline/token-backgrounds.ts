/**
 * The page and panel backgrounds of each palette, read from src/app/tokens.css (their one
 * definition), so a theme colour in content is checked against the backgrounds it is
 * really shown on. Light is the first `:root` block; dark overrides it in the
 * prefers-color-scheme block. Slides and print use the light values.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Beside this module, not under the content folder: fixture content is checked against the real tokens.
export const TOKENS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/app/tokens.css');

export type Mode = 'light' | 'dark';
export interface Background {
  name: string;
  colour: string;
}

const BACKGROUNDS = [
  ['color-bg', 'page'],
  ['color-panel', 'panel'],
] as const;

/** The custom properties declared in the first rule of `css` whose opening matches `opening` (also read by the token tests). */
export function properties(css: string, opening: RegExp): Record<string, string> {
  const match = opening.exec(css);
  if (!match) throw new Error(`${TOKENS_FILE}: no block matching ${opening}`);
  const start = css.indexOf('{', match.index + match[0].length - 1);
  const body = css.slice(start + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

export function tokenBackgrounds(css = readFileSync(TOKENS_FILE, 'utf8')): Record<Mode, Background[]> {
  const light = properties(css, /^:root \{/m);
  const dark = { ...light, ...properties(css, /prefers-color-scheme: dark\) \{\s*:root \{/) };
  const pick = (palette: Record<string, string>, mode: Mode) =>
    BACKGROUNDS.map(([token, name]) => {
      if (!palette[token]) throw new Error(`${TOKENS_FILE}: no --${token} in the ${mode} palette`);
      return { name: `${mode} ${name} background`, colour: palette[token] };
    });
  return { light: pick(light, 'light'), dark: pick(dark, 'dark') };
}
