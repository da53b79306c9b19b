/**
 * How wide each character is, in em, for the slide-fit model (slide-fit.ts). Measured in
 * Chromium from DejaVu Sans, the system font on these Linux machines and wider than Segoe UI,
 * Arial, Roboto or San Francisco at the same size, then rounded UP to the next 0.05 em, so
 * a line the model fills is never longer than one the browser draws. A character not listed
 * counts as 1 em, as wide as the widest.
 */
const REGULAR: [number, string][] = [
  [0.3, "'IJijl"],
  [0.35, ' ,./:;\\f|’‘·'],
  [0.4, '!()-[]t'],
  [0.45, 'r'],
  [0.5, '"*_`–'],
  [0.55, '?csz“”'],
  [0.6, 'FLPkvxy'],
  [0.65, '0123456789$ESTYabdeghnopqu{}é'],
  [0.7, 'ABCKRVXZ'],
  [0.75, 'HNU'],
  [0.8, '&DGOQ'],
  [0.85, '#+<=>^w~'],
  [0.9, 'M'],
  [0.95, '%'],
];

/** Headings are bold, and bold letters are wider. */
const BOLD: [number, string][] = [
  [0.35, " 'ijl"],
  [0.4, ',./:;IJ\\|’‘·'],
  [0.45, '-f'],
  [0.5, '!()[]_`rt–'],
  [0.55, '"*'],
  [0.6, '?csz'],
  [0.65, 'Lvxy'],
  [0.7, '0123456789$EFTaeko“”é'],
  [0.75, 'CPSYZbdghnpqu{}'],
  [0.8, 'ABKRVX'],
  [0.85, '#+<=>DGHNOQU^~'],
  [0.9, '&'],
  [0.95, 'w'],
  [1.05, 'm'],
  [1.1, 'W'],
];

const table = (groups: [number, string][]) => new Map(groups.flatMap(([em, chars]) => [...chars].map((c) => [c, em] as const)));
const regular = table(REGULAR);
const bold = table(BOLD);

/** The width of `text` in em, set in the regular or bold weight. */
export function textWidthEm(text: string, weight: 'regular' | 'bold' = 'regular'): number {
  const widths = weight === 'bold' ? bold : regular;
  let em = 0;
  for (const c of text) em += widths.get(c) ?? (weight === 'bold' ? 1.1 : 1);
  return em;
}
