/**
 * The release zips in an LMS: each SCORM package (1.2 and 2004), made from the current
 * build by the real packager, unzipped and launched by the preview LMS (scorm-again's
 * LMS-side API) in real Chromium. Reads the LMS's side through `window.previewLms`: its
 * data model, what it stored at Commit/Finish, and its log of every API call.
 *
 * Per version, in order (the tests share one learner where a step needs the previous one):
 * resume after a relaunch mid-course; a learner completing every lesson and pressing
 * "Exit course"; the completed learner relaunching; then the LMS's fault switches (no API,
 * Initialize fails, Commit fails) and review mode.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LessonSummary } from '../../src/course/types.ts';
import { launchBrowser, offsiteRequests, type Browser } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { takeAssessment } from './take-assessment.ts';
import { apiCalls, LmsDriver, servePackages, VERSIONS, type Logged, type PackageKind, type PackageSites } from './scorm-lms-harness.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { decodeProgress, STATE_VERSION } from '../../src/state/saved-state.ts';

const { lessons } = course.meta;
const required = lessons.filter((l) => !l.optional).length;
const lastLesson = lessons.at(-1)!;
const lastSection = lastLesson.sections.at(-1)!;
/** A lesson with a content note, done in the resume and fault tests. */
const doneLesson = lessons.find((l) => l.contentNote && l.sections.length === 2)!;
/** A lesson without a content note and with more than two sections: left half-way. */
const midLesson = lessons.find((l) => !l.contentNote && l.sections.length > 2)!;
/** Another lesson without a content note, for the fault cases. */
const otherLesson = lessons.find((l) => !l.contentNote && l.sections.length > 2 && l !== midLesson)!;
const place = (lesson: LessonSummary, index: number) => `${lesson.id}/${lesson.sections[index].id}`;
/** A lesson's progress as suspend_data holds it, read by the course's own decoder (saved-state.ts). */
const savedLesson = (suspendData: string | undefined, lesson: LessonSummary) => {
  const decoded = decodeProgress(suspendData ?? '', course.meta);
  return decoded.ok ? decoded.progress.lessons[lesson.id] : undefined;
};
/** The furthest section reached, and whether the lesson is done. */
const reached = (lesson: LessonSummary, index: number, done: boolean) => ({ at: lesson.sections[index].id, done });

let sites: PackageSites;
let browser: Browser;

beforeAll(async () => {
  expect(doneLesson && midLesson && otherLesson, 'the course has the kinds of lesson these tests use').toBeTruthy();
  sites = await servePackages(DIST, resolve('content'));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

/** How long a page of the course may take to show (a lesson is its own chunk). */
// A wait on a condition returns as soon as it is met; the ceiling is for a loaded CI machine, where a lazy chunk took over 5 s.
const UI = { timeout: 15_000 };

/** The course's h1 and section h2, read without waiting (for polling). */
const heading = (frame: Frame) => frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);
const sectionHeading = (frame: Frame) => frame.evaluate(() => document.querySelector('.lesson-section h2')?.textContent ?? null);

/** The course map as the learner sees it: the progress line and each lesson's status. */
const mapState = (frame: Frame) =>
  frame.evaluate(() => ({
    progress: document.querySelector('#progress-text')?.textContent ?? null,
    statuses: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.lesson-item')].map((li) => [
        li.dataset.lesson,
        li.querySelector('.status')?.textContent,
      ]),
    ),
  }));

async function showMap(d: LmsDriver) {
  await d.goHash(hashOf(paths.home));
  await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
  return mapState(d.frame());
}

