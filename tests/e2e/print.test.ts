import { describe, expect, it } from 'vitest';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';

const served = servedCourse(DIST);

describe('printing a lesson', () => {
  it('prints the lesson text without navigation, buttons or notices', async () => {
    const page = await served.browser.newPage();
    const lesson = course.meta.lessons.find((l) => !l.contentNote)!;
    await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, lesson.sections[0].id)));
    await page.locator('.lesson-section').waitFor();
    await page.emulateMedia({ media: 'print' });

    const visible = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0);
    expect(await visible('.lesson-section')).toBe(true);
    expect(await visible('h1')).toBe(true);
    expect(await visible('.site-header nav')).toBe(false);
    expect(await visible('.lesson-nav')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    // Text prints black on white, whatever the screen colours.
    const linkColour = await page
      .locator('.lesson-section a, .site-title')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(linkColour).toBe('rgb(0, 0, 0)');

    // Chromium's own print to PDF works on the page.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
