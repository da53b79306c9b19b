import { describe, expect, it } from 'vitest';
import { BRIEFING_HEADINGS, buildBriefingSlides, buildSlides } from '../../src/lib/slides.ts';
import { fixture } from '../fixtures/fixture-course.ts';

describe('briefing slides', () => {
  it('are built from key points: a title slide, the content note before sensitive material, a slide per section, support last', () => {
    const slides = buildSlides(fixture.meta, fixture.lessons.slice(0, 2));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'section', 'section', 'title', 'note', 'section', 'section', 'support']);
    expect(slides[1]).toMatchObject({ heading: 'Part one', points: ['A point for the slide'], notes: 'A note for the facilitator.' });
    expect(slides.at(-1)).toMatchObject({ kind: 'support', contacts: fixture.meta.support });
  });

  it('a 7-minute briefing has the content note, the seven fixed headings in order, and support last', () => {
    const lesson = { ...fixture.lessons[1], briefing: Object.fromEntries(BRIEFING_HEADINGS.map(([k]) => [k, [`${k} point`]])) as never };
    const slides = buildBriefingSlides(fixture.meta, lesson);
    expect(slides.map((s) => (s.kind === 'section' ? s.heading : s.kind))).toEqual([
      'note',
      'Background',
      'Why it matters',
      'Information',
      'What we learnt',
      'What to do',
      'Questions for discussion',
      'Further information',
      'support',
    ]);
    expect(slides[1]).toMatchObject({ points: ['background point'] });
  });
});
