/**
 * Draws each scenario character as a small SVG file at build time, with DiceBear and the
 * Open Peeps style (design CC0 1.0 by Pablo Stanley, code MIT; see
 * content/illustrations/LICENCES.md). Only the SVG files ship: no drawing code reaches the
 * browser, and no image is a data: URL (the CSP forbids them). The file name carries a hash
 * of the drawing, so a changed look is never served from an old cache.
 */
import { createHash } from 'node:crypto';
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import { CLOTHES, EXPRESSION, FACIAL_HAIR, GLASSES, GREY_HAIR, HAIR, HAIR_TINT, SKIN } from './character-looks.ts';
import type { LookFile } from './character-schema.ts';

/** Where the files go in the build, beside index.html (a relative URL: see vite.config.ts). */
export const ILLUSTRATION_DIR = 'illustrations';
/** The size each figure is shown at, in CSS pixels; the drawing is square. */
export const FIGURE_SIZE = 96;

export interface Illustration {
  fileName: string;
  svg: string;
}

/** Clothes not chosen by the author: picked from the id, so a character is always drawn the same. */
function clothesFor(id: string): string {
  const colours = Object.values(CLOTHES);
  const n = [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return colours[n % colours.length];
}

export function drawCharacter(scenarioId: string, characterId: string, look: LookFile): Illustration {
  const grey = look.hair.startsWith('grey-');
  const svg = createAvatar(openPeeps, {
    seed: `${scenarioId}/${characterId}`,
    skinColor: [SKIN[look.skin]],
    head: [HAIR[look.hair]],
    headContrastColor: [grey ? GREY_HAIR : HAIR_TINT],
    face: [EXPRESSION[look.expression]],
    facialHair: look.facialHair ? [FACIAL_HAIR[look.facialHair]] : [],
    facialHairProbability: look.facialHair ? 100 : 0,
    accessories: look.glasses ? [GLASSES[look.glasses]] : [],
    accessoriesProbability: look.glasses ? 100 : 0,
    maskProbability: 0,
    clothingColor: [look.clothes ? CLOTHES[look.clothes] : clothesFor(characterId)],
  }).toString();
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 8);
  return { fileName: `${ILLUSTRATION_DIR}/${scenarioId}-${characterId}-${hash}.svg`, svg };
}
