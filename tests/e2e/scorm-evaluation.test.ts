/**
 * The course evaluation in each SCORM package, in the preview LMS (scorm-again) in real
 * Chromium, with settings.json's `evaluation` turned on as an administrator would: after the
 * assessment, answered by keyboard only (axe clean), the answers arrive as likert
 * interactions after the status, at the indexes after the assessment's, and a relaunch
 * sends nothing again.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { EVALUATION_QUESTIONS, evaluationInteractionId } from '../../src/lib/evaluation.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { captured } from '../fixtures/saved-states/relaunch.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { tabTo } from './keyboard.ts';
import { apiCalls, LmsDriver, servePackages, VERSIONS, type PackageSites } from './scorm-lms-harness.ts';
import { takeAssessment } from './take-assessment.ts';
import { axeViolations } from './axe.ts';

const UI = { timeout: 10_000 };
const ANSWERS: Record<string, number> = { before: 2, after: 4, useful: 5, role: 3 };

let sites: PackageSites;
let browser: Browser;
beforeAll(async () => {
  sites = await servePackages(DIST, resolve('content'), { evaluation: true });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

const heading = (frame: Frame) => frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);

/** The LMS's stored attempt of a learner who has done every lesson and not yet taken the assessment. */
function lessonsDone(kind: 'scorm12' | 'scorm2004'): string {
  const record = structuredClone(captured[kind].states.partWay.lmsRecord) as { cmi: { cmi: Record<string, unknown> } };
  const lessons = Object.fromEntries(course.meta.lessons.map((l) => [l.id, { at: l.sections[l.sections.length - 1].id, done: true }]));
  record.cmi.cmi.suspend_data = encodeProgress(course.meta.id, { lessons });
  return JSON.stringify(record);
}

describe.each(['scorm12', 'scorm2004'] as const)('the course evaluation in the %s package', (kind) => {
  const v = VERSIONS[kind];
  let page: Page;
  let d: LmsDriver;
  beforeAll(async () => {
    page = await browser.context.newPage();
    d = new LmsDriver(page, sites.sites[kind], v);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('answered by keyboard after the assessment, arrives as likert interactions after the status, and is not resent after a relaunch', async () => {
    await d.openFresh();
    await d.relaunchFrom({ [`preview-lms:v1:attempt:${kind}`]: lessonsDone(kind) });
    await d.goHash(hashOf(paths.assessment));
    await takeAssessment(d.frame(), assessment, { right: () => true });
    await expect.poll(() => heading(d.frame()), UI).toBe('Your result');
    const frame = d.frame();

    await tabTo(page, frame.getByRole('link', { name: 'Answer the course evaluation' }), 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(d.frame()), UI).toBe('Course evaluation');
    expect(await frame.locator('main').textContent()).toMatch(/sent to your organisation's learning system \(LMS\) under your name/);
    expect(await frame.locator('main textarea, main input[type="text"]').count()).toBe(0);
    // The whole LMS page, the course's frame included (the preview LMS itself is axe clean: preview-lms.test.ts).
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Tab to each question's first radio, Space to choose, arrows along the scale.
    for (const q of EVALUATION_QUESTIONS) {
      const group = frame.getByRole('group', { name: q.text });
      await tabTo(page, group.getByRole('radio', { name: `1: ${q.low}` }));
      await page.keyboard.press('Space');
      for (let n = 1; n < ANSWERS[q.id]; n++) await page.keyboard.press('ArrowRight');
      expect(await group.locator('input:checked').getAttribute('value')).toBe(String(ANSWERS[q.id]));
    }
    await tabTo(page, frame.getByRole('button', { name: 'Send my answers' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(d.frame()), UI).toBe('Thank you for your answers');

    const calls = apiCalls(await d.sinceLaunch());
    const sets = calls.filter((c) => c.call === v.calls.setValue);
    expect(sets.filter((c) => c.result !== 'true')).toEqual([]);
    const passedAt = sets.findIndex(
      (c) => c.args[0] === (kind === 'scorm12' ? v.el.status : 'cmi.success_status') && c.args[1] === 'passed',
    );
    expect(passedAt).toBeGreaterThan(-1);
    const likertIds = sets.filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c.args[0]) && c.args[1].startsWith('evaluation-'));
    expect(likertIds.map((c) => [c.args[0], c.args[1]])).toEqual(
      EVALUATION_QUESTIONS.map((q, i) => [`cmi.interactions.${assessment.decisions + i}.id`, evaluationInteractionId(q.id)]),
    );
    // After every interaction of the assessment and after the status, never between score and status.
    const firstLikert = sets.indexOf(likertIds[0]);
    expect(firstLikert).toBeGreaterThan(passedAt);
    const scoreAt = sets.findIndex((c) => /\.score\.raw$/.test(c.args[0]));
    expect(sets.slice(scoreAt, passedAt).some((c) => c.args[0].startsWith('cmi.interactions.'))).toBe(false);
    // Nothing of the assessment's interactions (indexes below its number of decisions) comes after the first likert one.
    const indexOf = (el: string) => Number(/^cmi\.interactions\.(\d+)\./.exec(el)?.[1] ?? -1);
    expect(sets.slice(firstLikert).filter((c) => indexOf(c.args[0]) >= 0 && indexOf(c.args[0]) < assessment.decisions)).toEqual([]);
    expect(sets.slice(0, firstLikert).filter((c) => indexOf(c.args[0]) >= assessment.decisions)).toEqual([]);
    const cmi = await d.storedCmi();
    EVALUATION_QUESTIONS.forEach((q, i) => {
      const base = `cmi.interactions.${assessment.decisions + i}`;
      expect(cmi[`${base}.type`]).toBe('likert');
      expect(cmi[`${base}.result`]).toBe('neutral');
      if (kind === 'scorm2004') expect(cmi[`${base}.learner_response`]).toBe(String(ANSWERS[q.id]));
    });
    // Sent, as the saved state says, and committed (the stored attempt has it).
    expect(cmi['cmi.suspend_data']).toMatch(/;q:before2,after4,useful5,role3;y:1/);

    // Relaunch: the learner opens the evaluation again and moves about; nothing is sent again.
    const mark = await d.logMark();
    await d.relaunch();
    await d.goHash(hashOf(paths.evaluation));
    await expect.poll(() => heading(d.frame()), UI).toBe('Thank you for your answers');
    await d.goHash(hashOf(paths.assessmentResults));
    await expect.poll(() => heading(d.frame()), UI).toBe('Your result');
    expect(await d.frame().getByRole('link', { name: 'Answer the course evaluation' }).count()).toBe(0);
    await page.evaluate(() => (window as unknown as { previewLms: { close(): void } }).previewLms.close());
    const after = apiCalls(await d.logAfter(mark));
    expect(after.some((c) => c.call === v.calls.finish)).toBe(true);
    expect(after.filter((c) => c.call === v.calls.setValue && c.args[0].startsWith('cmi.interactions.'))).toEqual([]);
  });
});
