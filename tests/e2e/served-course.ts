/** Serves a built course on 127.0.0.1 and opens Chromium for one test file. */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Served {
  server: StaticServer;
  browser: Browser;
}

export function servedCourse(dir: string): Served {
  const served = {} as Served;
  beforeAll(async () => {
    served.server = await serveStatic(dir);
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
