/**
 * Pure rules about progress: a lesson's status, the course's progress and completion,
 * and where "continue" goes. Shared by the app, the LMS reporting and the tests.
 */
import type { CourseMeta, LessonSummary } from '../course/types.ts';
import type { AttemptRecord, LessonProgress, Progress, QuizProgress } from '../course/progress.ts';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return 'not-started';
  return progress.done ? 'done' : 'in-progress';
}

/** A lesson is done when its last section is reached. */
export function reachSection(
  lesson: Pick<LessonSummary, 'sections'>,
  previous: LessonProgress | undefined,
  sectionId: string,
): LessonProgress {
  const index = (id: string) => lesson.sections.findIndex((s) => s.id === id);
  const furthest = previous && index(previous.at) > index(sectionId) ? previous.at : sectionId;
  const done = previous?.done === true || index(sectionId) === lesson.sections.length - 1;
  return { at: furthest, done };
}

export interface CourseProgress {
  /** Required lessons finished. */
  done: number;
  /** Required lessons skipped on their content note and not finished since. */
  skipped: number;
  /** Done, with skipped lessons where the course counts them (countSkippedLessons). */
  counted: number;
  required: number;
  /** Of the counted lessons. */
  percent: number;
  complete: boolean;
}

type CountsSkipped = Partial<Pick<CourseMeta, 'countSkippedLessons'>>;

/** A lesson the learner chose "Skip for now" on, and has not finished since. */
export const isSkipped = (progress: Progress, lessonId: string): boolean =>
  progress.skipped?.includes(lessonId) === true && !progress.lessons[lessonId]?.done;

/** Whether a lesson counts towards finishing the lessons: done, or skipped where the course says skipped lessons count. */
export const lessonCounts = (course: CountsSkipped, progress: Progress, lessonId: string): boolean =>
  progress.lessons[lessonId]?.done === true || (course.countSkippedLessons === true && isSkipped(progress, lessonId));

/** Optional lessons count towards neither the total nor completion. */
export function courseProgress(course: Pick<CourseMeta, 'lessons'> & CountsSkipped, progress: Progress): CourseProgress {
  const required = course.lessons.filter((l) => !l.optional);
  const done = required.filter((l) => progress.lessons[l.id]?.done).length;
  const skipped = required.filter((l) => isSkipped(progress, l.id)).length;
  const counted = required.filter((l) => lessonCounts(course, progress, l.id)).length;
  const percent = required.length === 0 ? 100 : Math.round((counted / required.length) * 100);
  return { done, skipped, counted, required: required.length, percent, complete: counted === required.length };
}

/** Required lessons that still hold up finishing the lessons, in course order. */
export function lessonsToDo(course: Pick<CourseMeta, 'lessons'> & CountsSkipped, progress: Progress): LessonSummary[] {
  return course.lessons.filter((l) => !l.optional && !lessonCounts(course, progress, l.id));
}

/**
 * Where "continue where you left off" goes: the last place, or the first unfinished lesson
 * the learner did not choose to skip; skipped lessons only when nothing else is left.
 */
export function resumeTarget(course: Pick<CourseMeta, 'lessons'>, progress: Progress): { lesson: string; section?: string } | undefined {
  const { position } = progress;
  if (position && !progress.lessons[position.lesson]?.done && !isSkipped(progress, position.lesson)) return position;
  const unfinished = course.lessons.filter((l) => !l.optional && !progress.lessons[l.id]?.done);
  const next = unfinished.find((l) => !isSkipped(progress, l.id)) ?? unfinished[0];
  if (next) return { lesson: next.id, section: progress.lessons[next.id]?.at };
  return position;
}

/**
 * Two records of the same learner's progress combined without losing anything (two tabs
 * of the web edition, or a device copy beside the LMS's): a lesson done in either is
 * done, the furthest section wins, the newer record's position. Applying it again with
 * either record changes nothing, so two tabs that keep merging each other's saves settle.
 */
