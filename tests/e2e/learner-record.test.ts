/**
 * The learner's own record in the web edition, in real Chromium: reflections typed in
 * lessons come back after a reload and appear on My record; the record prints to an A4
 * PDF whose text pdftotext finds; the downloads carry every reflection; the progress file
 * saves and loads back; clearing (keyboard only, with confirmation) removes the record and
 * nothing else; with storage blocked the notice shows and the download still works; axe
 * finds nothing on the new screens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { activate, tabTo } from './keyboard.ts';
import { servedCourse } from './served-course.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { axeViolations } from './axe.ts';

const served = servedCourse(DIST);
const RECORD_KEY = `learning-from-reviews:${course.meta.id}:record:web`;
const PROGRESS_KEY = `learning-from-reviews:${course.meta.id}:local`;
const withReflections = course.lessons.filter((l) => l.reflection.length > 0 && !l.contentNote);
const work = mkdtempSync(join(tmpdir(), 'lfr-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const answerOf = (lessonId: string) => `Reflection for ${lessonId}: check the chronology before the visit.`;

async function openLessonEnd(page: Page, lessonId: string) {
  const lesson = course.meta.lessons.find((l) => l.id === lessonId)!;
  await page.goto(served.server.url + hashOf(paths.lesson(lesson.id, lesson.sections.at(-1)!.id)));
  await page.locator('.reflection-answers textarea').first().waitFor();
}

async function openRecord(page: Page) {
  await page.goto(served.server.url + hashOf(paths.record));
  await page.locator('.record-facts').waitFor();
}

const axe = axeViolations;

const downloaded = async (download: Download) => readFileSync((await download.path())!, 'utf8');

describe('the private learning log and My record (web edition)', () => {
  it('keeps reflections typed in lessons across a reload, shows them on My record, and prints it to an A4 PDF', async () => {
    expect(withReflections.length).toBeGreaterThanOrEqual(2);
    const page = await served.browser.newPage();
    await page.goto(served.server.url);
    await page.evaluate(() => localStorage.clear());
    for (const lesson of withReflections) {
      await openLessonEnd(page, lesson.id);
      await page.getByRole('textbox', { name: lesson.reflection[0].text }).fill(answerOf(lesson.id));
    }
    await page.reload();
    const first = withReflections[0];
    await openLessonEnd(page, first.id);
    await expect.poll(() => page.getByRole('textbox', { name: first.reflection[0].text }).inputValue()).toBe(answerOf(first.id));
    expect(await axe(page)).toEqual([]);

    await openRecord(page);
    for (const lesson of withReflections) await page.getByText(answerOf(lesson.id)).waitFor();
    await page.getByRole('textbox', { name: 'What I learnt' }).fill('Professional curiosity means checking what I am told.');
    await page.getByRole('textbox', { name: 'How it will change my practice' }).fill('I will read the history before every first visit.');
    expect(await axe(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const file = join(work, 'record.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'My record',
      course.meta.title,
      `version ${course.meta.version}`,
      'What I learnt',
      'Professional curiosity means checking what I am told.',
      'I will read the history before every first visit.',
      ...withReflections.map((l) => answerOf(l.id)),
    ])
      expect(text).toContain(expected);
    // Buttons and the clearing section stay off the paper.
    expect(text).not.toContain('Clear my record');
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
  });

  it('downloads the record for Social Work England and the NMC with every reflection', async () => {
    const page = await served.browser.newPage();
    await openRecord(page);
    for (const [name, ending] of [
      ['Download for a Social Work England CPD record (Markdown)', '.md'],
      ['Download for an NMC reflective account (text)', '.txt'],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect(download.suggestedFilename().endsWith(ending)).toBe(true);
      const text = await downloaded(download);
      for (const lesson of withReflections) expect(text).toContain(answerOf(lesson.id));
      expect(text).toContain('Professional curiosity means checking what I am told.');
    }
  });

  it('saves progress to a file and loads it back, merged, in a browser that had lost it', async () => {
    const page = await served.browser.newPage();
    await openRecord(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save progress to a file' }).click(),
    ]);
    const file = join(work, 'progress.json');
    writeFileSync(file, await downloaded(download));
    const before = await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);
    expect(before).toBeTruthy();

    // The browser's storage is wiped (as a shared PC does), then the file is loaded on the course map.
    await page.evaluate(() => localStorage.clear());
    await page.goto(served.server.url + hashOf(paths.home));
    await page.reload();
    await page.locator('#progress-text').waitFor();
    await page.getByLabel('Load progress from a file').setInputFiles(file);
    await page.getByText('Your progress file was loaded').waitFor();
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(before);
    await openLessonEnd(page, withReflections[0].id);
    expect(await page.getByRole('textbox', { name: withReflections[0].reflection[0].text }).inputValue()).toBe(
      answerOf(withReflections[0].id),
    );

    // A file from another course changes nothing and says why.
    const foreign = join(work, 'foreign.json');
    writeFileSync(foreign, readFileSync(file, 'utf8').replaceAll(`"course": "${course.meta.id}"`, '"course": "another-course"'));
    await page.goto(served.server.url + hashOf(paths.home));
    await page.getByLabel('Load progress from a file').setInputFiles(foreign);
    await page.getByText('This progress file belongs to a different course').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(before);
    expect(await axe(page)).toEqual([]);
  });

  it('clears the record from this device by keyboard, after confirmation, and keeps the progress', async () => {
    const page = await served.browser.newPage();
    await openRecord(page);
    const progress = await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);
    expect(await page.evaluate((k) => localStorage.getItem(k), RECORD_KEY)).toContain(answerOf(withReflections[0].id));

    await activate(page, page.getByRole('button', { name: 'Clear my record' }), 80);
    // The question takes focus; nothing is deleted until the learner confirms.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Delete your reflections and notes/);
    expect(await page.evaluate((k) => localStorage.getItem(k), RECORD_KEY)).not.toBeNull();
    expect(await axe(page)).toEqual([]);
    await activate(page, page.getByRole('button', { name: 'Yes, delete them' }), 5);
    await page.getByText('Your reflections and notes have been deleted from this browser.').waitFor();

    expect(await page.evaluate((k) => localStorage.getItem(k), RECORD_KEY)).toBeNull();
    const left = await page.evaluate(() => Object.values(localStorage).join('\n'));
    for (const lesson of withReflections) expect(left).not.toContain(answerOf(lesson.id));
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(progress);
    await page.reload();
    await page.locator('.record-facts').waitFor();
    expect(await page.getByText(answerOf(withReflections[0].id)).count()).toBe(0);
  });

  it('with storage blocked, says the answers are not kept and still downloads them', async () => {
    const context = served.browser.context;
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const lesson = withReflections[0];
    await openLessonEnd(page, lesson.id);
    await page.locator('[data-notice="reflections-not-kept"]').waitFor();
    const box = page.getByRole('textbox', { name: lesson.reflection[0].text });
    await tabTo(page, box, 120);
    await page.keyboard.type('Only in this window.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(page, page.getByRole('button', { name: 'Download my answers' }), 10),
    ]);
    expect(await downloaded(download)).toContain('Only in this window.');
    expect(await axe(page)).toEqual([]);

    // My record says so too, and its download works.
    await page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: 'My record' }).click();
    await page.locator('[data-notice="record-not-kept"]').waitFor();
    const [record] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for a Social Work England CPD record (Markdown)' }).click(),
    ]);
    expect(await downloaded(record)).toContain('Only in this window.');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
