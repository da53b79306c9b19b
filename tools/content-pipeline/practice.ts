/**
 * Every theme bullet of the leaflet is practised (issue 9): content/leaflet-points.yaml lists
 * the bullets, quoted, with ids; checks, sorts and assessment decisions declare the bullets
 * they practise (`practises: [theme.bullet]`). The build refuses a claim to an unknown bullet,
 * names every bullet that nothing practises, and writes the bullet -> question table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './errors.ts';
import { normalise } from './rules.ts';
import { idSchema, text } from './schema.ts';

export const POINTS_FILE = 'leaflet-points.yaml';

export const pointsFileSchema = z.strictObject({
  themes: z
    .array(
      z.strictObject({
        id: idSchema,
        /** The theme lesson that teaches these bullets. */
        lesson: idSchema,
        /** Each bullet quoted word for word from the leaflet (the build checks it is there). */
        bullets: z.array(z.strictObject({ id: idSchema, text: text() })).min(1),
      }),
    )
    .min(1),
});
export type PointsFile = z.infer<typeof pointsFileSchema>;

/** One question's claim to practise one bullet, and where it was made. */
export interface Claim {
  bullet: string;
  file: string;
  field: string;
  /** How the table names the question, e.g. "theme-babies / safe-sleep / check sleep-check". */
  question: string;
}

export interface Practice {
  problems: ContentProblem[];
  /** Markdown: each bullet, quoted, and the questions that practise it. */
  table: string;
}

export function checkPractice(points: PointsFile, pointsFile: string, claims: Claim[], leaflet: string, lessonIds: Set<string>): Practice {
  const problems: ContentProblem[] = [];
  const known = new Map<string, { theme: number; bullet: number; text: string }>();
  const source = normalise(leaflet);
  points.themes.forEach((theme, i) => {
    if (!lessonIds.has(theme.lesson))
      problems.push({ file: pointsFile, field: `themes[${i}].lesson`, reason: `unknown lesson "${theme.lesson}"` });
    theme.bullets.forEach((b, j) => {
      const key = `${theme.id}.${b.id}`;
      const field = `themes[${i}].bullets[${j}]`;
      if (known.has(key)) problems.push({ file: pointsFile, field, reason: `duplicate bullet id "${key}"` });
      if (!source.includes(normalise(b.text)))
        problems.push({ file: pointsFile, field: `${field}.text`, reason: `"${b.text}" is not word for word in the leaflet` });
      known.set(key, { theme: i, bullet: j, text: b.text });
    });
  });
  for (const c of claims) {
    if (!known.has(c.bullet))
      problems.push({ file: c.file, field: c.field, reason: `practises "${c.bullet}", which is not a bullet in content/${POINTS_FILE}` });
  }
  const rows: string[] = [];
  for (const [key, b] of known) {
    const by = claims.filter((c) => c.bullet === key);
    if (by.length === 0) {
      problems.push({
        file: pointsFile,
        field: `themes[${b.theme}].bullets[${b.bullet}]`,
        reason: `"${b.text}" (${key}) is practised by no question: add practises: [${key}] to a check, sort or assessment decision that tests it`,
      });
    }
    rows.push(`| ${key} | "${b.text}" | ${by.map((c) => c.question).join('<br>') || '**none**'} |`);
  }
  const table = [
    '# Leaflet bullets and the questions that practise them',
    '',
    `Written by the build from content/${POINTS_FILE} and each question's \`practises\`. Do not edit.`,
    '',
    '| Bullet | The leaflet says | Practised by |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  return { problems, table };
}

/** Where the build and check-content write the table, for editors and reviewers (not shipped). */
export const PRACTICE_TABLE = 'reports/leaflet-practice.md';

export function writePracticeTable(root: string, table: string): string {
  const path = join(root, PRACTICE_TABLE);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(path, table);
  return path;
}
