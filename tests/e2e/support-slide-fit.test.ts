/**
 * The support slide with an administrator's longer list of contacts (settings.json): every
 * contact stays on the slide at projector and laptop sizes, in the deck and in a group
 * scenario, and again after the window changes size. The build checks the course's own
 * contacts; these come only at run time, and the stage hides whatever overflows.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashOf, paths } from '../../src/config/paths.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

const dir = mkdtempSync(join(tmpdir(), 'lfr-support-slide-'));
cpSync(DIST, dir, { recursive: true });
const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { support: unknown[] };
const extra = Array.from({ length: 6 }, (_, i) => ({
  id: `local-${i + 1}`,
  name: `Anytown Council local support service number ${i + 1}`,
  detail:
    'For staff affected by the subject of this course, at work or at home, in confidence, with a trained counsellor who knows the work.',
  phone: `0800 000 00${i + 1}0`,
  hours: 'Monday to Friday, 8am to 8pm',
}));
settings.support = [...settings.support, ...extra];
writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
const served = servedCourse(dir);
const lessonIds = course.lessons.slice(0, 2).map((l) => l.id);

/** Contacts outside the slide's box, and how far the slide overflows. */
const fitOf = (page: Page) =>
  page.locator('.slide').evaluate((slide) => {
    const box = slide.getBoundingClientRect();
    const outside = [...slide.querySelectorAll('.slide-contacts li')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
    }).length;
    return { overflow: slide.scrollHeight - slide.clientHeight, outside, shown: slide.querySelectorAll('.slide-contacts li').length };
  });

async function expectAllContactsOnSlide(page: Page) {
  await expect.poll(async () => (await fitOf(page)).shown).toBe(settings.support.length);
  await expect.poll(() => fitOf(page)).toEqual({ overflow: expect.any(Number), outside: 0, shown: settings.support.length });
  expect((await fitOf(page)).overflow).toBeLessThanOrEqual(1);
}

describe("the support slide with an administrator's longer list", () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps every contact on the slide at ${size.width}x${size.height}, in a deck and in a group scenario`, async () => {
      const page = await served.browser.newPage();
      await page.setViewportSize(size);
      await page.goto(served.server.url + hashOf(paths.present(lessonIds)));
      await page.locator('.slide').waitFor();
      await page.keyboard.press('s');
      await expect.poll(() => page.locator('.slide h2').textContent()).toBe('Support');
      await expectAllContactsOnSlide(page);

      await page.goto(served.server.url + hashOf(paths.group(assessment.scenarios[0].id)));
      await page.locator('.group-screen').waitFor();
      await page.keyboard.press('s');
      await expect.poll(() => page.locator('.group-screen').getAttribute('data-screen')).toBe('support');
      await expectAllContactsOnSlide(page);
      await page.close();
    });
  }

  it('fits again when the window changes size, and goes back to full-size type when there is room', async () => {
    const page = await served.browser.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(served.server.url + hashOf(paths.present(lessonIds)));
    await page.locator('.slide').waitFor();
    await page.keyboard.press('s');
    await expectAllContactsOnSlide(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expectAllContactsOnSlide(page);
    // Two contacts fit at the slides' own size: nothing is made smaller than it need be.
    await page.evaluate(() => {
      const list = document.querySelector('.slide-contacts')!;
      while (list.children.length > 2) list.lastElementChild!.remove();
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.locator('.slide-contacts').getAttribute('data-fit')).toBe('0');
    await page.close();
  });
});
