/**
 * `npm run package` runs this after the build: it writes the release zips and says where,
 * or lists every problem and exits non-zero. The work is in package-course.ts, so the
 * tests can run it into a temporary folder.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { makePackages } from './package-course.ts';

try {
  for (const { kind, file, entries } of await makePackages()) {
    const kb = Math.round(statSync(file).size / 1024);
    console.log(`${kind.padEnd(9)} ${relative(process.cwd(), file)} (${entries.length} files, ${kb} KB)`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
