/**
 * The release packages in the preview LMS, for tests/e2e/scorm-packages.test.ts: packages
 * the current build into a temporary folder, unzips each SCORM zip next to a built preview
 * LMS (`<root>/course/`, `<root>/lms/`) and serves each root on its own port, so the two
 * versions never share an origin (and so never share the course's or the LMS's storage).
 * Also the helpers a test uses to drive the course inside the LMS's iframe and to read
 * the LMS's side through its `window.previewLms` test hook.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { makePackages } from '../../scorm/package/package-course.ts';
import { buildPreviewLms } from '../../scorm/preview/build-preview.ts';
import type { CallEntry, LogEntry } from '../../scorm/preview/call-log.ts';
import { DEFAULT_OPTIONS, type LmsOptions, type ScormVersion } from '../../scorm/preview/lms-options.ts';
import type { AttemptRecord } from '../../scorm/preview/lms-storage.ts';
import type { PreviewLmsHook } from '../../scorm/preview/preview-lms.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export type PackageKind = ScormVersion;

/** What differs between the versions, as far as these tests look. */
export interface VersionFacts {
  kind: PackageKind;
  lmsVersion: ScormVersion;
  calls: { initialize: string; setValue: string; commit: string; finish: string };
  el: { status: string; location: string; exit: string; sessionTime: string; entry: string };
  /** Where the version holds the learner's score (1.2 score.max defaults to 100 in scorm-again, so it is not one). */
  scoreElements: string[];
  /** The version's session-time format: 1.2 CMITimespan HHHH:MM:SS.SS, 2004 an ISO 8601 duration. */
  sessionTime: RegExp;
  /** Seconds in a session_time value of this version. */
  seconds: (value: string) => number;
}

export const VERSIONS: Record<PackageKind, VersionFacts> = {
  scorm12: {
    kind: 'scorm12',
    lmsVersion: 'scorm12',
    calls: { initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
    el: {
      status: 'cmi.core.lesson_status',
      location: 'cmi.core.lesson_location',
      exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time',
      entry: 'cmi.core.entry',
    },
    scoreElements: ['cmi.core.score.raw'],
    sessionTime: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    seconds: (value) => {
      const [h, m, s] = value.split(':').map(Number);
      return h * 3600 + m * 60 + s;
    },
  },
  scorm2004: {
    kind: 'scorm2004',
    lmsVersion: 'scorm2004',
    calls: { initialize: 'Initialize', setValue: 'SetValue', commit: 'Commit', finish: 'Terminate' },
    el: {
      status: 'cmi.completion_status',
      location: 'cmi.location',
      exit: 'cmi.exit',
      sessionTime: 'cmi.session_time',
      entry: 'cmi.entry',
    },
    scoreElements: ['cmi.score.raw', 'cmi.score.scaled'],
    sessionTime: /^P(\d+Y)?(\d+M)?(\d+D)?T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/,
    seconds: (value) => {
      const m = /T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(value);
      if (!m) return Number.NaN;
      return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
    },
  },
};

export interface PackageSite {
  server: StaticServer;
  /** The preview LMS, told where the unpacked course is. */
  lmsUrl: string;
  /** The unpacked zip's file list, to check the package is what is served. */
  entries: string[];
}

export interface PackageSites {
  sites: Record<PackageKind, PackageSite>;
  close: () => Promise<void>;
}

/**
 * Packages dist/ as `npm run package` does, into a temporary folder, and serves each SCORM package beside the preview LMS.
 * `settings` is written over the unpacked settings.json, as an administrator edits it before uploading.
 */
export async function servePackages(distDir: string, contentDir: string, settings?: Record<string, unknown>): Promise<PackageSites> {
  const work = mkdtempSync(join(tmpdir(), 'lfr-scorm-e2e-'));
  const servers: StaticServer[] = [];
  try {
    const written = await makePackages({ distDir, contentDir, releaseDir: join(work, 'release') });
    const lmsBuild = join(work, 'lms-build');
    await buildPreviewLms(lmsBuild);
    const sites = {} as Record<PackageKind, PackageSite>;
    for (const kind of ['scorm12', 'scorm2004'] as const) {
      const zip = written.find((w) => w.kind === kind);
      if (!zip) throw new Error(`makePackages wrote no ${kind} zip`);
      const root = join(work, kind);
      const entries = unzipInto(readFileSync(zip.file), join(root, 'course'));
      if (settings) {
        const file = join(root, 'course', 'settings.json');
        writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...settings }, null, 2));
      }
      cpSync(lmsBuild, join(root, 'lms'), { recursive: true });
      const server = await serveStatic(root);
      servers.push(server);
      sites[kind] = { server, lmsUrl: `${server.url}lms/index.html?course=../course/index.html`, entries };
    }
    return {
      sites,
      close: async () => {
        await Promise.all(servers.map((s) => s.close()));
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Writes every file of a zip under dir; returns the file paths. */
function unzipInto(bytes: Uint8Array, dir: string): string[] {
  const files = unzipSync(bytes);
  const root = resolve(dir);
  const written: string[] = [];
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    const target = resolve(root, path);
    if (!target.startsWith(`${root}/`)) throw new Error(`zip entry ${path} points outside the package`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    written.push(path);
  }
  return written.sort();
}

type LmsWindow = Window & { previewLms: PreviewLmsHook; API?: unknown; API_1484_11?: unknown };

/** A log entry as plain data (what page.evaluate brings back). */
export type Logged = LogEntry;

/** A nested CMI object (the LMS's stored record) as `{ 'cmi.core.exit': 'suspend', ... }`, strings only, as cmi() gives it. */
export function flattenCmi(value: unknown, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) Object.assign(flat, flattenCmi(child, prefix ? `${prefix}.${key}` : key));
  } else if (typeof value === 'string') {
    flat[prefix] = value;
  }
  return flat;
}

