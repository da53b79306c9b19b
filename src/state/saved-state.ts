/**
 * The saved-state format: what a learner's progress looks like when it leaves the app
 * (browser storage now, LMS suspend_data later). Versioned and keyed by the content's
 * stable ids, so a course update keeps what still exists and drops the rest, and a
 * corrupt, old or foreign value is recognised instead of crashing the app.
 */
import type { CourseMeta } from '../course/types.ts';

export const STATE_VERSION = 1;

export interface LessonProgress {
  /** The furthest section reached. */
  at: string;
  done: boolean;
}

export interface Progress {
  lessons: Record<string, LessonProgress>;
  /** Where the learner was last: "continue where you left off". */
  position?: { lesson: string; section: string };
}

export const emptyProgress = (): Progress => ({ lessons: {} });

/** Compact on purpose: SCORM 1.2 gives the whole course 4,096 characters. */
interface Wire {
  v: number;
  c: string;
  /** lesson id -> [furthest section id, 1 when done] */
  l: Record<string, [string, 0 | 1]>;
  p?: [string, string];
}

export function encodeProgress(courseId: string, progress: Progress): string {
  const wire: Wire = {
    v: STATE_VERSION,
    c: courseId,
    l: Object.fromEntries(Object.entries(progress.lessons).map(([id, l]) => [id, [l.at, l.done ? 1 : 0]])),
  };
  if (progress.position) wire.p = [progress.position.lesson, progress.position.section];
  return JSON.stringify(wire);
}

export type DecodeResult =
  | { ok: true; progress: Progress; dropped: number }
  | { ok: false; reason: 'corrupt' | 'foreign' | 'newer' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decodeProgress(raw: string, course: Pick<CourseMeta, 'id' | 'lessons'>): DecodeResult {
  let wire: unknown;
  try {
    wire = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isObject(wire) || typeof wire.v !== 'number' || !isObject(wire.l)) return { ok: false, reason: 'corrupt' };
  if (wire.c !== course.id) return { ok: false, reason: 'foreign' };
  if (wire.v > STATE_VERSION) return { ok: false, reason: 'newer' };
  // Version 1 is the only version so far; a future version migrates older shapes here.

  const sectionsOf = new Map(course.lessons.map((l) => [l.id, new Set(l.sections.map((s) => s.id))]));
  const progress = emptyProgress();
  let dropped = 0;
  for (const [id, value] of Object.entries(wire.l)) {
    const sections = sectionsOf.get(id);
    if (!sections || !Array.isArray(value) || typeof value[0] !== 'string') {
      dropped++;
      continue;
    }
    const lesson = course.lessons.find((l) => l.id === id)!;
    // A section removed by an update: fall back to the lesson's first section.
    const at = sections.has(value[0]) ? value[0] : lesson.sections[0].id;
    progress.lessons[id] = { at, done: value[1] === 1 };
  }
  const p = wire.p;
  if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string' && sectionsOf.get(p[0])?.has(p[1])) {
    progress.position = { lesson: p[0], section: p[1] };
  }
  return { ok: true, progress, dropped };
}
