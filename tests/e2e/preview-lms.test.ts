/**
 * The preview LMS (scorm/preview), built on its own and served next to a stub course: a
 * tiny page written here that finds the API as SCORM content must (its own window, up the
 * parent chain, then the opener), initializes, reads
 * entry/location/suspend_data, writes a visit counter, commits, and finishes on pagehide.
 * The stub, not the real course, so these tests check the LMS alone.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPreviewLms } from '../../scorm/preview/build-preview.ts';
import type { LmsOptions } from '../../scorm/preview/lms-options.ts';
import type { PreviewLmsHook } from '../../scorm/preview/preview-lms.ts';
import { launchBrowser, offsiteRequests, type Browser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { axeViolations } from './axe.ts';

const STUB_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Stub course</title></head>
<body><main><h1>Stub course</h1><p id="status">Starting</p></main><script src="stub.js"></script></body></html>
`;

// Plain ES5, no inline script: the static server sends the course's strict CSP.
const STUB_JS = `(function () {
  var v2004 = new URLSearchParams(location.search).get('tracking') === 'scorm2004';
  var n = v2004
    ? { api: 'API_1484_11', other: 'API', init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit',
        finish: 'Terminate', error: 'GetLastError', entry: 'cmi.entry', location: 'cmi.location',
        status: 'cmi.completion_status', exit: 'cmi.exit' }
    : { api: 'API', other: 'API_1484_11', init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue',
        commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError', entry: 'cmi.core.entry',
        location: 'cmi.core.lesson_location', status: 'cmi.core.lesson_status', exit: 'cmi.core.exit' };
  function scan(win, name) {
    for (var hops = 0; win && hops <= 500; hops++) {
      try { if (win[name]) return win[name]; } catch (e) {}
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = scan(window, n.api);
  var state = { ready: false, found: !!api, otherFound: !!scan(window, n.other), running: false };
  var stub = {
    state: state,
    names: n,
    get: function (el) { return api[n.get](el); },
    set: function (el, value) { return api[n.set](el, value); },
    commit: function () { return api[n.commit](''); },
    lastError: function () { return api[n.error](); },
    finish: function () { state.running = false; return api[n.finish](''); }
  };
  if (api) {
    state.init = api[n.init]('');
    state.initError = stub.lastError();
    state.running = state.init === 'true';
  }
  if (state.running) {
    state.entry = stub.get(n.entry);
    state.suspendData = stub.get('cmi.suspend_data');
    state.location = stub.get(n.location);
    state.status = stub.get(n.status);
    var last = /visits=(\\d+)/.exec(state.suspendData);
    state.visits = state.entry === 'resume' && last ? Number(last[1]) + 1 : 1;
    stub.set(n.location, 'page-' + state.visits);
    state.setSuspendData = stub.set('cmi.suspend_data', 'visits=' + state.visits);
    state.setSuspendDataError = stub.lastError();
    stub.set(n.status, 'incomplete');
    stub.set(n.exit, 'suspend');
    state.commit = stub.commit();
    state.commitError = stub.lastError();
  }
  // As a course should: finish once, also when the LMS closes the window.
  window.addEventListener('pagehide', function () { if (state.running) stub.finish(); });
  state.ready = true;
  window.stub = stub;
  document.getElementById('status').textContent = JSON.stringify(state);
})();
`;

interface StubState {
  ready: boolean;
  found: boolean;
  otherFound: boolean;
  running: boolean;
  init?: string;
  initError?: string;
  entry?: string;
  suspendData?: string;
  location?: string;
  status?: string;
  visits?: number;
  setSuspendData?: string;
  setSuspendDataError?: string;
  commit?: string;
  commitError?: string;
}
interface Stub {
  state: StubState;
  names: Record<'entry' | 'location' | 'status' | 'exit', string>;
  get: (el: string) => string;
  set: (el: string, value: string) => string;
  commit: () => string;
  lastError: () => string;
  finish: () => string;
}
type CourseWindow = Window & { stub?: Stub };
type LmsWindow = Window & { previewLms: PreviewLmsHook; API?: unknown; API_1484_11?: unknown };

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let lmsUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preview-lms-'));
  await buildPreviewLms(join(dir, 'lms'));
  mkdirSync(join(dir, 'course'));
  writeFileSync(join(dir, 'course', 'index.html'), STUB_HTML);
  writeFileSync(join(dir, 'course', 'stub.js'), STUB_JS);
  server = await serveStatic(dir);
  lmsUrl = `${server.url}lms/index.html?course=../course/index.html`;
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const courseFrame = (): Frame | undefined =>
  page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname === '/course/index.html');

/** The stub's state once it has run its launch sequence in the current iframe. */
async function stubState(): Promise<StubState> {
  await expect
    .poll(() => courseFrame()?.evaluate(() => (window as CourseWindow).stub?.state.ready ?? false), { timeout: 15_000 })
    .toBe(true);
  return courseFrame()!.evaluate(() => ({ ...(window as CourseWindow).stub!.state }));
}