/** Opens a section by its address, continuing past the lesson's content note if it shows one (once per window). */
async function openSection(d: LmsDriver, lesson: LessonSummary, index: number) {
  const section = lesson.sections[index];
  await d.goHash(hashOf(paths.lesson(lesson.id, section.id)));
  if (lesson.contentNote) {
    // A full note (its own page) or a compact one (under the lesson's title, the section held back).
    // The lesson's title shows only once its text has loaded, with the note's button if there is one.
    await expect
      .poll(() => heading(d.frame()), UI)
      .toMatch(new RegExp(`^(Content note: )?${lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const note = d.frame().getByRole('button', { name: 'Continue to the lesson' });
    if (await note.count()) await note.click();
  }
  await expect.poll(() => sectionHeading(d.frame()), UI).toBe(section.title);
  expect(await heading(d.frame())).toBe(lesson.title);
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
      expect(frame.url()).toContain(hashOf(paths.lesson(lesson.id, section.id)));
      // Next, Next lesson, or at the very end Take the final assessment.
      await frame.locator('.lesson-nav a.primary').click();
    }
  }
  await expect.poll(() => heading(frame), UI).toBe('Final assessment');
  await d.goHash(hashOf(paths.home));
  await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
}

for (const kind of ['scorm12', 'scorm2004'] as const satisfies readonly PackageKind[]) {
  const v = VERSIONS[kind];
  const is2004 = kind === 'scorm2004';

  describe(`the ${kind} package in an LMS`, () => {
    let page: Page;
    let d: LmsDriver;
    let problemsBefore = 0;

    beforeAll(async () => {
      page = await browser.context.newPage();
      d = new LmsDriver(page, sites.sites[kind], v);
    });
    afterAll(async () => {
      await page?.close();
    });
    beforeEach(() => {
      problemsBefore = browser.problems.length;
    });
    /** No page error, console error or CSP violation in the LMS page or the course during this test. */
    const expectNoProblems = () => expect(browser.problems.slice(problemsBefore)).toEqual([]);

    it('is the packaged course: the zip unpacked with its manifest and the tracking mode set by the packager', async () => {
      expect(d.site.entries).toContain('imsmanifest.xml');
      expect(d.site.entries).toContain('index.html');
      // The placeholder logo an administrator replaces, listed in the manifest (tests/build/package-zips.test.ts checks the list).
      expect(d.site.entries).toContain('logo.svg');
      await d.openFresh();
      // The packager set the package's own tracking tag, which a real LMS launch relies on (the preview LMS also adds ?tracking=).
      expect(await d.frame().evaluate(() => document.querySelector('meta[name="course-tracking"]')?.getAttribute('content'))).toBe(kind);
      expect(await d.launch()).toMatchObject({ version: v.lmsVersion, entry: 'ab-initio', apiExposed: true });
      expect(apiCalls(await d.sinceLaunch())[0]).toMatchObject({ call: v.calls.initialize, result: 'true' });
      expectNoProblems();
    });

    it('closing mid-course and relaunching resumes where the learner was, with the same progress', async () => {
      await d.openFresh();
      await openSection(d, doneLesson, 0);
      await openSection(d, doneLesson, doneLesson.sections.length - 1);
      await openSection(d, midLesson, 0);
      await openSection(d, midLesson, 1);
      const before = await showMap(d);
      expect(before.statuses[doneLesson.id]).toBe('Done');
      expect(before.statuses[midLesson.id]).toBe('In progress');
      expect(before.progress).toBe(`1 of ${required} lessons done.`);

      await d.relaunch();
      expect((await d.launch())?.entry).toBe('resume');
      const cmi = await d.cmi();
      expect(cmi[v.el.entry]).toBe('resume');
      expect(cmi[v.el.location]).toBe(place(midLesson, 1));
      expect(cmi['cmi.suspend_data']).toMatch(new RegExp(`^v${STATE_VERSION};`));

      // The relaunched course opens on its map, as before, with a way back to that section.
      await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
      expect(await mapState(d.frame())).toEqual(before);
      const resume = d.frame().getByRole('link', { name: /^Continue where you left off/ });
      expect(await resume.getAttribute('href')).toBe(hashOf(paths.lesson(midLesson.id, midLesson.sections[1].id)));
      await resume.click();
      await expect.poll(() => sectionHeading(d.frame()), UI).toBe(midLesson.sections[1].title);
      expect(await d.frame().locator('.section-count').textContent()).toBe(`Part 2 of ${midLesson.sections.length}`);
      expectNoProblems();
    });

    it('a learner who does every lesson and passes the assessment is completed and passed, with score and interactions; "Exit course" ends the session once', async () => {
      await d.openFresh();
      const launchedAt = Date.now();
      await completeEveryLesson(d);
      expect((await mapState(d.frame())).progress).toBe(`${required} of ${required} lessons done: you have finished every lesson.`);

      // Lessons alone do not complete a course with an assessment, and no score exists yet.
      const beforeAssessment = await d.cmi();
      expect(beforeAssessment[v.el.status]).toBe('incomplete');
      for (const element of v.scoreElements) expect(beforeAssessment[element] ?? '', element).toBe('');

      await d.goHash(hashOf(paths.assessment));
      await takeAssessment(d.frame(), assessment, { right: () => true });
      await expect.poll(() => heading(d.frame()), UI).toBe('Your result');

      // What the LMS holds, and has saved at a Commit, before the learner leaves.
      const expected: Record<string, string> = is2004
        ? {
            'cmi.completion_status': 'completed',
            'cmi.success_status': 'passed',
            'cmi.score.raw': '100',
            'cmi.score.scaled': '1',
            'cmi.progress_measure': '1',
            [v.el.exit]: 'suspend',
            [v.el.location]: `${lastLesson.id}/${lastSection.id}`,
          }
        : {
            'cmi.core.lesson_status': 'passed',
            'cmi.core.score.raw': '100',
            'cmi.core.score.min': '0',
            'cmi.core.score.max': '100',
            [v.el.exit]: 'suspend',
            [v.el.location]: `${lastLesson.id}/${lastSection.id}`,
          };
      const cmi = await d.cmi();
      const stored = await d.storedCmi();
      for (const held of [cmi, stored]) {
        expect(held).toMatchObject(expected);
        expect(held['cmi.suspend_data']).toMatch(new RegExp(`^v${STATE_VERSION};`));
        for (const lesson of lessons)
          expect(savedLesson(held['cmi.suspend_data'], lesson)).toEqual(reached(lesson, lesson.sections.length - 1, true));
        expect(held['cmi.suspend_data']).toContain(';r:100p');
      }
      // One interaction per scored decision, in the version's format, all correct.
      const interactionIds = Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
      expect(interactionIds).toHaveLength(assessment.decisions);
      for (const key of interactionIds) {
        expect(cmi[key]).toMatch(/^[A-Za-z0-9_-]+$/);
        const base = key.replace(/\.id$/, '');
        expect(cmi[`${base}.result`]).toBe('correct');
        expect(['choice', 'sequencing']).toContain(cmi[`${base}.type`]);
      }
      const setCalls = apiCalls(await d.sinceLaunch()).filter((c) => c.call === v.calls.setValue);
      const firstScore = setCalls.findIndex((c) => /\.score\.raw$/.test(c.args[0]));
      const lastInteraction = setCalls.findLastIndex((c) => c.args[0].startsWith('cmi.interactions.'));
      const passedAt = setCalls.findIndex((c) => c.args[1] === 'passed');
      expect(lastInteraction).toBeLessThan(firstScore);
      expect(firstScore).toBeLessThan(passedAt);
      let calls = apiCalls(await d.sinceLaunch());
      // Every write and commit the course made was accepted (right names, formats and vocabularies).
      expect(calls.filter((c) => c.call !== 'GetValue' && c.call !== 'LMSGetValue' && c.result !== 'true')).toEqual([]);
      expect(calls.filter((c) => c.call === v.calls.finish)).toEqual([]);

      await d.frame().getByRole('button', { name: 'Exit course' }).click();
      await expect.poll(() => heading(d.frame()), UI).toBe('You have left the course');
      const sessionSeconds = (Date.now() - launchedAt) / 1000;
      // The learner goes on clicking in the course window, Exit again included: nothing more reaches the LMS.
      await d.frame().getByRole('button', { name: 'Exit course' }).click();
      await d.frame().getByRole('link', { name: 'Course map' }).click();
      await openSection(d, midLesson, 0);

      calls = apiCalls(await d.sinceLaunch());
      const finishes = calls.filter((c) => c.call === v.calls.finish);
      expect(finishes).toHaveLength(1);
      expect(finishes[0]).toMatchObject({ result: 'true', errorCode: '0' });
      expect(calls.at(-1)?.n, 'no API call after Finish/Terminate').toBe(finishes[0].n);
      expect(calls.at(-2)).toMatchObject({ call: v.calls.commit, result: 'true' });

      // Session time is set before each milestone commit and first at exit, always counted
      // from this session's Initialize: every set accepted, never going down, the last one
      // before Finish and no longer than the session.
      const sessionTimes = calls.filter((c) => c.call === v.calls.setValue && c.args[0] === v.el.sessionTime);
      expect(sessionTimes.length).toBeGreaterThan(0);
      for (const set of sessionTimes) expect(set).toMatchObject({ result: 'true', errorCode: '0' });
      const seconds = sessionTimes.map((c) => v.seconds(c.args[1]));
      expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
      expect(sessionTimes.at(-1)!.n).toBeLessThan(finishes[0].n);
      const sessionTime = sessionTimes.at(-1)!.args[1];
      expect(sessionTime).toMatch(v.sessionTime);
      expect(v.seconds(sessionTime)).toBeGreaterThan(0);
      expect(v.seconds(sessionTime)).toBeLessThanOrEqual(sessionSeconds + 1);

      if (is2004) {
        // Exit asks the LMS to suspend the course (scorm-again acts on the request at Terminate, then clears it).
        const navRequests = calls.filter((c) => c.call === v.calls.setValue && c.args[0] === 'adl.nav.request');
        expect(navRequests.map((c) => [c.args[1], c.result])).toEqual([['suspendAll', 'true']]);
        expect(navRequests[0].n).toBeLessThan(finishes[0].n);
      }
      const after = await d.cmi();
      expect(after).toMatchObject(expected);
      // The LMS keeps the session time (scorm-again may rewrite it in its own canonical form).
      expect(after[v.el.sessionTime]).toMatch(v.sessionTime);
      expect(v.seconds(after[v.el.sessionTime])).toBeCloseTo(v.seconds(sessionTime), 2);
      const record = await d.stored();
      expect(record?.finished).toBe(true);
      expect(await d.storedCmi()).toMatchObject(expected);
      expectNoProblems();
    });

    it('a completed learner who relaunches sees the course completed, and the LMS keeps "completed" and "passed"', async () => {
      const exited = await d.storedCmi();
      expect(exited[v.el.status], 'the previous test left a completed learner').toBe(is2004 ? 'completed' : 'passed');
      const mark = await d.logMark();

      await d.relaunch();
      const sinceExit = await d.logAfter(mark);
      const launchAt = sinceExit.findIndex((e) => e.kind === 'lms' && e.text.startsWith('Launch:'));
      // Closing the window after Exit (pagehide) called nothing: Finish/Terminate stays the last call.
      expect(apiCalls(sinceExit.slice(0, launchAt))).toEqual([]);
      expect((await d.launch())?.entry).toBe('resume');

      await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
      const map = await mapState(d.frame());
      expect(map.progress).toBe(`${required} of ${required} lessons done: you have finished every lesson.`);
      expect(Object.values(map.statuses)).toEqual(lessons.map(() => 'Done'));
      expect((await d.cmi())[v.el.status]).toBe(is2004 ? 'completed' : 'passed');
      expect(await d.frame().locator('#assessment-state').textContent()).toBe('Passed: 100%');

      // Reading a lesson again saves the place, and still never moves the status back.
      await openSection(d, midLesson, 0);
      await expect.poll(async () => (await d.storedCmi())[v.el.location]).toBe(place(midLesson, 0));
      await d.relaunch();
      await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
      expect((await mapState(d.frame())).progress).toBe(`${required} of ${required} lessons done: you have finished every lesson.`);
      for (const held of [await d.cmi(), await d.storedCmi()]) {
        expect(held[v.el.status]).toBe(is2004 ? 'completed' : 'passed');
        if (is2004) expect(held['cmi.success_status']).toBe('passed');
      }
      // Nothing after the pass moved a status: no status or score was written again.
      const statusWrites = apiCalls(await d.logAfter(mark)).filter(
        (c) =>
          c.call === v.calls.setValue && (c.args[0] === v.el.status || c.args[0] === 'cmi.success_status' || /\.score\./.test(c.args[0])),
      );
      expect(statusWrites).toEqual([]);
      expectNoProblems();
    });

    it('presentation mode entered from a tracked session writes nothing new to the LMS', async () => {
      await d.relaunch();
      await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
      const mark = await d.logMark();
      await d.goHash(hashOf(paths.present([midLesson.id])));
      await expect.poll(() => d.frame().locator('.slide-counter').count(), UI).toBe(1);
      await d.frame().getByRole('button', { name: 'Next slide' }).click();
      await d.frame().getByRole('button', { name: 'Next slide' }).click();
      await d.goHash(hashOf(paths.home));
      await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
      const writes = apiCalls(await d.logAfter(mark)).filter((c) => c.call === v.calls.setValue || c.call === v.calls.commit);
      expect(writes).toEqual([]);
      expectNoProblems();
    });

    it('No API: the course runs, and says persistently that nothing is recorded in the LMS', async () => {
      await d.setOptions({ noApi: true });
      try {
        await d.relaunch();
        expect((await d.launch())?.apiExposed).toBe(false);
        await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
        expect(await d.notice('no-lms')).toContain("could not find your organisation's learning system");
        expect(await d.frame().locator('[data-notice="no-lms"] button').count(), 'the notice cannot be dismissed').toBe(0);
        await openSection(d, otherLesson, 0);
        expect(await d.notice('no-lms')).toContain("could not find your organisation's learning system");
        expect(apiCalls(await d.sinceLaunch())).toEqual([]);
      } finally {
        await d.setOptions({ noApi: false });
      }
      expectNoProblems();
    });

    it('Initialize fails: the course is usable, says tracking did not start, and connects on its retry with nothing lost', async () => {
      // A learner whose LMS already holds one finished lesson.
      await d.openFresh();
      await openSection(d, doneLesson, 0);
      await openSection(d, doneLesson, doneLesson.sections.length - 1);
      await expect
        .poll(async () => savedLesson((await d.storedCmi())['cmi.suspend_data'], doneLesson))
        .toEqual(reached(doneLesson, doneLesson.sections.length - 1, true));

      await d.setOptions({ initializeFails: true });
      try {
        await d.relaunch();
        await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
        expect(await d.notice('lms-not-started')).toContain('did not start tracking');
        // Still usable: the learner reads on while the LMS is not tracking.
        await openSection(d, otherLesson, 0);
      } finally {
        await d.setOptions({ initializeFails: false });
      }
      // The first retry is 2 s after the launch.
      await expect.poll(() => d.notice('lms-not-started'), { timeout: 3_500 }).toBeNull();
      const calls = apiCalls(await d.sinceLaunch());
      expect(calls.filter((c) => c.call === v.calls.initialize).map((c) => c.result)).toEqual(['false', 'true']);
      // The LMS gets this session's reading and keeps what it held before.
      await expect.poll(async () => (await d.storedCmi())[v.el.location]).toBe(place(otherLesson, 0));
      const stored = await d.storedCmi();
      expect(savedLesson(stored['cmi.suspend_data'], otherLesson)).toEqual(reached(otherLesson, 0, false));
      expect(savedLesson(stored['cmi.suspend_data'], doneLesson)).toEqual(reached(doneLesson, doneLesson.sections.length - 1, true));
      expect(await d.notice('lms-unsaved')).toBeNull();
      const map = await showMap(d);
      expect(map.statuses[doneLesson.id]).toBe('Done');
      expect(map.statuses[otherLesson.id]).toBe('In progress');
      expectNoProblems();
    });

    it('Commit fails: the course says progress has not been saved, and "Try saving again" saves it once the LMS accepts', async () => {
      await d.relaunch();
      const before = await d.stored();
      await d.setOptions({ commitFails: true });
      try {
        await openSection(d, otherLesson, 1);
        await expect.poll(() => d.notice('lms-unsaved')).toContain('not been saved');
        const retry = d.frame().getByRole('button', { name: 'Try saving again' });
        expect(await retry.isVisible()).toBe(true);
        expect((await d.stored())?.savedAt, 'nothing was saved').toBe(before?.savedAt);
        // While the LMS still refuses, trying again keeps the notice.
        await retry.click();
        expect(await d.notice('lms-unsaved')).toContain('not been saved');
      } finally {
        await d.setOptions({ commitFails: false });
      }
      await d.frame().getByRole('button', { name: 'Try saving again' }).click();
      // Sooner than the course's own next retry (5 s after the second failure).
      await expect.poll(() => d.notice('lms-unsaved'), { timeout: 1_500 }).toBeNull();
      const stored = await d.storedCmi();
      expect(stored[v.el.location]).toBe(place(otherLesson, 1));
      expect(savedLesson(stored['cmi.suspend_data'], otherLesson)).toEqual(reached(otherLesson, 1, false));
      expect(savedLesson(stored['cmi.suspend_data'], doneLesson)).toEqual(reached(doneLesson, doneLesson.sections.length - 1, true));
      expectNoProblems();
    });

    it('review mode: the course says the learner is reviewing, and writes nothing to the LMS', async () => {
      await d.setOptions({ mode: 'review' });
      let reviewLog: Logged[] = [];
      try {
        await d.relaunch();
        await expect.poll(() => heading(d.frame()), UI).toBe(course.meta.title);
        expect(await d.notice('lms-review')).toContain('You are reviewing this course');
        // The learner's record is there to look at.
        expect((await mapState(d.frame())).statuses[doneLesson.id]).toBe('Done');
        await openSection(d, midLesson, midLesson.sections.length - 1);
        const mark = await d.logMark();
        reviewLog = await d.sinceLaunch();
        // The next launch closes the review session; its pagehide may still Terminate.
        await d.setOptions({ mode: 'normal' });
        await d.relaunch();
        const closing = await d.logAfter(mark);
        reviewLog.push(
          ...closing.slice(
            0,
            closing.findIndex((e) => e.kind === 'lms' && e.text.startsWith('Launch:')),
          ),
        );
      } finally {
        await d.setOptions({ mode: 'normal' });
      }
      const calls = apiCalls(reviewLog);
      expect(calls[0]).toMatchObject({ call: v.calls.initialize, result: 'true' });
      expect(calls.filter((c) => c.call === v.calls.setValue)).toEqual([]);
      expect(calls.filter((c) => c.call === v.calls.commit)).toEqual([]);
      expectNoProblems();
    });

    it('after a review session the learner is back where they were: same attempt, place and progress', async () => {
      // The previous test reviewed, then relaunched in normal mode. Reviewing must not have ended the attempt.
      expect(await d.launch()).toMatchObject({ entry: 'resume' });
      const cmi = await d.cmi();
      expect(cmi[v.el.location]).toBe(place(otherLesson, 1));
      expect(savedLesson(cmi['cmi.suspend_data'], doneLesson)).toEqual(reached(doneLesson, doneLesson.sections.length - 1, true));
      const map = await showMap(d);
      expect(map.statuses[doneLesson.id]).toBe('Done');
      expect(map.statuses[otherLesson.id]).toBe('In progress');
      // The lesson finished while reviewing is not in the learner's record.
      expect(map.statuses[midLesson.id]).toBe('Not started');
      expectNoProblems();
    });
  });
}

describe('both packages', () => {
  it('make no request beyond 127.0.0.1', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(offsiteRequests(browser.requests)).toEqual([]);
  });
});
