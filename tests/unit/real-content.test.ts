/** The course's own content passes every content rule (so `npm test` fails on bad content). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

describe('the course content', () => {
  it('is valid, with lessons in course order', () => {
    const course = loadCourse(resolve('content'));
    expect(course.meta.lessons.map((l) => l.id)[0]).toBe('introduction');
    expect(course.meta.lessons).toHaveLength(16);
  });

  it('keeps the whole course well under an hour', () => {
    const minutes = loadCourse(resolve('content')).meta.lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThanOrEqual(55);
  });

  it("keeps the fidelity fixes: the leaflet's own words, and nothing it does not say", () => {
    const course = loadCourse(resolve('content'));
    const lesson = (id: string) => course.lessons.find((l) => l.id === id)!;
    const points = (id: string) =>
      lesson(id)
        .sections.flatMap((s) => s.keyPoints)
        .join('\n');
    // The leaflet's phrase, not "methadone": how the drug reaches a baby is the point.
    expect(points('theme-babies')).toContain('methadone used as a soother');
    expect(course.text['summary']).toContain('methadone used as a soother');
    // The leaflet says babies are particularly at risk, not teenagers.
    expect(points('summary')).not.toMatch(/teenagers are particularly at risk/i);
    // BDS12: nothing stated or implied about how the infant came to swallow methadone.
    expect(course.text['review-bds12']).not.toMatch(/how the infant came|whose it was|storing medicines/i);
    const scr = lesson('introduction')
      .sections.flatMap((s) => s.keyTerms)
      .find((t) => t.id === 'serious-case-review')!;
    expect(scr.source).toMatch(/Working Together to Safeguard Children \(2006\).*2010/);
    expect(scr.definition).not.toMatch(/known or suspected/);
    expect(scr.definition).toMatch(/replaced by Child Safeguarding Practice Reviews/);
    expect(JSON.stringify(course.assessment)).not.toMatch(/far more dangerous than a bed/);
    expect(course.meta.support).toContainEqual(expect.objectContaining({ name: 'PAPYRUS HOPELINE247', phone: '0800 068 4141' }));
  });
});
