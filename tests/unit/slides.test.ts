import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../src/features/presentation/slides.ts';
import { fixture } from '../fixtures/fixture-course.ts';

describe('briefing slides', () => {
  it('are built from key points: a title slide, the content note before sensitive material, a slide per section, support last', () => {
    const slides = buildSlides(fixture.meta, fixture.lessons.slice(0, 2));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'section', 'section', 'title', 'note', 'section', 'section', 'support']);
    expect(slides[1]).toMatchObject({ heading: 'Part one', points: ['A point for the slide'], notes: 'A note for the facilitator.' });
    expect(slides.at(-1)).toMatchObject({ kind: 'support', contacts: fixture.meta.support });
  });
});
