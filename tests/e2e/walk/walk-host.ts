/**
 * Where a robustness walk runs: the web edition in a plain page, or a SCORM package inside
 * the preview LMS (scorm-again). A host gives the walk the course's frame, a way to start
 * a new learner and to reload (for SCORM: close and relaunch as an LMS does), and what the
 * learner's progress looks like from outside the app: the saved state in localStorage for
 * the web edition, the LMS's live data model for SCORM. Nothing here uses vitest, so the
 * fuzzer can run it from a plain Node script.
 */
import type { Frame, Page } from 'playwright-core';
import { DEFAULT_OPTIONS } from '../../../scorm/preview/lms-options.ts';
import type { PreviewLmsHook } from '../../../scorm/preview/preview-lms.ts';
import { decodeProgress, encodeProgress } from '../../../src/state/saved-state.ts';
import type { Progress } from '../../../src/course/progress.ts';
import { storageKey } from '../../../src/tracking/storage-keys.ts';
import type { CourseMeta } from '../../../src/course/types.ts';
import { VERSIONS, type PackageKind } from '../scorm-lms-harness.ts';

export type Flavour = 'web' | PackageKind;
export const FLAVOURS: readonly Flavour[] = ['web', 'scorm12', 'scorm2004'];

/** The learner's progress as the host holds it, reduced to what must never go backwards. */
export interface HeldProgress {
  /** Lessons marked done. */
  done: string[];
  /** The saved state holds a passed attempt. */
  passed: boolean;
  /** SCORM status elements as the LMS holds them (empty for the web edition). */
  status: Record<string, string>;
  /** The raw saved value, for the failure message. */
  raw: string;
}

export interface WalkHost {
  readonly flavour: Flavour;
  readonly page: Page;
  /** The document the course runs in (looked up again after each relaunch). */
  root: () => Frame;
  /** A new learner, the course loaded. */
  start: () => Promise<void>;
  /** Web: reload the page. SCORM: the LMS closes the course and launches it again. */
  reload: () => Promise<void>;
  held: () => Promise<HeldProgress>;
  /**
   * Writes a saved state with every lesson done where the app keeps it, and reloads at the
   * assessment; null
   * when the host has no quicker way than the walk opening each lesson itself (SCORM).
   */
  presetLessonsDone: (() => Promise<void>) | null;
  /** Requests from the page not yet answered, so the walk can wait for lazy chunks. */
  inFlight: () => number;
}

function heldFrom(course: CourseMeta, raw: string | null, status: Record<string, string> = {}): HeldProgress {
  const decoded = raw ? decodeProgress(raw, course) : null;
  const progress: Progress | null = decoded?.ok ? decoded.progress : null;
  return {
    done: Object.entries(progress?.lessons ?? {})
      .filter(([, l]) => l.done)
      .map(([id]) => id)
      .sort(),
    passed: progress?.quiz?.records.some((r) => r.passed) ?? false,
    status,
    raw: raw ?? '',
  };
}

/** Counts the page's requests in flight (the course's lazy chunks and content). */
function trackRequests(page: Page): () => number {
  // tsx (esbuild with keepNames) wraps named functions in __name(), which pages lack: give every frame one.
  void page.addInitScript('globalThis.__name ??= (f) => f');
  const open = new Set<unknown>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  return () => open.size;
}

export function webHost(page: Page, url: string, course: CourseMeta): WalkHost {
  const key = storageKey(course.id, 'local');
  return {
    flavour: 'web',
    page,
    root: () => page.mainFrame(),
    inFlight: trackRequests(page),
    start: async () => {
      await page.goto(url);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
    },
    reload: async () => {
      await page.reload();
    },
    held: async () => heldFrom(course, await page.evaluate((k) => localStorage.getItem(k), key)),
    presetLessonsDone: async () => {
      const lessons = Object.fromEntries(course.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }]));
      await page.evaluate(
        ([k, v]) => {
          localStorage.setItem(k, v);
          location.hash = '/assessment';
        },
        [key, encodeProgress(course.id, { lessons })] as const,
      );
      await page.reload();
    },
  };
}

type LmsWindow = Window & { previewLms: PreviewLmsHook };

export function scormHost(page: Page, lmsUrl: string, kind: PackageKind, course: CourseMeta): WalkHost {
  const v = VERSIONS[kind];
  const statusElements = kind === 'scorm12' ? [v.el.status] : [v.el.status, 'cmi.success_status'];
  return {
    flavour: kind,
    page,
    root: () => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/course/index.html'));
      if (!frame) throw new Error('the course iframe is not there');
      return frame;
    },
    inFlight: trackRequests(page),
    start: async () => {
      await page.goto(lmsUrl);
      await page.evaluate(() => localStorage.clear());
      await page.evaluate((o) => (window as unknown as LmsWindow).previewLms.setOptions(o), { ...DEFAULT_OPTIONS, version: v.lmsVersion });
      await page.evaluate(() => (window as unknown as LmsWindow).previewLms.reset());
    },
    reload: async () => {
      await page.evaluate(() => (window as unknown as LmsWindow).previewLms.relaunch());
    },
    held: async () => {
      const cmi = await page.evaluate(() => (window as unknown as LmsWindow).previewLms.cmi());
      return heldFrom(course, cmi['cmi.suspend_data'] ?? null, Object.fromEntries(statusElements.map((e) => [e, cmi[e] ?? ''])));
    },
    presetLessonsDone: null,
  };
}