/** The API calls in a slice of the log. */
export const apiCalls = (entries: Logged[]): CallEntry[] => entries.filter((e): e is CallEntry => e.kind === 'call');

/** The LMS page and the course in its iframe, for one SCORM version. */
export class LmsDriver {
  constructor(
    readonly page: Page,
    readonly site: PackageSite,
    readonly v: VersionFacts,
  ) {}

  /** Opens the LMS as a new learner, hosting this driver's SCORM version, with every switch off. */
  async openFresh(): Promise<void> {
    await this.page.goto(this.site.lmsUrl);
    await this.page.evaluate(() => localStorage.clear());
    await this.setOptions({ ...DEFAULT_OPTIONS, version: this.v.lmsVersion });
    await this.reset();
  }

  setOptions(patch: Partial<LmsOptions>): Promise<LmsOptions> {
    return this.page.evaluate((p) => (window as unknown as LmsWindow).previewLms.setOptions(p), patch);
  }

  /** Closes the course as an LMS does and launches it again; resolves when the course shows a page. */
  async relaunch(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.relaunch());
    await this.courseReady();
  }

  /** Everything the origin keeps in localStorage: the LMS's stored attempt and settings, and the course's device copy. */
  snapshot(): Promise<Record<string, string>> {
    return this.page.evaluate(() => ({ ...localStorage }));
  }

  /**
   * Closes the course, puts back what a snapshot held, sets the LMS's switches (every
   * other one off) and launches again: a learner returning in a known state.
   */
  async relaunchFrom(snapshot: Record<string, string>, patch: Partial<LmsOptions> = {}): Promise<void> {
    await this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.close());
    await this.page.evaluate((saved) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    }, snapshot);
    await this.setOptions({ ...DEFAULT_OPTIONS, version: this.v.lmsVersion, ...patch });
    await this.relaunch();
  }

  /** Forgets the learner and launches again. */
  async reset(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.reset());
    await this.courseReady();
  }

  cmi(): Promise<Record<string, string>> {
    return this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.cmi());
  }

  stored(): Promise<AttemptRecord | null> {
    return this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.stored());
  }

  /** What the LMS has kept (after a Commit or Finish), flattened like cmi(). */
  async storedCmi(): Promise<Record<string, string>> {
    return flattenCmi((await this.stored())?.cmi ?? {});
  }

  launch() {
    return this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.launch);
  }

  log(): Promise<Logged[]> {
    return this.page.evaluate(() => (window as unknown as LmsWindow).previewLms.log.map((e) => ({ ...e })));
  }

  /** The log entries after entry number n (entries are numbered from 1 for the page's life). */
  async logAfter(n: number): Promise<Logged[]> {
    return (await this.log()).filter((e) => e.n > n);
  }

  /** The number of the latest log entry, to read what comes after it. */
  async logMark(): Promise<number> {
    return (await this.log()).at(-1)?.n ?? 0;
  }

  /** The log from the latest launch on. */
  async sinceLaunch(): Promise<Logged[]> {
    const log = await this.log();
    const start = log.findLastIndex((e) => e.kind === 'lms' && e.text.startsWith('Launch:'));
    expect(start, 'the LMS log records the launch').toBeGreaterThanOrEqual(0);
    return log.slice(start);
  }

  /** The course's document inside the LMS's iframe. */
  frame(): Frame {
    const frame = this.page.frames().find((f) => f !== this.page.mainFrame() && f.url().includes('/course/index.html'));
    if (!frame) throw new Error('the course iframe is not there');
    return frame;
  }

  /** Waits until the course has rendered a page (its app boots after the iframe's load event). */
  async courseReady(): Promise<void> {
    await expect.poll(async () => (await this.frame().locator('h1').count()) > 0, { timeout: 10_000 }).toBe(true);
  }

  /** Navigates inside the course, as a link to that address would. */
  async goHash(hash: string): Promise<void> {
    await this.frame().evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }

  /** Text of the course's notice with this id, or null when it is not shown. */
  async notice(id: string): Promise<string | null> {
    // Read in one step: a notice can go between a count and a read, and a locator would then wait 30 s.
    return this.frame().evaluate((noticeId) => document.querySelector(`[data-notice="${noticeId}"] p`)?.textContent ?? null, id);
  }
}