export function mergeProgress(course: Pick<CourseMeta, 'lessons'>, older: Progress, newer: Progress): Progress {
  const lessons: Progress['lessons'] = { ...older.lessons };
  for (const [id, b] of Object.entries(newer.lessons)) {
    const a = lessons[id];
    const summary = course.lessons.find((l) => l.id === id);
    if (!a || !summary) {
      lessons[id] = b;
      continue;
    }
    const index = (s: string) => summary.sections.findIndex((x) => x.id === s);
    lessons[id] = { at: index(b.at) >= index(a.at) ? b.at : a.at, done: a.done || b.done };
  }
  const position = newer.position ?? older.position;
  // Skipped in either and finished in neither: a skip is kept until the lesson is done.
  const skipped = [...new Set([...(older.skipped ?? []), ...(newer.skipped ?? [])])].filter((id) => !lessons[id]?.done);
  const quiz = mergeQuiz(older.quiz, newer.quiz);
  // Answered once: a record whose answers an LMS took wins, so they are never sent twice.
  const evaluation = older.evaluation?.sent && !newer.evaluation?.sent ? older.evaluation : (newer.evaluation ?? older.evaluation);
  return {
    lessons,
    ...(position ? { position } : {}),
    ...(skipped.length ? { skipped } : {}),
    ...(quiz ? { quiz } : {}),
    ...(evaluation ? { evaluation } : {}),
  };
}

/**
 * Results are the union of both records, and the answers that count go with the better
 * result. The attempt under way is taken whole from the newer record, never mixed answer
 * by answer: half of one attempt and half of another is an attempt nobody made.
 */
function mergeQuiz(older: QuizProgress | undefined, newer: QuizProgress | undefined): QuizProgress | undefined {
  if (!older || !newer) return newer ?? older;
  const records = unionOfRecords(older.records, newer.records);
  const counted = betterResult(older.records, newer.records) === 'older' ? older : newer;
  const quiz: QuizProgress = {
    records,
    answers: newer.answers,
    counted: counted.counted,
    reported: counted.reported,
    ...(newer.at ? { at: newer.at } : {}),
    ...(newer.drawn ? { drawn: newer.drawn } : {}),
    ...(counted.countedDrawn ? { countedDrawn: counted.countedDrawn } : {}),
    ...(counted.countedAt ? { countedAt: counted.countedAt } : {}),
  };
  return quiz;
}

const sameRecord = (a: AttemptRecord, b: AttemptRecord) => a.score === b.score && a.passed === b.passed;
/** Above zero when a is the better result: a pass beats a fail, then the higher score. */
const better = (a: AttemptRecord, b: AttemptRecord) => Number(a.passed) - Number(b.passed) || a.score - b.score;
/** Fails from worst to best, then passes from best to worst: the best fail is last, the best pass first. */
const countingOrder = (a: AttemptRecord, b: AttemptRecord) =>
  a.passed !== b.passed ? Number(a.passed) - Number(b.passed) : a.passed ? b.score - a.score : a.score - b.score;

/**
 * Records carry no identity, so the history both records share (their common start) is
 * kept once, and after it each result is kept as often as the record with more of it
 * holds it. The rest is ordered so that whichever rule picks the result that counts (the
 * best, the last, or the first pass) picks the best when both tabs added attempts.
 */
export function unionOfRecords(a: AttemptRecord[], b: AttemptRecord[]): AttemptRecord[] {
  let shared = 0;
  while (shared < a.length && shared < b.length && sameRecord(a[shared], b[shared])) shared++;
  const restA = a.slice(shared);
  const restB = [...b.slice(shared)];
  const extra: AttemptRecord[] = [];
  for (const r of restA) {
    const match = restB.findIndex((x) => sameRecord(x, r));
    if (match >= 0) restB.splice(match, 1);
    extra.push(r);
  }
  extra.push(...restB);
  return [...a.slice(0, shared), ...extra.sort(countingOrder)];
}

/** Which record holds the better result: a pass beats a fail, then the higher score; a tie goes to the newer. */
function betterResult(older: AttemptRecord[], newer: AttemptRecord[]): 'older' | 'newer' {
  const best = (records: AttemptRecord[]) => (records.length ? records.reduce((x, r) => (better(r, x) > 0 ? r : x)) : undefined);
  const a = best(older);
  const b = best(newer);
  if (!a) return 'newer';
  if (!b) return 'older';
  return better(a, b) > 0 ? 'older' : 'newer';
}
