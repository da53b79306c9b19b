/**
 * The packaged course in the preview LMS with each fault switch a real player was seen to
 * show: GetValue answering `undefined`, an Open edX-like player answering "" for what it
 * has not stored, every call answering "false", refused saves with storage blocked, a
 * double-clicked Exit, and a 3-second Commit. Each test asserts what the learner must be
 * able to rely on; first, that each switch makes the LMS answer as it says.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonSummary } from '../../src/course/types.ts';
import { API_FUNCTIONS } from '../../scorm/preview/instrument-api.ts';
import type { LmsOptions } from '../../scorm/preview/lms-options.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { takeAssessment } from './take-assessment.ts';
import { apiCalls, LmsDriver, servePackages, VERSIONS, type Logged, type PackageKind, type PackageSites } from './scorm-lms-harness.ts';

const { lessons } = course.meta;
const required = lessons.filter((l) => !l.optional).length;
const ALL_DONE = `${required} of ${required} lessons done: you have finished every lesson.`;
/** A lesson without a content note, finished in the fault cases. */
const plainLesson = lessons.find((l) => !l.contentNote && l.sections.length > 1)!;
const UI = { timeout: 10_000 };

let sites: PackageSites;
let browser: Browser;

beforeAll(async () => {
  expect(plainLesson, 'the course has a lesson without a content note').toBeTruthy();
  sites = await servePackages(DIST, resolve('content'));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

const heading = (frame: Frame) => frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);
const sectionHeading = (frame: Frame) => frame.evaluate(() => document.querySelector('.lesson-section h2')?.textContent ?? null);
const bodyText = (frame: Frame) => frame.evaluate(() => document.body.innerText);
const noticeCount = (frame: Frame) => frame.evaluate(() => document.querySelectorAll('[data-notice]').length);

async function showMap(d: LmsDriver) {
  await d.goHash('#/');
  await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
  return d.frame().evaluate(() => ({
    progress: document.querySelector('#progress-text')?.textContent ?? null,
    assessment: document.querySelector('#assessment-state')?.textContent ?? null,
  }));
}

/** Opens a lesson's last section by its address (the lesson has no content note): the lesson is done. */
async function finishLesson(d: LmsDriver, lesson: LessonSummary) {
  const section = lesson.sections.at(-1)!;
  await d.goHash(`#/lesson/${lesson.id}/${section.id}`);
  await expect.poll(() => sectionHeading(d.frame()), UI).toBe(section.title);
}

/** From a new learner's course map, every section of every lesson by the lesson's own links. */
async function completeEveryLesson(d: LmsDriver) {
  const frame = d.frame();
  await frame.getByRole('link', { name: /^Start the course/ }).click();
  for (const lesson of lessons) {
    if (lesson.contentNote) {
      await expect.poll(() => heading(frame), UI).toBe(lesson.contentNote.gate ? `Content note: ${lesson.title}` : lesson.title);
      await frame.getByRole('button', { name: 'Continue to the lesson' }).click();
    }
    for (const section of lesson.sections) {
      await expect.poll(() => sectionHeading(frame), UI).toBe(section.title);
      // Next, Next lesson, or at the very end Take the final assessment.
      await frame.locator('.lesson-nav a.primary').click();
    }
  }
  await expect.poll(() => heading(frame), UI).toBe('Final assessment');
  await d.goHash('#/');
  await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
}

/** A SetValue's element and value, from the log. */
const sets = (log: Logged[], setValue: string) =>
  apiCalls(log)
    .filter((c) => c.call === setValue)
    .map((c) => ({ element: c.args[0], value: c.args[1], result: c.result }));

for (const kind of ['scorm12', 'scorm2004'] as const satisfies readonly PackageKind[]) {
  const v = VERSIONS[kind];
  const is2004 = kind === 'scorm2004';
  const names = API_FUNCTIONS[v.lmsVersion];
  const apiName = is2004 ? 'API_1484_11' : 'API';
  /** The status the LMS holds for a passed learner, in the element v.el.status. */
  const passedStatus = is2004 ? 'completed' : 'passed';

  describe(`the ${kind} package in a misbehaving LMS`, () => {
    let page: Page;
    let d: LmsDriver;
    /** Storage after a learner finished every lesson (the LMS's record and the course's device copy). */
    let lessonsDone: Record<string, string>;
    /** Storage after that learner passed the assessment and pressed Exit. */
    let passed: Record<string, string>;

    /** Calls the LMS's API from the LMS page, as the course would. */
    const call = (fn: string, ...args: string[]) =>
      page.evaluate(
        ([name, f, a]) => {
          const api = (window as unknown as Record<string, Record<string, (...x: string[]) => unknown>>)[name as string];
          const result = api[f as string](...(a as string[]));
          return { type: typeof result, value: String(result) };
        },
        [apiName, fn, args] as const,
      );
    const lastError = () =>
      page.evaluate(
        (name) => String((window as unknown as Record<string, { lmsGetLastError(): string }>)[name].lmsGetLastError()),
        apiName,
      );

    beforeAll(async () => {
      page = await browser.context.newPage();
      d = new LmsDriver(page, sites.sites[kind], v);
    });
    afterAll(async () => {
      await page?.close();
    });

    // The cases below start from this learner (expect.poll needs a test, so this is one).
    it('a learner finishes every lesson, passes and exits, with every switch off', async () => {
      await d.openFresh();
      await completeEveryLesson(d);
      await d.relaunch();
      expect((await showMap(d)).progress).toBe(ALL_DONE);
      lessonsDone = await d.snapshot();
      await d.goHash('#/assessment');
      await takeAssessment(d.frame(), assessment, { right: () => true });
      await expect.poll(() => heading(d.frame()), UI).toBe('Your result');
      await d.frame().getByRole('button', { name: 'Exit course' }).click();
      await expect.poll(() => heading(d.frame()), UI).toBe('You have left the course');
      expect((await d.storedCmi())[v.el.status]).toBe(passedStatus);
      passed = await d.snapshot();
    }, 120_000);

    describe('the switches answer as they say', () => {
      it('GetValue answers undefined', async () => {
        await d.relaunchFrom(passed, { getValueUndefined: true });
        const answer = await call(names.getValue, 'cmi.suspend_data');
        expect(answer.type).toBe('undefined');
        expect(apiCalls(await d.log()).at(-1)).toMatchObject({ call: names.getValue, result: 'undefined' });
      });

      it('Open edX style: "" for what the player has not stored, and never an error code', async () => {
        await d.relaunchFrom(passed, { emptyUnset: true });
        const held = await d.cmi();
        expect(held[v.el.entry]).toBe('resume');
        expect(await call(names.getValue, v.el.entry)).toEqual({ type: 'string', value: '' });
        expect(await call(names.getValue, 'cmi.interactions._count')).toEqual({ type: 'string', value: '' });
        expect(await call(names.getValue, 'cmi.no_such_element')).toEqual({ type: 'string', value: '' });
        expect(await lastError()).toBe('0');
        // What the player keeps, and what the course set in this session, it answers.
        expect(await call(names.getValue, 'cmi.suspend_data')).toEqual({ type: 'string', value: held['cmi.suspend_data'] });
        expect((await call(names.setValue, v.el.status, passedStatus)).value).toBe('true');
        expect(await call(names.getValue, v.el.status)).toEqual({ type: 'string', value: passedStatus });
      });

      it('every call answers "false", with an error code', async () => {
        await d.relaunchFrom(passed, { everyCallFalse: true });
        for (const [fn, args] of [
          [names.getValue, ['cmi.suspend_data']],
          [names.setValue, [v.el.location, 'x']],
          [names.commit, ['']],
          [names.finish, ['']],
        ] as const) {
          expect(await call(fn, ...args), fn).toEqual({ type: 'string', value: 'false' });
          expect(await lastError(), fn).not.toBe('0');
        }
        const session = apiCalls(await d.sinceLaunch());
        expect(session[0]).toMatchObject({ call: names.initialize, result: 'false' });
        expect(session.filter((c) => c.result !== 'false')).toEqual([]);
      });

      it('Commit takes 3 seconds', async () => {
        await d.relaunchFrom(passed, { slowCommit: true });
        const took = await page.evaluate(
          ([name, commit]) => {
            const api = (window as unknown as Record<string, Record<string, (x: string) => string>>)[name];
            const start = performance.now();
            api[commit]('');
            return performance.now() - start;
          },
          [apiName, names.commit] as const,
        );
        expect(took).toBeGreaterThanOrEqual(3000);
      }, 30_000);

      it('each switch is a labelled checkbox in the LMS page', async () => {
        const labels: [keyof LmsOptions, RegExp][] = [
          ['slowCommit', /^Slow Commit/],
          ['getValueUndefined', /^GetValue answers undefined/],
          ['emptyUnset', /^Open edX style/],
          ['everyCallFalse', /^Every call answers "false"/],
        ];
        for (const [key, label] of labels) {
          const box = page.getByRole('checkbox', { name: label });
          await box.check();
          expect((await d.setOptions({}))[key], key).toBe(true);
          await box.uncheck();
          expect((await d.setOptions({}))[key], key).toBe(false);
        }
      });
    });

    it('F1: a passed learner relaunched with GetValue answering undefined is told, nothing is written over the pass, and the next launch has it all', async () => {
      await d.relaunchFrom(passed, { getValueUndefined: true });
      await showMap(d);
      // Every value is unread, the learner's id too, so no device copy can be matched to this
      // learner: the course says it will change nothing in the LMS this session, and doesn't.
      await expect
        .poll(
          () => d.frame().getByText('did not say what it has recorded for you, so this session will not change your progress').count(),
          UI,
        )
        .toBe(1);
      expect(await noticeCount(d.frame())).toBeGreaterThan(0);
      await finishLesson(d, plainLesson);
      // Nothing unread is written over: no status below the pass, no suspend data with fewer lessons.
      const written = sets(await d.sinceLaunch(), names.setValue);
      expect(written.filter((w) => w.element === v.el.status || w.element === 'cmi.core.lesson_status')).toEqual(
        written.filter((w) => w.value === passedStatus && (w.element === v.el.status || w.element === 'cmi.core.lesson_status')),
      );
      for (const w of written.filter((x) => x.element === 'cmi.suspend_data')) {
        for (const lesson of lessons) expect(w.value).toContain(`${lesson.id}/${lesson.sections.at(-1)!.id}/1`);
      }
      expect((await d.cmi())[v.el.status]).toBe(passedStatus);
      // And a working launch afterwards still has all of it.
      await d.setOptions({ getValueUndefined: false });
      await d.relaunch();
      const after = await showMap(d);
      expect(after.progress).toBe(ALL_DONE);
      expect(after.assessment).toBe('Passed: 100%');
      expect((await d.storedCmi())[v.el.status]).toBe(passedStatus);
    }, 60_000);

    it('Open edX style: a look after the pass does not move the status back', async () => {
      await d.relaunchFrom(passed, { emptyUnset: true });
      const map = await showMap(d);
      expect(map.progress).toBe(ALL_DONE);
      await finishLesson(d, plainLesson);
      await expect.poll(async () => (await d.storedCmi())[v.el.location], UI).toBe(`${plainLesson.id}/${plainLesson.sections.at(-1)!.id}`);
      const statusWrites = sets(await d.sinceLaunch(), names.setValue).filter(
        (w) => w.element === v.el.status || w.element === 'cmi.success_status',
      );
      expect(statusWrites.map((w) => w.value).filter((s) => !['passed', 'completed'].includes(s))).toEqual([]);
      for (const held of [await d.cmi(), await d.storedCmi()]) {
        expect(held[v.el.status]).toBe(passedStatus);
        if (is2004) expect(held['cmi.success_status']).toBe('passed');
      }
    }, 60_000);

    it('Open edX style: each interaction lands at its own index', async () => {
      await d.relaunchFrom(lessonsDone, { emptyUnset: true });
      await d.goHash('#/assessment');
      await takeAssessment(d.frame(), assessment, { right: () => true });
      await expect.poll(() => heading(d.frame()), UI).toBe('Your result');
      const interactionIds = async () =>
        sets(await d.sinceLaunch(), names.setValue).filter((w) => /^cmi\.interactions\.\d+\.id$/.test(w.element));
      // One index per scored decision: a player that answers "" for _count must not make them all 0.
      await expect.poll(async () => new Set((await interactionIds()).map((w) => w.element)).size, UI).toBe(assessment.decisions);
      expect(await interactionIds()).toHaveLength(assessment.decisions);
    }, 90_000);

    it('F3: with every call answering "false", the lesson finished is there at the next working launch', async () => {
      await d.openFresh();
      await d.setOptions({ everyCallFalse: true });
      await d.relaunch();
      await finishLesson(d, plainLesson);
      await d.setOptions({ everyCallFalse: false });
      await d.relaunch();
      await showMap(d);
      expect(await d.frame().locator(`[data-lesson="${plainLesson.id}"] .status`).textContent()).toBe('Done');
    }, 60_000);

    it('F4: when the LMS refuses saves and storage is blocked, the learner is never told it is kept on this device', async () => {
      // Test-only: an init script makes the course frame's localStorage throw, as a
      // cross-site frame with third-party storage blocked does; the LMS page keeps its own.
      const blockedPage = await browser.context.newPage();
      await blockedPage.addInitScript(() => {
        if (window === window.top) return;
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      try {
        const b = new LmsDriver(blockedPage, sites.sites[kind], v);
        await b.openFresh();
        await b.setOptions({ commitFails: true });
        await b.relaunch();
        await finishLesson(b, plainLesson);
        await expect
          .poll(async () => apiCalls(await b.sinceLaunch()).some((c) => c.call === names.commit && c.result === 'false'), UI)
          .toBe(true);
        await expect.poll(() => noticeCount(b.frame()), UI).toBeGreaterThan(0);
        expect(await bodyText(b.frame())).not.toMatch(/kept on this device/i);
        await b.frame().getByRole('button', { name: 'Exit course' }).click();
        await expect.poll(() => heading(b.frame()), UI).toBe('You have left the course');
        expect(await bodyText(b.frame())).not.toMatch(/kept on this device/i);
      } finally {
        await blockedPage.close();
      }
    }, 60_000);

    it('F6: a double-click on Exit says what Finish really returned', async () => {
      await d.openFresh();
      await finishLesson(d, plainLesson);
      await d.frame().getByRole('button', { name: 'Exit course' }).dblclick();
      await expect.poll(() => heading(d.frame()), UI).toBe('You have left the course');
      const finishes = apiCalls(await d.sinceLaunch()).filter((c) => c.call === names.finish);
      expect(finishes).toHaveLength(1);
      expect(finishes[0]).toMatchObject({ result: 'true', errorCode: '0' });
      expect(await bodyText(d.frame())).not.toMatch(/did not confirm/i);
    }, 60_000);

    it('F7: with a 3-second Commit, no Commit follows another with nothing set between them', async () => {
      await d.openFresh();
      await d.setOptions({ slowCommit: true });
      await d.relaunch();
      const first = lessons[0];
      await d
        .frame()
        .getByRole('link', { name: /^Start the course/ })
        .click();
      if (first.contentNote) {
        await expect
          .poll(() => heading(d.frame()), { timeout: 30_000 })
          .toBe(first.contentNote.gate ? `Content note: ${first.title}` : first.title);
        await d.frame().getByRole('button', { name: 'Continue to the lesson' }).click();
      }
      await expect.poll(() => sectionHeading(d.frame()), { timeout: 30_000 }).toBe(first.sections[0].title);
      // Moving on sets a new place: everything the first section caused is logged before that.
      await d.frame().locator('.lesson-nav a.primary').click();
      await expect.poll(() => sectionHeading(d.frame()), { timeout: 30_000 }).toBe(first.sections[1].title);
      const next = `${first.id}/${first.sections[1].id}`;
      const setsNext = (c: { call: string; args: string[] }) =>
        c.call === names.setValue && c.args[0] === v.el.location && c.args[1] === next;
      await expect.poll(async () => apiCalls(await d.sinceLaunch()).some(setsNext), { timeout: 30_000 }).toBe(true);
      const session = apiCalls(await d.sinceLaunch());
      const calls = session.slice(0, session.findIndex(setsNext)).filter((c) => c.call === names.commit || c.call === names.setValue);
      expect(calls.filter((c) => c.call === names.commit).length, 'the first section was committed').toBeGreaterThan(0);
      const backToBack = calls.filter((c, i) => c.call === names.commit && calls[i - 1]?.call === names.commit);
      expect(backToBack).toEqual([]);
    }, 90_000);
  });
}
