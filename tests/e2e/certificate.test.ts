/**
 * The certificate of completion in real Chromium: closed (with the reason and a way back)
 * until the course is complete; after a passing run, reached by keyboard from the result,
 * printed to one A4 landscape PDF page whose text pdftotext finds; self-declared in the web
 * edition; in an LMS session (the preview LMS on scorm-again), the name is the LMS's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { activate, tabTo } from './keyboard.ts';
import { apiCalls, LmsDriver, servePackages, VERSIONS, type PackageSites } from './scorm-lms-harness.ts';
import { servedCourse } from './served-course.ts';
import { takeAssessment } from './take-assessment.ts';
import { EVERY_LESSON_DONE, PROGRESS_KEY, closeTab, seedOnFirstLoad } from './seed-storage.ts';
import { expectAxeClean } from './axe.ts';

const served = servedCourse(DIST);
const work = mkdtempSync(join(tmpdir(), 'lfr-certificate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const allLessons = Object.fromEntries(course.meta.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }]));
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A new tab whose storage holds `saved` (or nothing) before any of the course's code runs (as tests/e2e/assessment.test.ts does). */
async function learnerWith(saved: string | null, hash: string): Promise<Page> {
  const page = await served.browser.context.newPage();
  await seedOnFirstLoad(page, PROGRESS_KEY, saved);
  await page.goto(served.server.url + hash);
  await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
  return page;
}

const axe = expectAxeClean;

/** Width and height in points from pdfinfo's "Page size" line. */
function pageSize(info: string): { width: number; height: number; a4: boolean } {
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts( \(A4\))?/m.exec(info);
  if (!m) throw new Error(`no page size in ${info}`);
  return { width: Number(m[1]), height: Number(m[2]), a4: m[3] !== undefined };
}

/** Prints the page as Chromium's "Save as PDF" does, honouring the page's @page size; returns pdfinfo's and pdftotext's output. */
async function printed(page: Page, name: string): Promise<{ info: string; text: string }> {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return {
    info: execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' }),
    text: squash(execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })),
  };
}

