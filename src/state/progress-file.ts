/**
 * The progress file of the web edition: progress and the private record saved to a file
 * the learner keeps, and loaded back later or on another device. Without an LMS, browser
 * storage is all there is, and browsers evict it and shared PCs wipe it. A loaded file is
 * checked (size, shape, course, version) before anything changes; its saved state goes
 * through the same decoder and migrations as any saved state; and it is merged with what
 * is here by the two-tabs rule (lib/progress-rules.ts), never put in its place.
 */
import type { CourseMeta } from '../course/types.ts';
import type { Progress } from '../course/progress.ts';
import { mergeProgress } from '../lib/progress-rules.ts';
import { readRecordShape, type LearnerRecord, type LearnerRecordStore } from '../tracking/learner-record.ts';
import { decodeProgress, encodeProgress } from './saved-state.ts';
import { useStore } from './store.ts';

export const FILE_FORMAT = 'learning-from-reviews-progress';
/** The file's own layout; the saved state inside carries its own version (STATE_VERSION). */
export const FILE_VERSION = 1;
/** Far above any real file (the saved state fits 4,096 characters; reflections are short). */
export const MAX_FILE_BYTES = 512 * 1024;

export type FileProblem = 'oversized' | 'damaged' | 'shape' | 'foreign' | 'newer';

export const FILE_PROBLEMS: Record<FileProblem, string> = {
  oversized: 'This file is too large to be a progress file of this course, so it was not loaded. Nothing has changed.',
  damaged: 'This file is damaged or incomplete, so it could not be read. Nothing has changed.',
  shape: 'This is not a progress file of this course, so it was not loaded. Nothing has changed.',
  foreign: 'This progress file belongs to a different course, so it was not loaded. Nothing has changed.',
  newer: 'This progress file was saved by a newer version of the course, so this version cannot read it. Nothing has changed.',
};

export type ReadFile = { ok: true; progress: Progress; record: LearnerRecord } | { ok: false; reason: FileProblem };

export function makeProgressFile(
  course: Pick<CourseMeta, 'id' | 'version' | 'title'>,
  progress: Progress,
  record: LearnerRecord,
  now = new Date(),
): string {
  return JSON.stringify(
    {
      format: FILE_FORMAT,
      fileVersion: FILE_VERSION,
      course: course.id,
      courseTitle: course.title,
      courseVersion: course.version,
      savedAt: now.toISOString(),
      progress: encodeProgress(course.id, progress),
      record,
    },
    null,
    2,
  );
}

export function readProgressFile(course: Pick<CourseMeta, 'id' | 'lessons'>, text: string, bytes = new Blob([text]).size): ReadFile {
  if (bytes > MAX_FILE_BYTES) return { ok: false, reason: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT)
    return { ok: false, reason: 'shape' };
  const file = data as Record<string, unknown>;
  if (typeof file.fileVersion !== 'number' || typeof file.course !== 'string' || typeof file.progress !== 'string')
    return { ok: false, reason: 'shape' };
  if (file.fileVersion > FILE_VERSION) return { ok: false, reason: 'newer' };
  if (file.course !== course.id) return { ok: false, reason: 'foreign' };
  const record = readRecordShape(file.record ?? {});
  if (!record) return { ok: false, reason: 'shape' };
  const decoded = decodeProgress(file.progress, course);
  if (!decoded.ok) return { ok: false, reason: decoded.reason === 'corrupt' ? 'damaged' : decoded.reason };
  return { ok: true, progress: decoded.progress, record };
}

/** Both records, nothing lost: where both hold a different answer to one question, both are kept. */
export function mergeRecords(here: LearnerRecord, loaded: LearnerRecord): LearnerRecord {
  const both = (a: string | undefined, b: string | undefined) => (!a ? b : !b || a === b || a.includes(b) ? a : `${a}\n\n${b}`);
  const answers: LearnerRecord['answers'] = { ...here.answers };
  for (const [lesson, list] of Object.entries(loaded.answers)) {
    const merged = { ...answers[lesson] };
    for (const [q, text] of Object.entries(list)) {
      const value = both(merged[q], text);
      if (value) merged[q] = value;
    }
    answers[lesson] = merged;
  }
  const notes: LearnerRecord['notes'] = { ...here.notes };
  for (const key of ['learnt', 'change', 'discuss'] as const) {
    const value = both(here.notes[key], loaded.notes[key]);
    if (value) notes[key] = value;
  }
  const pick = (a: string | undefined, b: string | undefined, earlier: boolean) => (!a ? b : !b ? a : a < b === earlier ? a : b);
  const first = pick(here.first, loaded.first, true);
  const last = pick(here.last, loaded.last, false);
  return { answers, notes, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/**
 * Loads a file into this session: on success progress and the record are merged in (the
 * file taken as the newer record, as another tab's save is); on any problem nothing changes.
 */
export function loadProgressFile(
  course: CourseMeta,
  text: string,
  record: LearnerRecordStore,
  bytes?: number,
): { ok: true } | { ok: false; reason: FileProblem } {
  const file = readProgressFile(course, text, bytes);
  if (!file.ok) return file;
  const { progress } = useStore.getState();
  useStore.setState({ progress: mergeProgress(course, progress, file.progress) });
  record.replace(mergeRecords(record.read(), file.record));
  return { ok: true };
}