/** Runs an API call from inside the course frame, as the course would. */
const inCourse = <R>(fn: (stub: Stub) => R) => courseFrame()!.evaluate(`(${fn.toString()})(window.stub)`) as Promise<Awaited<R>>;

const setOptions = (patch: Partial<LmsOptions>) => page.evaluate((p) => (window as unknown as LmsWindow).previewLms.setOptions(p), patch);
const relaunch = async () => {
  await page.evaluate(() => (window as unknown as LmsWindow).previewLms.relaunch());
  return stubState();
};
const lmsCmi = () => page.evaluate(() => (window as unknown as LmsWindow).previewLms.cmi());
const stored = () => page.evaluate(() => (window as unknown as LmsWindow).previewLms.stored());
const loggedCalls = () =>
  page.evaluate(() =>
    (window as unknown as LmsWindow).previewLms.log.flatMap((e) =>
      e.kind === 'call' ? [`${e.call}(${e.args.join(', ')}) = ${e.result} [${e.errorCode}]`] : [],
    ),
  );

describe('the preview LMS with SCORM 1.2', () => {
  it('hosts the API, and shows each call in the call log and the data model view', async () => {
    await page.goto(lmsUrl);
    const stub = await stubState();
    expect(stub).toMatchObject({ found: true, otherFound: false, init: 'true', entry: 'ab-initio', visits: 1, commit: 'true' });
    expect(await page.evaluate(() => typeof (window as unknown as LmsWindow).API_1484_11)).toBe('undefined');
    expect(await page.locator('iframe').getAttribute('allow')).toBe('fullscreen');
    expect(await page.locator('iframe').getAttribute('title')).toBe('Course');

    const calls = await loggedCalls();
    expect(calls[0]).toBe('LMSInitialize() = true [0]');
    expect(calls).toContain('LMSSetValue(cmi.suspend_data, visits=1) = true [0]');
    expect(calls.at(-1)).toBe('LMSCommit() = true [0]');

    const dataRow = page.locator('#data-table tr', { has: page.locator('th', { hasText: /^cmi\.suspend_data$/ }) });
    await expect.poll(() => dataRow.locator('td').textContent()).toBe('"visits=1"');
    const commitRow = page.locator('#log-table tbody tr').last();
    await expect
      .poll(() => commitRow.locator('td').allTextContents())
      .toEqual([expect.any(String), 'LMSCommit', '""', '"true"', '0', 'saved']);
    expect(await page.getByRole('table', { name: /Each call the course made/ }).isVisible()).toBe(true);
  });

  it('resumes after exit "suspend": entry resume, suspend_data and location kept', async () => {
    expect(await inCourse((s) => s.finish())).toBe('true');
    expect((await stored())?.finished).toBe(true);
    await page.getByRole('button', { name: 'Relaunch' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Relaunched: SCORM 1\.2, attempt 1, entry resume/);
    expect(await stubState()).toMatchObject({ entry: 'resume', suspendData: 'visits=1', location: 'page-1', visits: 2 });
  });

  it('keeps what it stored over a reload of the LMS page', async () => {
    await page.reload();
    // The stub finished from pagehide as the page unloaded, so the suspended attempt resumes.
    expect(await stubState()).toMatchObject({ entry: 'resume', suspendData: 'visits=2', visits: 3 });
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('preview-lms:v1:attempt:scorm12');
  });

  it('starts a new attempt after any other exit, keeping the 1.2 lesson status', async () => {
    await inCourse((s) => s.set(s.names.exit, ''));
    await inCourse((s) => s.set(s.names.status, 'failed'));
    await inCourse((s) => s.finish());
    expect(await relaunch()).toMatchObject({ entry: 'ab-initio', suspendData: '', location: '', status: 'failed', visits: 1 });
    expect(await page.evaluate(() => (window as unknown as LmsWindow).previewLms.launch?.attempt)).toBe(2);
    expect(await inCourse((s) => s.get('cmi.core.total_time'))).toMatch(/^\d{2,4}:\d\d:\d\d/);
  });

  it('applies mode, credit and mastery score at launch', async () => {
    await setOptions({ mode: 'review', credit: 'no-credit', masteryScore: '80' });
    await relaunch();
    expect(
      await inCourse((s) => [s.get('cmi.core.lesson_mode'), s.get('cmi.core.credit'), s.get('cmi.student_data.mastery_score')]),
    ).toEqual(['review', 'no-credit', '80']);
    expect(await page.locator('#mode').inputValue()).toBe('review');
    expect(await page.getByRole('spinbutton', { name: /mastery score/ }).inputValue()).toBe('80');
    await setOptions({ mode: 'normal', credit: 'credit', masteryScore: '' });
  });
});

describe('misbehaviour switches', () => {
  afterEach(() => setOptions({ noApi: false, commitFails: false, initializeFails: false, slow: false }));

  it('No API: the course finds no API object', async () => {
    await setOptions({ noApi: true });
    expect(await relaunch()).toMatchObject({ found: false, otherFound: false, running: false });
    await page.getByRole('checkbox', { name: /No API/ }).uncheck();
    expect((await page.evaluate(() => (window as unknown as LmsWindow).previewLms.options())).noApi).toBe(false);
  });

  it('Commit fails: Commit and SetValue of suspend_data return "false" with an error code, and nothing is saved', async () => {
    const before = await stored();
    await page.getByRole('checkbox', { name: /Commit fails/ }).check();
    const stub = await relaunch();
    expect(stub).toMatchObject({ init: 'true', setSuspendData: 'false', setSuspendDataError: '101', commit: 'false', commitError: '101' });
    expect((await stored())?.savedAt).toBe(before?.savedAt);
    expect(await loggedCalls()).toContain('LMSCommit() = false [101]');
    await inCourse((s) => s.finish());
    expect((await stored())?.savedAt).toBe(before?.savedAt);
  });

  it('Initialize fails: Initialize returns "false"', async () => {
    await setOptions({ initializeFails: true });
    expect(await relaunch()).toMatchObject({ found: true, init: 'false', initError: '101', running: false });
  });

  it('Slow responses: each call blocks for about 300 ms', async () => {
    await relaunch();
    await setOptions({ slow: true });
    const ms = await inCourse((s) => {
      const start = performance.now();
      s.get('cmi.core.entry');
      return performance.now() - start;
    });
    expect(ms).toBeGreaterThanOrEqual(290);
  });
});

describe('the preview LMS with SCORM 2004', () => {
  it('hosts API_1484_11 only, with the scaled passing score, and carries completed and passed into a new attempt', async () => {
    await setOptions({ version: 'scorm2004', passingScore: '0.8' });
    const stub = await relaunch();
    expect(stub).toMatchObject({ found: true, otherFound: false, init: 'true', entry: 'ab-initio', commit: 'true' });
    expect(await page.evaluate(() => typeof (window as unknown as LmsWindow).API)).toBe('undefined');
    expect(await inCourse((s) => s.get('cmi.scaled_passing_score'))).toBe('0.8');
    await inCourse((s) => {
      s.set('cmi.score.scaled', '0.9');
      s.set('cmi.success_status', 'passed');
      s.set('cmi.completion_status', 'completed');
      s.set('cmi.exit', 'normal');
      return s.finish();
    });
    expect(await relaunch()).toMatchObject({ entry: 'ab-initio', suspendData: '', status: 'completed', visits: 1 });
    expect(await inCourse((s) => [s.get('cmi.success_status'), s.get('cmi.score.scaled'), s.get('cmi.total_time')])).toEqual([
      'passed',
      '0.9',
      'PT0S',
    ]);
    expect((await lmsCmi())['cmi.learner_id']).toBe('preview-learner');
  });

  it('reports success "unknown" when a passing score is set but score.scaled never was', async () => {
    await page.evaluate(() => (window as unknown as LmsWindow).previewLms.reset());
    await stubState();
    await inCourse((s) => {
      s.set('cmi.success_status', 'passed');
      return s.finish();
    });
    expect((await stored())?.cmi.cmi.success_status).toBe('unknown');
  });
});

describe('the preview LMS page', () => {
  it('Reset forgets the learner and every request stays on this origin', async () => {
    await page.getByRole('button', { name: 'Reset learner' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Reset and launched: SCORM 2004, attempt 1, entry ab-initio/);
    expect(await stubState()).toMatchObject({ entry: 'ab-initio', suspendData: '' });
    await setOptions({ version: 'scorm12' });
    expect(await relaunch()).toMatchObject({ entry: 'ab-initio', suspendData: '', visits: 1 });
    expect(offsiteRequests(browser.requests)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('starts as a new learner when the stored attempt cannot be loaded', async () => {
    await inCourse((s) => s.finish());
    await page.evaluate(() => {
      const key = 'preview-lms:v1:attempt:scorm12';
      const record = JSON.parse(localStorage.getItem(key) ?? '{}');
      record.cmi.cmi.core.lesson_status = 'half-done';
      localStorage.setItem(key, JSON.stringify(record));
    });
    expect(await relaunch()).toMatchObject({ init: 'true', entry: 'ab-initio', status: 'not attempted' });
    expect(await page.locator('#log-table').textContent()).toContain('attempt could not be loaded');
  });

  it('has no axe-core violations (WCAG 2.2 A and AA), with both tables filled', async () => {
    // A short log keeps axe quick: it checks every cell.
    await page.getByRole('button', { name: 'Clear the log' }).click();
    await expect.poll(() => page.locator('#log-table tbody tr').count()).toBe(0);
    await relaunch();
    expect(await page.locator('#log-table tbody tr').count()).toBeGreaterThan(5);
    expect(await axeViolations(page, 'iframe')).toEqual([]);
  });
});