describe('the certificate of completion (web edition)', () => {
  it.each([
    ['a first visit', null, /finished every lesson and passed the final assessment/],
    ['every lesson done, the assessment not yet passed', EVERY_LESSON_DONE, /once you have passed the final assessment/],
  ])('is not offered on %s: the page says why and leads back by keyboard', async (_, saved, why) => {
    const page = await learnerWith(saved, hashOf(paths.certificate));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Certificate of completion');
    expect(squash(await page.locator('#certificate-why').textContent())).toMatch(why);
    expect(await page.locator('.certificate').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Get your certificate of completion' }).count()).toBe(0);
    await axe(page, 'certificate refused');
    await activate(page, page.locator('main').getByRole('link', { name: 'Back to the course map' }));
    await expect.poll(() => page.locator('h1').textContent()).toBe(course.meta.title);
    // The map offers no certificate before completion either.
    expect(await page.getByRole('link', { name: 'Get your certificate of completion' }).count()).toBe(0);
    await closeTab(page);
  });

  it('after a pass, is reached from the result by keyboard, takes a typed name, says self-declared, and prints on one A4 landscape page', async () => {
    const page = await learnerWith(EVERY_LESSON_DONE, hashOf(paths.assessment));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Final assessment');
    await takeAssessment(page, assessment, { keyboard: page, right: () => true });
    expect(await page.locator('.course-complete').textContent()).toContain('Course complete');
    await activate(page, page.getByRole('link', { name: 'Get your certificate of completion' }), 120);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Certificate of completion');
    const certificate = page.locator('.certificate');
    await certificate.waitFor();

    // No LMS: the learner types the name; it is kept on the page only.
    const nameBox = page.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' });
    await tabTo(page, nameBox);
    await page.keyboard.type('Alex Morgan');
    await expect.poll(async () => squash(await certificate.locator('.certificate-name').textContent())).toBe('Alex Morgan');
    const text = squash(await certificate.textContent());
    expect(text).toContain(course.meta.title);
    expect(text).toContain(`Course version${course.meta.version}`);
    expect(text).toMatch(/Completed on\d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(text).toContain(`100% (pass mark ${course.meta.passMark}%)`);
    // Time spent: every lesson and the assessment, as the course estimates them (no clock runs).
    const minutes = course.meta.lessons.reduce((sum, l) => sum + l.minutes, 0) + course.meta.assessment!.minutes;
    expect(text).toContain(`Time spentAbout ${minutes} minutes (the course’s estimate)`);
    expect(text).toContain('Self-declared, not verified by a learning system.');
    // The shipped settings name no organisation, so none is printed.
    expect(text).not.toContain('Your organisation');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Alex Morgan');
    await tabTo(page, page.getByRole('button', { name: 'Print or save as PDF' }));
    await axe(page, 'certificate');
    // Reflows at 320 px wide (WCAG 1.4.10): no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    const pdf = await printed(page, 'web');
    expect(pdf.info).toMatch(/^Pages:\s+1$/m);
    // A4 landscape: 297 x 210 mm is 841.89 x 595.28 points (Chromium rounds to its own units).
    const size = pageSize(pdf.info);
    expect(size.a4).toBe(true);
    expect(size.width).toBeCloseTo(841.9, 0);
    expect(size.height).toBeCloseTo(595.3, -1);
    for (const expected of ['Certificate of completion', 'Alex Morgan', course.meta.title, course.meta.version, '100%']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).toContain('Self-declared, not verified by a learning system.');
    // Only the certificate prints: no name box, buttons or site navigation.
    expect(pdf.text).not.toContain('Print or save as PDF');
    expect(pdf.text).not.toContain('Your name, as it should appear');
    expect(pdf.text).not.toContain('Course map');

    // The course map offers it too, now the course is complete.
    await page.goto(served.server.url + hashOf(paths.home));
    await page.getByRole('link', { name: 'Get your certificate of completion' }).waitFor();
    // Other pages still print on portrait A4: landscape belongs to the certificate's page only.
    await page.goto(served.server.url + hashOf(paths.support));
    await page.locator('h1', { hasText: 'Support' }).waitFor();
    const portrait = pageSize((await printed(page, 'support')).info);
    expect(portrait.width).toBeLessThan(portrait.height);
    await closeTab(page);
    // The whole assessment by keyboard: well under a minute on a quiet machine, more on a loaded CI one.
  }, 150_000);
});

describe('the certificate in an LMS session (preview LMS, scorm-again)', () => {
  let sites: PackageSites;
  beforeAll(async () => {
    sites = await servePackages(DIST, resolve('content'));
  }, 120_000);
  afterAll(async () => sites?.close());

  it.each(['scorm12', 'scorm2004'] as const)('%s: the name comes from the LMS and nothing says self-declared', async (kind) => {
    const page = await served.browser.context.newPage();
    const lms = new LmsDriver(page, sites.sites[kind], VERSIONS[kind]);
    await lms.openFresh();
    // A learner who has passed: the LMS holds every lesson done and a passing attempt.
    const saved = encodeProgress(course.meta.id, {
      lessons: allLessons,
      quiz: { records: [{ score: 90, passed: true }], answers: [], counted: [], reported: true },
    });
    const cmi =
      kind === 'scorm12'
        ? { core: { lesson_status: 'passed', exit: 'suspend', score: { raw: '90', min: '0', max: '100' } }, suspend_data: saved }
        : {
            completion_status: 'completed',
            success_status: 'passed',
            exit: 'suspend',
            score: { raw: '90', scaled: '0.9' },
            suspend_data: saved,
          };
    const record = { format: 1, version: kind, attempt: 1, cmi: { cmi }, totalTime: '', finished: true, savedAt: new Date().toISOString() };
    await lms.relaunchFrom({ ...(await lms.snapshot()), [`preview-lms:v1:attempt:${kind}`]: JSON.stringify(record) });
    await lms.goHash(paths.certificate);
    const frame: Frame = lms.frame();
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Certificate of completion');
    const certificate = frame.locator('.certificate');
    await certificate.waitFor();
    // The preview LMS names its learner "Learner, Preview" (1.2) and "Preview Learner" (2004): both read as a person's name.
    expect(squash(await certificate.locator('.certificate-name').textContent())).toBe('Preview Learner');
    expect(await frame.getByRole('textbox').count()).toBe(0);
    const text = squash(await certificate.textContent());
    expect(text).toContain('90%');
    expect(text).not.toMatch(/self-declared/i);
    // Read, never written: no call set the learner's name.
    const sets = apiCalls(await lms.log()).filter((c) => /SetValue/.test(c.call));
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.filter((c) => /student_name|learner_name/.test(c.args[0] ?? ''))).toEqual([]);
    await page.close();
  });
});
