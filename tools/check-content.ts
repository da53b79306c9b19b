/**
 * `npm run check-content [folder]`: validates all course content (default content/, or
 * CONTENT_DIR) with the build's own loader, without building the app, so an editor can
 * check a change in a second. Prints every problem with file, field and reason, and exits
 * non-zero when there is one.
 */
import { resolve } from 'node:path';
import { ContentError } from '../tools/content-pipeline/errors.ts';
import { loadCourse } from '../tools/content-pipeline/load.ts';

const dir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
try {
  const course = loadCourse(dir);
  const scenarios = course.assessment?.scenarios.length ?? 0;
  console.log(`The course content in ${dir} is valid: ${course.lessons.length} lessons, ${scenarios} assessment scenarios.`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
