/**
 * Dev-server plugin: after Vite prints the course's address, print the preview LMS's
 * address too, so `npm start` shows both. The page itself needs no plugin: Vite serves
 * scorm/preview/index.html as it serves any HTML file under the project root.
 */
import type { Plugin } from 'vite';

export const PREVIEW_LMS_PATH = 'scorm/preview/';

export function previewLmsPlugin(): Plugin {
  return {
    name: 'preview-lms-address',
    apply: 'serve',
    configureServer(server) {
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) {
          server.config.logger.info(`  ➜  Preview LMS: ${new URL(PREVIEW_LMS_PATH, url).href}`);
        }
      };
    },
  };
}
