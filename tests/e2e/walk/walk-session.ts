/**
 * Everything a run of walks needs, for the test file and the fuzzer alike: the built
 * course served on 127.0.0.1 (and, when a SCORM flavour is wanted, packaged and served
 * beside the preview LMS), one Chromium, and a fresh page per walk.
 */
import { resolve } from 'node:path';
import { launchBrowser, offsiteRequests, type Browser } from '../browser.ts';
import { servePackages, type PackageSites } from '../scorm-lms-harness.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';
import type { CompiledCourse } from '../../../tools/content-pipeline/load.ts';
import { runWalk, type WalkResult } from './walk.ts';
import { scormHost, webHost, type Flavour } from './walk-host.ts';

export interface WalkSession {
  browser: Browser;
  /** The web edition's address. */
  url: string;
  walk: (seed: number, flavour: Flavour, actions: number) => Promise<WalkResult>;
  close: () => Promise<void>;
}

export async function openWalkSession(distDir: string, course: CompiledCourse, flavours: readonly Flavour[]): Promise<WalkSession> {
  let server: StaticServer | undefined;
  let sites: PackageSites | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await sites?.close();
  };
  try {
    server = await serveStatic(distDir);
    if (flavours.some((f) => f !== 'web')) sites = await servePackages(distDir, resolve('content'));
    browser = await launchBrowser();
  } catch (error) {
    await close();
    throw error;
  }
  const b = browser;
  return {
    browser: b,
    url: server.url,
    close,
    walk: async (seed, flavour, actions) => {
      const page = await b.context.newPage();
      const requestsBefore = b.requests.length;
      try {
        const host =
          flavour === 'web' ? webHost(page, server!.url, course.meta) : scormHost(page, sites!.sites[flavour].lmsUrl, flavour, course.meta);
        const result = await runWalk(host, b.problems, course, seed, actions);
        const offsite = offsiteRequests(b.requests.slice(requestsBefore));
        // A request to any other host is a failure too: the course must work offline and leak nothing.
        if (!result.failure && offsite.length) result.failure = `requests left 127.0.0.1: ${offsite.slice(0, 5).join(', ')}`;
        return result;
      } finally {
        await page.close();
      }
    },
  };
}
