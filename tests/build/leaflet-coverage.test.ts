/**
 * Every bullet and every statement of the leaflet appears in the built course. Reads the
 * leaflet kept in content/ and the lesson chunks the build wrote (not the source files),
 * so what is proved is what learners get.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lesson, MdNode } from '../../src/course/types.ts';
import { SOURCE_DOCUMENT } from '../../tools/content-pipeline/load.ts';
import { normalise } from '../../tools/content-pipeline/rules.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const leaflet = readFileSync(resolve('content', SOURCE_DOCUMENT), 'utf8');

const textOf = (nodes: MdNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : ` ${textOf(n.slice(2) as MdNode[])} `)).join('');

async function builtLessons(): Promise<Lesson[]> {
  const assets = join(DIST, 'assets');
  const lessons: Lesson[] = [];
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(assets, file), 'utf8');
    // Lesson chunks hold only data; the app's entry chunk needs a browser, so skip it.
    if (!/^(const|var|let) \w+=JSON\.parse\(/.test(source)) continue;
    const mod = (await import(join(assets, file))) as { default: Lesson };
    if (Array.isArray(mod.default?.sections)) lessons.push(mod.default);
  }
  return lessons;
}

/** The leaflet's bullets, and its sentences of more than a few words (headings excluded). */
function leafletItems(): string[] {
  const lines = leaflet.split('\n').map((l) => l.replace(/\*\*/g, '').trim());
  const bullets = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2).replace(/\.$/, ''));
  const statements = lines.filter((l) => !l.startsWith('- ') && /[.:]$/.test(l) && l.split(' ').length >= 6);
  return [...bullets, ...statements.map((l) => l.replace(/[.:]$/, ''))];
}

describe('leaflet coverage', () => {
  it('finds every leaflet bullet and statement in the built course', async () => {
    const lessons = await builtLessons();
    expect(lessons.length).toBeGreaterThanOrEqual(16);
    const course = normalise(
      lessons
        // A review's line is shown from its review block ("Show what the leaflet says"), as code – summary.
        .flatMap((l) => [
          l.title,
          ...l.sections.flatMap((s) => [s.title, textOf(s.body)]),
          l.review ? `${l.review.code} – ${l.review.summary}` : '',
        ])
        .join(' '),
    );
    const items = leafletItems();
    expect(items.length).toBeGreaterThanOrEqual(40);
    const missing = items.filter((item) => !course.includes(normalise(item)));
    expect(missing).toEqual([]);
  });

  it('quotes each of the eight reviews with its code and the leaflet summary, behind a choice to show it', async () => {
    const lessons = await builtLessons();
    const reviews = [...leaflet.matchAll(/- \*\*([A-Z]+ ?\d+[A-Z]?)\*\* – (.+?)\.?$/gm)].map((m) => ({ code: m[1], summary: m[2] }));
    expect(reviews.map((r) => r.code)).toEqual(['ADS10', 'BDS10', 'ADS12', 'BDS12', 'SILR 12A', 'SILR 11A', 'SILR 12B', 'SILR 11C']);
    for (const { code, summary } of reviews) {
      const lesson = lessons.find((l) => l.review?.code === code);
      expect(lesson, code).toBeDefined();
      expect(normalise(lesson!.review!.summary)).toBe(normalise(summary));
      // The line names how a child died or was harmed: the first screen, which shares a compact
      // content note, shows it only when the learner asks, so the body does not repeat it.
      expect(normalise(textOf(lesson!.sections[0].body))).not.toContain(normalise(summary));
    }
  });
});
