/**
 * `npm run check-content [folder]`: validates all course content (default content/, or
 * CONTENT_DIR) with the build's own loader, without building the app, so an editor can
 * check a change in a second. Prints every problem with file, field and reason, and exits
 * non-zero when there is one.
 */
import { resolve } from 'node:path';
import { ContentError } from '../tools/content-pipeline/errors.ts';
import { loadCourse } from '../tools/content-pipeline/load.ts';
import { writePracticeTable } from '../tools/content-pipeline/practice.ts';
import { MAX_WORDS_BETWEEN_ACTIONS, lessonWords } from '../tools/content-pipeline/word-rule.ts';

const dir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
function report(course: ReturnType<typeof loadCourse>, valid: boolean) {
  const scenarios = course.assessment?.scenarios.length ?? 0;
  console.log(
    `The course content in ${dir}${valid ? ' is valid' : ''}: ${course.lessons.length} lessons, ${scenarios} assessment scenarios.`,
  );
  // What an editor needs to keep lessons active and honest about time: the words between
  // two things the learner does, and the minutes the build works out.
  for (const lesson of course.lessons) {
    const w = lessonWords(lesson);
    const longest = Math.max(...w.runs.map((r) => r.words));
    console.log(`  ${lesson.id}: ${lesson.minutes} min, ${w.words} words, ${w.actions} activities, longest run ${longest} words`);
    for (const r of w.runs.filter((x) => x.words > MAX_WORDS_BETWEEN_ACTIONS))
      console.log(`    ${r.words} words from section "${r.section}" to ${r.endsAt}: more than ${MAX_WORDS_BETWEEN_ACTIONS}`);
  }
  if (valid) console.log(`  The bullet -> question table: ${writePracticeTable(process.cwd(), course.practiceTable)}`);
  const lessonTotal = course.lessons.reduce((n, l) => n + l.minutes, 0);
  console.log(`  Lessons: ${lessonTotal} min. Assessment: ${course.meta.assessment?.minutes ?? 0} min.`);
}

try {
  report(loadCourse(dir), true);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
  // The counts help fix the rules on words and times; they exist when only those fail.
  try {
    report(loadCourse(dir, { teaching: false }), false);
  } catch {
    // The content is broken in other ways too: the message above lists them.
  }
}
