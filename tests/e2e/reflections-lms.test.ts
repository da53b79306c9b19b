/**
 * Reflections never leave the device, in each SCORM package inside the preview LMS
 * (scorm-again): typed in several lessons of an LMS-tracked session, with the course
 * finished (every lesson, and the assessment passed, so its answers went to the LMS as
 * interactions) and the session ended, none of the text is in any value set on the API, in
 * what the LMS stored (suspend data included), or in any request. They come back after a
 * relaunch, and clearing My record removes them from the device and changes nothing the
 * LMS holds.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/course/types.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { takeAssessment } from './take-assessment.ts';
import { apiCalls, LmsDriver, servePackages, VERSIONS, type PackageSites } from './scorm-lms-harness.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { decodeProgress } from '../../src/state/saved-state.ts';

// A wait on a condition returns as soon as it is met; the ceiling is for a loaded CI machine, where a lazy chunk took over 5 s.
const UI = { timeout: 15_000 };
/** Three lessons with reflection questions, content notes or not. */
const chosen = [
  ...course.lessons.filter((l) => l.reflection.length && !l.contentNote),
  ...course.lessons.filter((l) => l.reflection.length && l.contentNote),
].slice(0, 3);
const secret = (kind: string, lesson: Lesson) => `Private ${kind} note on ${lesson.id}: the family at number nine.`;

let sites: PackageSites;
let browser: Browser;
/** Every request the browser made, with its body. */
const sent: string[] = [];

beforeAll(async () => {
  sites = await servePackages(DIST, resolve('content'));
  browser = await launchBrowser();
  browser.context.on('request', (r) => sent.push(`${r.url()}\n${r.postData() ?? ''}`));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

const heading = (frame: Frame) => frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);

/** The last section of a lesson, past its content note: reaching it finishes the lesson. */
async function openLessonEnd(d: LmsDriver, lesson: Lesson) {
  await d.goHash(hashOf(paths.lesson(lesson.id, lesson.sections.at(-1)!.id)));
  const frame = d.frame();
  const end = lesson.reflection.length ? '.reflection-answers textarea' : '.lesson-section';
  // This lesson's page, its content note's or its own: the router moves in a transition, so the
  // last lesson's page (with a box and sections of its own) stays on screen until this one is
  // drawn. Waiting on those instead let a full-page content note go unanswered (a CI failure).
  await expect.poll(() => heading(frame).then((h) => h?.endsWith(lesson.title) ?? false), UI).toBe(true);
  const note = frame.getByRole('button', { name: 'Continue to the lesson' });
  if (await note.count()) await note.click();
  // Names the page on screen if it never comes.
  const shown = async () => (await frame.locator(end).first().isVisible()) || `no ${end} on the page "${await heading(frame)}"`;
  await expect.poll(shown, UI).toBe(true);
}

for (const kind of ['scorm12', 'scorm2004'] as const) {
  describe(`reflections in the ${kind} package`, () => {
    let page: Page;
    let d: LmsDriver;
    beforeAll(async () => {
      page = await browser.context.newPage();
      d = new LmsDriver(page, sites.sites[kind], VERSIONS[kind]);
    });
    afterAll(async () => page?.close());

    it('never reach the API, the LMS record or any request, and come back after a relaunch', async () => {
      expect(chosen.length).toBe(3);
      await d.openFresh();
      for (const lesson of chosen) {
        await openLessonEnd(d, lesson);
        await d.frame().getByRole('textbox', { name: lesson.reflection[0].text }).fill(secret(kind, lesson));
      }
      await d.goHash(hashOf(paths.record));
      await d.frame().getByRole('textbox', { name: 'What I learnt' }).fill(`Private ${kind} CPD note.`);
      // Finish the course: every other lesson, then the assessment, whose answers go to the LMS.
      for (const lesson of course.lessons.filter((l) => !chosen.includes(l))) await openLessonEnd(d, lesson);
      await d.goHash(hashOf(paths.assessment));
      await takeAssessment(d.frame(), assessment, { right: () => true });
      await expect.poll(() => heading(d.frame()), UI).toBe('Your result');
      // Ends the session (Finish) and launches again: everything the course had is saved by now.
      await d.relaunch();

      const secrets = [...chosen.map((l) => secret(kind, l)), `Private ${kind} CPD note.`];
      const words = ['family at number nine', 'CPD note'];
      const calls = apiCalls(await d.log());
      expect(calls.some((c) => c.call === VERSIONS[kind].calls.setValue)).toBe(true);
      const setValues = calls.flatMap((c) => c.args).join('\n');
      const stored = await d.storedCmi();
      const suspend = stored['cmi.suspend_data'];
      // The lessons were finished and saved, so the LMS has something to hold the text in.
      const decoded = decodeProgress(suspend ?? '', course.meta);
      expect(decoded.ok && course.lessons.every((l) => decoded.progress.lessons[l.id]?.done)).toBe(true);
      // The course is finished and passed, and the answers reached the LMS as interactions.
      expect(stored[kind === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
      expect(Object.keys(stored).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length).toBeGreaterThanOrEqual(assessment.decisions);
      for (const text of [...secrets, ...words]) {
        expect(setValues).not.toContain(text);
        expect(suspend).not.toContain(text);
        expect(Object.values(stored).join('\n')).not.toContain(text);
        expect(Object.values(await d.cmi()).join('\n')).not.toContain(text);
        expect(sent.join('\n')).not.toContain(text);
      }

      for (const lesson of chosen) {
        await openLessonEnd(d, lesson);
        expect(await d.frame().getByRole('textbox', { name: lesson.reflection[0].text }).inputValue()).toBe(secret(kind, lesson));
      }
      // Sixteen lessons and the whole assessment, in an LMS frame.
    }, 180_000);

    it('clearing My record removes them from this device and nothing from the LMS', async () => {
      await d.goHash(hashOf(paths.record));
      await expect.poll(() => heading(d.frame()), UI).toBe('My record');
      const before = await d.storedCmi();
      const cmiBefore = await d.cmi();
      const keysBefore = Object.keys(await d.snapshot());
      expect(keysBefore.some((k) => k.includes(':record:lms-'))).toBe(true);
      // Under an LMS there is no progress file: the LMS keeps progress.
      expect(await d.frame().getByRole('button', { name: 'Save progress to a file' }).count()).toBe(0);

      await d.frame().getByRole('button', { name: 'Clear my record' }).click();
      await d.frame().getByRole('button', { name: 'Yes, delete them' }).click();
      await d.frame().getByText('Your reflections and notes have been deleted from this browser.').waitFor(UI);

      const after = await d.snapshot();
      expect(Object.keys(after).filter((k) => k.includes(':record:'))).toEqual([]);
      // Everything else on the device (the LMS's own record, the driver's copy) is still there.
      expect(Object.keys(after).sort()).toEqual(keysBefore.filter((k) => !k.includes(':record:')).sort());
      expect(await d.storedCmi()).toEqual(before);
      expect(await d.cmi()).toEqual(cmiBefore);
      await openLessonEnd(d, chosen[0]);
      expect(await d.frame().getByRole('textbox', { name: chosen[0].reflection[0].text }).inputValue()).toBe('');
    });
  });
}
