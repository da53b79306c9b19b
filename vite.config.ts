/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { coursePlugin } from './tools/content-pipeline/vite-plugin.ts';
import { cspPlugin } from './tools/content-pipeline/csp-plugin.ts';
import { firstScreenPlugin } from './tools/content-pipeline/first-screen-plugin.ts';
import { previewLmsPlugin } from './scorm/preview/preview-lms-plugin.ts';

// CONTENT_DIR lets the tests build fixture content; authors never need it.
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig(({ command }) => ({
  // react-router's package points every bundler at its development build (warnings and
  // checks included); the course ships its production build instead, which it also has.
  resolve:
    command === 'build'
      ? { alias: { 'react-router': fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) } }
      : {},
  // Relative asset paths: an LMS serves the course from a path we do not control.
  base: './',
  plugins: [react(), coursePlugin(contentDir), cspPlugin(), firstScreenPlugin(), previewLmsPlugin()],
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2020',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Room for the waits set in setup.ts on a loaded machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll waits on a condition in a real browser, and CI runs on a loaded machine:
          // vitest's default of one second failed a first render under load (a flake seen in
          // tests/e2e/certificate.test.ts). A condition that is met returns at once anyway.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
}));
