/** The real course and its build, for the end-to-end tests. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(resolve(DIST, 'index.html'))) {
  throw new Error(`No build in ${DIST}: run "npm run build" first (npm test does this for you).`);
}
export const course = loadCourse(resolve('content'));

/** The real assessment, compiled as the build compiles it. */
export const assessment = (() => {
  if (!course.assessment) throw new Error('The course has no assessment');
  return course.assessment;
})();
