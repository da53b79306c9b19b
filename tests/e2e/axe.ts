/** axe-core on a page of the course, against WCAG 2.2 A and AA, its findings as readable lines. */
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One line per rule broken, naming the elements; `exclude` leaves out what is not the course's (an LMS page's frame). */
export async function axeViolations(page: Page, exclude?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails, with `label` on each finding, unless axe finds nothing. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  expect((await axeViolations(page)).map((v) => `${label}: ${v}`)).toEqual([]);
}
