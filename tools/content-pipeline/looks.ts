/**
 * Each theme's and the reviews group's colour and icon (content/looks.yaml), defined once
 * and used by the map, lesson headings, the assessment results and the slides. The build
 * refuses a colour that is not #rrggbb or stands less than 4.5:1 against the backgrounds of
 * its mode (WCAG 1.4.3: it may be text; 1.4.11 asks 3:1 of icons), an icon outside the
 * allowed list, and a theme with no look. The colours reach the page as a stylesheet
 * written here (no inline style: the CSP forbids it).
 */
import { z } from 'zod';
import type { Look } from '../../src/course/types.ts';
import { LOOK_ICONS } from '../../src/course/look-icons.ts';
import { HEX_COLOUR, contrastRatio } from '../../src/lib/contrast.ts';
import type { ContentProblem } from './errors.ts';
import { idSchema } from './schema.ts';
import { tokenBackgrounds, type Background, type Mode } from './token-backgrounds.ts';

export const LOOKS_FILE = 'looks.yaml';
/** The look of every review lesson. */
export const REVIEWS_LOOK = 'reviews';
/** A theme colour may be used as text, so it meets the text minimum (WCAG 1.4.3). */
export const LOOK_MIN_CONTRAST = 4.5;

const colour = z
  .string({ error: 'is required and must be a hex colour like #0b4f6c' })
  .regex(HEX_COLOUR, { error: 'must be a hex colour like #0b4f6c: a # and six digits 0-9 or letters a-f' });

const lookSchema = z.strictObject({
  icon: z.enum(LOOK_ICONS, {
    error: (issue) => `"${String(issue.input)}" is not an allowed icon: use one of ${LOOK_ICONS.join(', ')}`,
  }),
  colour: z.strictObject({ light: colour, dark: colour }),
});
type LookEntry = z.infer<typeof lookSchema>;

export const looksFileSchema = z.strictObject({
  themes: z.record(idSchema, lookSchema),
  reviews: lookSchema,
});
export type LooksFile = z.infer<typeof looksFileSchema>;

/** Problems with the looks against the themes of leaflet-points.yaml and the token backgrounds. */
export function checkLooks(
  looks: LooksFile,
  file: string,
  themeIds: string[],
  backgrounds: Record<Mode, Background[]> = tokenBackgrounds(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of themeIds) {
    if (!looks.themes[id]) problems.push({ file, field: 'themes', reason: `has no look for the theme "${id}" (leaflet-points.yaml)` });
  }
  for (const id of Object.keys(looks.themes)) {
    if (!themeIds.includes(id)) problems.push({ file, field: `themes.${id}`, reason: `"${id}" is not a theme in leaflet-points.yaml` });
  }
  const entries: [string, LookEntry][] = [
    ...Object.entries(looks.themes).map(([id, l]) => [`themes.${id}`, l] as [string, LookEntry]),
    ['reviews', looks.reviews],
  ];
  for (const [field, look] of entries) {
    for (const mode of ['light', 'dark'] as const) {
      const value = look.colour[mode];
      for (const bg of backgrounds[mode]) {
        const ratio = contrastRatio(value, bg.colour);
        if (ratio < LOOK_MIN_CONTRAST) {
          problems.push({
            file,
            field: `${field}.colour.${mode}`,
            reason:
              `${value} stands only ${ratio.toFixed(2)}:1 against the ${bg.name} ${bg.colour}; a theme colour needs at least ` +
              `${LOOK_MIN_CONTRAST}:1 (WCAG 1.4.3): choose a ${mode === 'light' ? 'darker' : 'lighter'} colour`,
          });
        }
      }
    }
  }
  return problems;
}

/** The compiled looks, by look id: each theme id, and `reviews`. */
export function compileLooks(looks: LooksFile): Record<string, Look> {
  const toLook = (l: LookEntry): Look => ({ icon: l.icon, light: l.colour.light.toLowerCase(), dark: l.colour.dark.toLowerCase() });
  return {
    ...Object.fromEntries(Object.entries(looks.themes).map(([id, l]) => [id, toLook(l)])),
    [REVIEWS_LOOK]: toLook(looks.reviews),
  };
}

/**
 * The stylesheet of the looks: each `.look-<id>` carries its two colours, and
 * src/app/looks.css picks one by mode (slides and print always light).
 */
export function looksCss(looks: Record<string, Look>): string {
  return Object.entries(looks)
    .map(([id, l]) => `.look-${id} { --look-light: ${l.light}; --look-dark: ${l.dark}; }`)
    .join('\n');
}
