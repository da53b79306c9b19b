/**
 * Rules on how the course teaches and what it promises (issue 9), checked at build:
 * - no more than MAX_WORDS_BETWEEN_ACTIONS words on screen before the learner does something;
 * - the lessons and the assessment within the times the course promises buyers;
 * - no stale promises ("will be added", "coming soon") in any content file.
 */
import { readFileSync } from 'node:fs';
import type { Lesson } from '../../src/course/types.ts';
import type { ContentProblem } from './errors.ts';
import { MAX_WORDS_BETWEEN_ACTIONS, lessonWords } from './word-rule.ts';

export const MAX_LESSON_MINUTES = 45;
export const MAX_ASSESSMENT_MINUTES = 20;

/** Promises about features that do not exist yet go stale; the course says only what is. */
export const STALE_WORDING = /\b(will be added|to be added|coming soon|not yet available)\b/i;

export function checkWordRuns(lessons: Lesson[], fileOf: (id: string) => string): ContentProblem[] {
  return lessons.flatMap((lesson) => {
    const lessonIndex = (id: string) => lesson.sections.findIndex((s) => s.id === id);
    return lessonWords(lesson)
      .runs.filter((r) => r.words > MAX_WORDS_BETWEEN_ACTIONS)
      .map((r) => ({
        file: fileOf(lesson.id),
        field: `sections[${lessonIndex(r.section)}] (${r.section})`,
        reason: `${r.words} words on screen from here to ${r.endsAt} with nothing to do: at most ${MAX_WORDS_BETWEEN_ACTIONS}; add a reveal, sort or check, or cut`,
      }));
  });
}

export function checkTimes(
  lessons: Lesson[],
  assessmentMinutes: number | undefined,
  courseFile: string,
  assessmentFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const total = lessons.reduce((n, l) => n + l.minutes, 0);
  if (total > MAX_LESSON_MINUTES) {
    const each = lessons.map((l) => `${l.id} ${l.minutes}`).join(', ');
    problems.push({
      file: courseFile,
      field: 'lessons',
      reason: `the lessons take ${total} minutes as the build measures them (${each}): at most ${MAX_LESSON_MINUTES}`,
    });
  }
  if (assessmentMinutes !== undefined && assessmentMinutes > MAX_ASSESSMENT_MINUTES) {
    problems.push({
      file: assessmentFile,
      field: 'scenarios',
      reason: `one attempt takes ${assessmentMinutes} minutes as the build measures it: at most ${MAX_ASSESSMENT_MINUTES}`,
    });
  }
  return problems;
}

/** Scans each content file as written, so the line can be named. */
export function checkStaleWording(files: { path: string; shown: string }[]): ContentProblem[] {
  return files.flatMap(({ path, shown }) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        if (line.trimStart().startsWith('#')) return []; // comments are for editors, not learners
        const found = STALE_WORDING.exec(line);
        return found ? [{ file: shown, field: `line ${i + 1}`, reason: `says "${found[0]}": say only what the course does now` }] : [];
      }),
  );
}
