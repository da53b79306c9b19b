/**
 * Builds the preview LMS page on its own (no course, no React) into a folder, so tests
 * can serve it next to an unpacked course package: LMS at /lms/index.html, course at
 * /course/index.html, opened as /lms/index.html?course=../course/index.html.
 * A dedicated config, not the project's: the course's content and CSP plugins do not apply.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PREVIEW_ROOT = fileURLToPath(new URL('.', import.meta.url));

export async function buildPreviewLms(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PREVIEW_ROOT,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      target: 'es2020',
      // No data: URLs (the favicon would become one): a strict img-src 'self' CSP blocks them.
      assetsInlineLimit: 0,
      reportCompressedSize: false,
    },
  });
}
