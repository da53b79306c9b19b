/**
 * The appearance traits a scenario's character may have, in plain words an author writes,
 * each mapped to the Open Peeps part (DiceBear) that draws it. Only calm, neutral parts are
 * offered: two quiet expressions, no comic beards or moustaches, no eyepatch, sunglasses,
 * masks or hats, nothing that reads as a weapon or an injury. The drawing is the same for
 * every character, so no trait marks out who is the adult of concern.
 */

/** Skin tones, lightest to darkest (Open Peeps' own five). */
export const SKIN = {
  'tone-1': 'ffdbb4',
  'tone-2': 'edb98a',
  'tone-3': 'd08b5b',
  'tone-4': 'ae5d29',
  'tone-5': '694d3d',
} as const;

/** Hair and head coverings. */
export const HAIR = {
  afro: 'afro',
  'bantu-knots': 'bantuKnots',
  bald: 'noHair1',
  bangs: 'bangs2',
  bun: 'bun',
  cornrows: 'cornrows',
  dreads: 'dreads1',
  'flat-top': 'flatTop',
  'grey-bun': 'grayBun',
  'grey-medium': 'grayMedium',
  'grey-short': 'grayShort',
  hijab: 'hijab',
  long: 'long',
  'long-afro': 'longAfro',
  'long-curly': 'longCurly',
  medium: 'medium1',
  'medium-bangs': 'mediumBangs',
  'medium-straight': 'mediumStraight',
  shaved: 'shaved2',
  short: 'short2',
  'short-wavy': 'short4',
  turban: 'turban',
  twists: 'twists',
} as const;

/**
 * Open Peeps draws hair in black line art; the few styles drawn in a colour take this one
 * (grey hair is grey). Not an author's choice: for most styles it would change nothing.
 */
export const HAIR_TINT = '4a312c';
export const GREY_HAIR = 'e8e1e1';

export const FACIAL_HAIR = {
  beard: 'full',
  'short-beard': 'chin',
  goatee: 'goatee1',
  moustache: 'moustache9',
} as const;

export const GLASSES = {
  round: 'glasses2',
  square: 'glasses5',
} as const;

export const CLOTHES = {
  blue: '8fa7df',
  teal: '9ddadb',
  green: '78e185',
  yellow: 'fdea6b',
  amber: 'ffcf77',
  coral: 'e78276',
  pink: 'e279c7',
} as const;

/** Both calm: a gentle smile with eyes open, or eyes closed at rest. */
export const EXPRESSION = {
  smile: 'smile',
  calm: 'calm',
} as const;

/** The z.enum values of a trait map. */
export const namesOf = <T extends Record<string, string>>(map: T) => Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
