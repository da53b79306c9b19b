/**
 * The briefing handout printed to PDF by Chromium (A4 from the page's own CSS), read back
 * with pdftotext page by page: every theme's key messages and the support contacts are
 * there, each block sits whole on one page, and the review summaries print as quotations
 * after a content note, with the note on current language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';

const served = servedCourse(DIST);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the printed handout', () => {
  it('prints on A4 with every theme, the support contacts, and each block whole on one page', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.server.url + hashOf(paths.handout));
    await page.locator('[data-block="support"]').waitFor();
    const blocks = await page.locator('.handout-block').evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.block!,
        heading: el.querySelector('h2')!.textContent!,
        items: [...el.querySelectorAll('li')].map((li) => li.textContent!),
      })),
    );
    const themes = course.meta.lessons.filter((l) => l.kind === 'theme').map((l) => l.id);
    expect(blocks.map((b) => b.id)).toEqual(expect.arrayContaining([...themes, 'reviews', 'support']));

    const dir = mkdtempSync(join(tmpdir(), 'lfr-handout-'));
    const pdf = join(dir, 'handout.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const raw = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const pages = raw.map(squash);
    // A heading is a line of its own (its words can also appear inside other text, e.g. "Support effective inter-agency working").
    const headingLines = raw.map((p) => p.split('\n').map(squash));
    // A4 is 595 x 842 points.
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);

    const split: string[] = [];
    for (const block of blocks) {
      const on = headingLines.findIndex((lines) => lines.includes(squash(block.heading)));
      expect(on, `${block.id} heading printed`).toBeGreaterThanOrEqual(0);
      for (const item of block.items) if (!pages[on].includes(squash(item))) split.push(`${block.id}: "${item.slice(0, 40)}"`);
    }
    expect(split).toEqual([]);
    const support = blocks.find((b) => b.id === 'support')!;
    expect(support.items.some((i) => i.includes('116 123'))).toBe(true);

    // The leaflet's summaries print as quotations: a content note comes first, and its
    // "committed suicide" line carries the note on current language.
    const reviewsPage = pages.find((p) => p.includes('The reviews (2008-12)'))!;
    expect(reviewsPage).toMatch(/The reviews \(2008-12\) Content note: this list is about the deaths and serious injuries/);
    expect(reviewsPage).toContain(
      'ADS12 (serious case review): “a young person committed suicide while detained in a Young Offenders Institute”',
    );
    expect(reviewsPage).toContain('the leaflet says “committed suicide”. Today we say “died by suicide”');
    expect(served.browser.problems).toEqual([]);
  });
});
