/**
 * The build's check that every slide fits (issue 11, point 3): a slide too long for the
 * smallest supported screen stops the build with file, field and reason; a content note may
 * give a shorter form for slides; and the model's sizes are the stylesheet's, so the check
 * cannot drift from what the browser draws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { SLIDE_TYPE, lineCount, slideFit, slideFontPx } from '../../tools/content-pipeline/slide-fit.ts';
import { textWidthEm } from '../../tools/content-pipeline/glyph-widths.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';

// Within the other slide rules (at most 4 points, 90 characters each), but too much for one slide
// with a heading this long.
const LONG_POINT = 'A point long enough to take two or three lines of a projected slide at its smallest size';
const LONG_HEADING = 'A section heading so long that it wraps over two or three lines of a projected slide on its own';
const points = (n: number) => `[${Array.from({ length: n }, () => `"${LONG_POINT}"`).join(', ')}]`;
const overfull = (t: string, n: number) =>
  t
    .replace('title: Part one', `title: ${LONG_HEADING}`)
    .replace('keyPoints: [A point for the slide]\n    notes', `keyPoints: ${points(n)}\n    notes`);

describe('a slide that would overflow fails the build', () => {
  it('names the lesson file, the section field and the reason when a section has too many points', () => {
    const content = copyFixture();
    content.edit('lessons/first.yaml', (t) => overfull(t, 4));
    const problems = problemsOf(content.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/lessons\/first\.yaml$/);
    expect(problems[0].field).toBe('sections[0].keyPoints');
    expect(problems[0].reason).toMatch(
      /^its slide "First lesson \/ A section heading so long [^"]*" \(lesson deck\) would overflow a projected slide: it needs about \d+ px of the 576 px a 1024x768 screen gives it, about \d+ lines? too many\. Shorten it, or remove a point\.$/,
    );
  });

  it('the same slide with two points fewer fits', () => {
    const content = copyFixture();
    content.edit('lessons/first.yaml', (t) => overfull(t, 2));
    expect(() => loadCourse(content.dir)).not.toThrow();
  });

  it('a content note too long for a slide fails on its text, and passes with a shorter form for slides', () => {
    const long = Array.from({ length: 9 }, () => 'This note runs on and on, far longer than any slide can hold.').join(' ');
    const content = copyFixture();
    content.edit('lessons/sensitive.yaml', (t) =>
      t.replace('text: This lesson is about a review into the death of a child.', `text: ${long}`),
    );
    const problems = problemsOf(content.dir);
    expect(problems.map((p) => [p.file.replace(/.*\/lessons/, 'lessons'), p.field])).toEqual([
      ['lessons/sensitive.yaml', 'contentNote.text'],
    ]);
    expect(problems[0].reason).toMatch(/Shorten it, or write a shorter form for slides in contentNote\.slide\./);

    content.edit('lessons/sensitive.yaml', (t) =>
      t.replace(`text: ${long}`, `text: ${long}\n  slide: A review into the death of a child.`),
    );
    const course = loadCourse(content.dir);
    const lesson = course.lessons.find((l) => l.id === 'sensitive')!;
    expect(lesson.contentNote?.slide).toBe('A review into the death of a child.');
    // The course map's data, in the first load, does not carry the slide form.
    expect(course.meta.lessons.find((l) => l.id === 'sensitive')?.contentNote).not.toHaveProperty('slide');
  });

  it('a support slide with too many contacts names course.yaml and its support field', () => {
    const content = copyFixture();
    const contacts = Array.from(
      { length: 12 },
      (_, i) =>
        `  - id: contact-${i}\n    name: A support service with a long name ${i}\n    detail: Talk to someone.\n    phone: "0800 000 00${10 + i}"\n`,
    ).join('');
    content.edit('course.yaml', (t) => `${t.trimEnd()}\n${contacts}`);
    const problems = problemsOf(content.dir);
    expect(problems.map((p) => [p.file.replace(/.*\//, ''), p.field])).toEqual([['course.yaml', 'support']]);
  });
});

describe('the fit model', () => {
  it('sizes text as the stylesheet does: 4vh from 4:3 to 16:9, no more than 3vw when narrower, never under 1.5rem', () => {
    expect(slideFontPx({ width: 1024, height: 768 })).toBeCloseTo(30.72);
    expect(slideFontPx({ width: 1366, height: 768 })).toBeCloseTo(30.72);
    expect(slideFontPx({ width: 1920, height: 1080 })).toBeCloseTo(43.2);
    expect(slideFontPx({ width: 1280, height: 1024 })).toBeCloseTo(38.4);
    expect(slideFontPx({ width: 400, height: 300 })).toBe(24);
  });

  it('wraps at spaces, counts a word wider than the line as more than one line, and counts an icon on the first line', () => {
    expect(lineCount('one two three', 100)).toBe(1);
    const word = textWidthEm('word');
    expect(lineCount('word word', word * 2)).toBe(2);
    expect(lineCount('word word', word * 2 + textWidthEm(' ') + 0.001)).toBe(1);
    expect(lineCount('w'.repeat(40), 10)).toBeGreaterThanOrEqual(3);
    expect(lineCount('word', word, 'regular', 1)).toBe(2);
  });

  it('an empty section slide needs less than a full one', () => {
    const base = { kind: 'section', lesson: 'x', title: 'Lesson', heading: 'Heading', field: 'f' } as const;
    expect(slideFit({ ...base, points: [] }).need).toBeLessThan(slideFit({ ...base, points: [LONG_POINT] }).need);
    expect(slideFit({ ...base, points: [] }).room).toBe(576);
  });
});

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = new RegExp(`(?:^|\\n|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (body === undefined) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

describe("the model's numbers are the stylesheet's", () => {
  const css = readFileSync('src/features/presentation/presentation.css', 'utf8');
  const looks = readFileSync('src/app/looks.css', 'utf8');
  const t = SLIDE_TYPE;

  it('slide type, padding and line height', () => {
    expect(rule(css, '.slide')).toMatchObject({
      'font-size': `clamp(${t.floorRem}rem, min(${t.vh}vh, ${t.vw}vw), ${t.capRem}rem)`,
      'line-height': String(t.lineHeight),
      padding: `${t.padBlockEm}em ${t.padInlineEm}em`,
    });
  });

  it('titles, points, the content note reminder and the footer', () => {
    expect(rule(css, '.slide-title')).toEqual({
      'font-size': `${t.titleEm}em`,
      'line-height': String(t.titleLineHeight),
      margin: `0 0 ${t.titleGapEm}em`,
    });
    expect(rule(css, '.slide-points')).toEqual({ margin: '0', 'padding-left': `${t.indentEm}em` });
    expect(rule(css, '.slide-points li')).toEqual({ 'margin-bottom': `${t.pointGapEm}em` });
    expect(rule(css, '.slide-small')).toMatchObject({ margin: `${t.reminderGapEm}em 0 0` });
    expect(rule(css, '.slide-kicker')).toMatchObject({ margin: '0' });
    expect(rule(css, '.slide-footer')).toMatchObject({
      'font-size': `${t.footerEm}em`,
      'padding-top': `${t.footerGapEm}em`,
      'white-space': 'nowrap',
    });
    expect(rule(css, '.slide :is(p, li)')).toEqual({ 'max-width': 'none' });
  });

  it("the theme icon's size", () => {
    expect(rule(looks, '.look-icon')).toMatchObject({ width: `${t.iconEm}em`, 'margin-inline-end': `${t.iconGapEm}em` });
  });
});
