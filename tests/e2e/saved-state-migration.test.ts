/**
 * Progress saved by an earlier release (saved-state v1, captured in tests/fixtures/saved-states)
 * opens in today's build: the web edition from browser storage, and each SCORM package from
 * the preview LMS's stored attempt. The learner sees what they had, resumes where they were,
 * and the next save is the current version. The rules for changed content are proved on
 * the same fixtures in tests/unit/saved-state-migration.test.ts.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { decodeProgress, STATE_VERSION } from '../../src/state/saved-state.ts';
import { storageKey } from '../../src/tracking/storage-keys.ts';
import { captured, savedValue, type Captured, type Edition, type Moment } from '../fixtures/saved-states/relaunch.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { flattenCmi, LmsDriver, servePackages, VERSIONS, type PackageSites } from './scorm-lms-harness.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

let browser: Browser;
let web: StaticServer;
let sites: PackageSites;
beforeAll(async () => {
  web = await serveStatic(DIST);
  sites = await servePackages(DIST, resolve('content'));
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await sites?.close();
});

const UI = { timeout: 10_000 };
const heading = (root: Page | Frame) => root.evaluate(() => document.querySelector('h1')?.textContent ?? null);
const mapState = (root: Page | Frame) =>
  root.evaluate(() => ({
    statuses: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.lesson-item')].map((li) => [
        li.dataset.lesson,
        li.querySelector('.status')?.textContent,
      ]),
    ),
    assessment: document.querySelector('#assessment-state')?.textContent ?? null,
  }));

/** What the learner had, as today's course reads the fixture. */
function had(edition: Edition, moment: Moment) {
  const decoded = decodeProgress(savedValue(edition, captured[edition].states[moment], course.meta.id), course.meta);
  if (!decoded.ok) throw new Error('unreadable fixture');
  return decoded.progress;
}

interface Opened {
  root: () => Page | Frame;
  /** The saved state as the edition holds it now. */
  saved: () => Promise<string>;
  page: Page;
}

async function open(edition: Edition, state: Captured): Promise<Opened> {
  const page = await browser.context.newPage();
  if (edition === 'web') {
    await page.goto(web.url);
    await page.evaluate((values) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    }, state.localStorage);
    await page.reload();
    const key = storageKey(course.meta.id, 'local');
    return { page, root: () => page, saved: async () => (await page.evaluate((k) => localStorage.getItem(k), key)) ?? '' };
  }
  const d = new LmsDriver(page, sites.sites[edition], VERSIONS[edition]);
  await d.openFresh();
  await d.relaunchFrom({ [`preview-lms:v1:attempt:${edition}`]: JSON.stringify(state.lmsRecord), ...state.localStorage });
  expect((await d.launch())?.entry).toBe('resume');
  return { page, root: () => d.frame(), saved: async () => (await d.cmi())['cmi.suspend_data'] ?? '' };
}

async function showMap(o: Opened) {
  await o.root().evaluate((h) => {
    window.location.hash = h;
  }, hashOf(paths.home));
  await expect.poll(() => heading(o.root()), UI).toBe(course.meta.title);
  return mapState(o.root());
}

describe.each(['web', 'scorm12', 'scorm2004'] as const)('progress saved by release 39e6a61 in the %s edition', (edition) => {
  const states = captured[edition].states;

  it('part-way: the map shows what was done, "Continue" resumes inside the section, and the next save is the current version', async () => {
    const before = had(edition, 'partWay');
    const o = await open(edition, states.partWay);
    const map = await showMap(o);
    for (const [id, l] of Object.entries(before.lessons)) expect(map.statuses[id], id).toBe(l.done ? 'Done' : 'In progress');
    const resume = o.root().getByRole('link', { name: /^Continue where you left off/ });
    const bookmark = before.position!;
    expect(await resume.getAttribute('href')).toBe(hashOf(paths.lesson(bookmark.lesson, bookmark.section)));
    await resume.click();
    const lesson = course.meta.lessons.find((l) => l.id === bookmark.lesson)!;
    const index = lesson.sections.findIndex((s) => s.id === bookmark.section);
    await expect
      .poll(() => o.root().evaluate(() => document.querySelector('.lesson-section h2')?.textContent ?? null), UI)
      .toBe(lesson.sections[index].title);
    await o.root().locator('.lesson-nav a.primary').click();
    await expect.poll(o.saved, UI).toMatch(new RegExp(`^v${STATE_VERSION};`));
    const now = decodeProgress(await o.saved(), course.meta);
    expect(now.ok && now.progress.lessons).toMatchObject(
      Object.fromEntries(Object.entries(before.lessons).map(([id, l]) => [id, { done: l.done }])),
    );
    await o.page.close();
  });

  it('with an attempt under way: the assessment resumes at the step on screen', async () => {
    const { at } = had(edition, 'attemptUnderWay').quiz!;
    const o = await open(edition, states.attemptUnderWay);
    expect((await showMap(o)).assessment).toBe('In progress');
    await o.root().evaluate((h) => {
      window.location.hash = h;
    }, hashOf(paths.assessmentRun));
    const scenario = assessment.scenarios.find((s) => s.id === at!.scenario)!;
    // A scenario with a content note shows it first in a new window.
    await expect.poll(async () => (await heading(o.root()))?.replace(/^Content note: /, ''), UI).toBe(scenario.title);
    if ((await heading(o.root()))?.startsWith('Content note:'))
      await o.root().getByRole('button', { name: 'Continue to the scenario' }).click();
    await expect.poll(() => heading(o.root()), UI).toBe(scenario.title);
    const step = scenario.steps[at!.step];
    if (step.kind === 'decision')
      expect((await o.root().locator('form.decision legend').textContent())?.replace(/\s+/g, ' ').trim()).toBe(step.promptText);
    await o.page.close();
  });

  it('with results: the pass is shown and kept, and the LMS gets no interaction twice and no lower status', async () => {
    const o = await open(edition, states.results);
    expect((await showMap(o)).assessment).toBe('Passed: 100%');
    // The learner looks at a lesson again (a save), then the LMS window closes.
    const lesson = course.meta.lessons.find((l) => !l.contentNote && l.sections.length > 1)!;
    await o.root().evaluate(
      (h) => {
        window.location.hash = h;
      },
      hashOf(paths.lesson(lesson.id, lesson.sections[0].id)),
    );
    await expect.poll(o.saved, UI).toMatch(new RegExp(`^v${STATE_VERSION};`));
    if (edition !== 'web') {
      const d = new LmsDriver(o.page, sites.sites[edition], VERSIONS[edition]);
      await o.page.evaluate(() => (window as unknown as { previewLms: { close(): void } }).previewLms.close());
      const stored = await d.storedCmi();
      const ids = (cmi: Record<string, string>) => Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;
      expect(ids(stored)).toBe(ids(flattenCmi(states.results.lmsRecord!.cmi)));
      expect(ids(stored)).toBeGreaterThan(0);
      if (edition === 'scorm12') expect(stored['cmi.core.lesson_status']).toBe('passed');
      else
        expect([stored['cmi.completion_status'], stored['cmi.success_status'], stored['cmi.score.raw']]).toEqual([
          'completed',
          'passed',
          '100',
        ]);
    }
    await o.page.close();
  });
});
