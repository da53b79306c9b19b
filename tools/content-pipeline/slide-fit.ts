/**
 * Does each slide fit? A conservative line-count model of a slide at the smallest supported
 * size, a 1024x768 screen with the slide letterboxed to 1024x576, so a slide that would
 * overflow on a projector fails the build, not the briefing. It lays out each line of text
 * with character widths rounded up (glyph-widths.ts) and breaks only at spaces (the browser
 * may also break after a hyphen), so it counts at least as many lines as Chromium draws; the
 * e2e test that every slide fits (tests/e2e/presentation-viewport.test.ts) is the ground truth
 * and checks this model is never the more lenient.
 *
 * The sizes are the stylesheet's (src/features/presentation/presentation.css, and the icon's
 * in src/app/looks.css); tests/unit/slide-fit.test.ts fails if the two drift apart.
 */
import { NOTE_REMINDER, contactLine, type Slide } from '../../src/lib/slides.ts';
import { textWidthEm } from './glyph-widths.ts';

/** The slide's type, in the units the stylesheet uses (em of the slide's own font size). */
export const SLIDE_TYPE = {
  /** Slide text: clamp(floorRem, min(vh, vw), capRem); 4vh is the minimum at 100% zoom. */
  floorRem: 1.5,
  vh: 4,
  vw: 3,
  capRem: 5.5,
  lineHeight: 1.25,
  /** Padding: top and bottom, left and right. */
  padBlockEm: 0.75,
  padInlineEm: 1,
  titleEm: 1.5,
  titleLineHeight: 1.2,
  /** Below the title, in the title's em. */
  titleGapEm: 0.5,
  /** Bullets' indent, and the space after each. */
  indentEm: 1.2,
  pointGapEm: 0.2,
  /** Above the content note's reminder line. */
  reminderGapEm: 0.75,
  /** A look icon: 1.1em wide and 0.4em from its words (looks.css). */
  iconEm: 1.1,
  iconGapEm: 0.4,
  /** The footer's type, and the gap above it in its own em; always one line. */
  footerEm: 0.6,
  footerGapEm: 0.5,
} as const;

const ROUNDING_PX = 4;

/** The smallest supported screen and its letterboxed 16:9 slide. */
export const SMALLEST = { screen: { width: 1024, height: 768 }, slide: { width: 1024, height: 576 }, rootPx: 16 } as const;

/** The slide's font size in px on a screen, as the stylesheet's clamp() works it out at 100% zoom. */
export function slideFontPx(screen: { width: number; height: number }, rootPx: number = SMALLEST.rootPx): number {
  const t = SLIDE_TYPE;
  const preferred = Math.min((screen.height * t.vh) / 100, (screen.width * t.vw) / 100);
  return Math.max(t.floorRem * rootPx, Math.min(preferred, t.capRem * rootPx));
}

/** Lines `text` takes in a box `widthEm` wide, with `startEm` taken on the first line (an icon). */
export function lineCount(text: string, widthEm: number, weight: 'regular' | 'bold' = 'regular', startEm = 0): number {
  const space = textWidthEm(' ', weight);
  let lines = 1;
  let used = startEm;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthEm(word, weight);
    if (used > 0 && used + space + w <= widthEm) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line breaks inside it (overflow-wrap: break-word).
    lines += Math.max(0, Math.ceil(w / widthEm) - 1);
    used = w % widthEm || widthEm;
  }
  return lines;
}

export interface Fit {
  /** Height the slide's content and footer need, and the height the slide has, in px. */
  need: number;
  room: number;
  /** The slide's body text height per line, in px: how many lines too many is (need - room) / line. */
  line: number;
}

/** How much of the smallest slide `slide` needs, with the footer on (the stricter case). */
export function slideFit(slide: Slide): Fit {
  const t = SLIDE_TYPE;
  const f = slideFontPx(SMALLEST.screen);
  const width = SMALLEST.slide.width / f - 2 * t.padInlineEm; // in em of the slide's font
  const icon = t.iconEm + t.iconGapEm;
  const line = f * t.lineHeight;
  const title = (text: string, startEm = 0) =>
    lineCount(text, width / t.titleEm, 'bold', startEm / t.titleEm) * t.titleEm * t.titleLineHeight * f + t.titleGapEm * t.titleEm * f;
  const points = (items: string[]) => items.reduce((h, p) => h + lineCount(p, width - t.indentEm) * line + t.pointGapEm * f, 0);
  let need = 0;
  switch (slide.kind) {
    case 'title':
      need = title(slide.title, icon * t.titleEm) + points(slide.points);
      break;
    case 'note':
      need =
        title(slide.title) +
        lineCount(slide.text, width - t.indentEm) * line +
        t.reminderGapEm * f +
        lineCount(NOTE_REMINDER, width) * line;
      break;
    case 'section':
      need = lineCount(slide.title, width, 'regular', icon) * line + title(slide.heading) + points(slide.points);
      break;
    case 'support':
      need = title(slide.title) + points(slide.contacts.map(contactLine));
      break;
  }
  const footer = t.footerEm * f * (t.lineHeight + t.footerGapEm);
  // The browser rounds each line box to its layout grid (1/64 px): a few px of slack covers it.
  return { need: Math.ceil(need + footer + 2 * t.padBlockEm * f + ROUNDING_PX), room: SMALLEST.slide.height, line };
}
