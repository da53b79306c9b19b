/**
 * The learner's private record on this device: answers to lessons' reflection questions,
 * the notes under the CPD headings, and the dates studied. Free text may hold details of
 * real families, so it lives here and only here: in browser storage under its own key
 * (by course and learner, as the saved state is), never in the saved state, the LMS or any
 * request. Where storage is blocked it lives in memory for this window, and `persistent`
 * says so. One store per course and learner, shared by every screen that shows it.
 *
 * Small API for other features: read(), writeAnswer(), writeNote(), clear(), subscribe().
 */
import { openStorage, type KeyValueStore } from './safe-storage.ts';
import { recordKey } from './storage-keys.ts';

/** The three CPD headings the learner can write under on My record. */
export type NoteKey = 'learnt' | 'change' | 'discuss';

export interface LearnerRecord {
  /** lesson id -> reflection question id -> answer. */
  answers: Record<string, Record<string, string>>;
  notes: Partial<Record<NoteKey, string>>;
  /** Dates studied, as yyyy-mm-dd in the learner's time zone. */
  first?: string;
  last?: string;
}

export interface LearnerRecordStore {
  read(): LearnerRecord;
  /** Each write returns false when it was kept in memory only (storage blocked or full). */
  writeAnswer(lessonId: string, questionId: string, text: string): boolean;
  writeNote(key: NoteKey, text: string): boolean;
  /** Widens the dates studied to include `day`. */
  noteStudy(day: string): boolean;
  /** Replaces the whole record (a merged progress file); callers merge first, never drop. */
  replace(record: LearnerRecord): boolean;
  /** Deletes the record from this device. */
  clear(): boolean;
  readonly persistent: boolean;
  subscribe(listener: () => void): () => void;
}

export const emptyRecord = (): LearnerRecord => ({ answers: {}, notes: {} });

const isTextMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A record from storage or from a file, or undefined when its shape is not one. */
export function readRecordShape(value: unknown): LearnerRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const answers = v.answers ?? {};
  const notes = v.notes ?? {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers) || !Object.values(answers).every(isTextMap))
    return undefined;
  if (!isTextMap(notes) || !Object.keys(notes).every((k) => k === 'learnt' || k === 'change' || k === 'discuss')) return undefined;
  const record: LearnerRecord = { answers: answers as LearnerRecord['answers'], notes };
  for (const k of ['first', 'last'] as const) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string' || !DAY.test(v[k])) return undefined;
    record[k] = v[k];
  }
  return record;
}

export function openLearnerRecord(courseId: string, learner: string, storage: KeyValueStore = openStorage()): LearnerRecordStore {
  const key = recordKey(courseId, learner);
  const listeners = new Set<() => void>();
  let cached: LearnerRecord | undefined;
  const load = (): LearnerRecord => {
    if (cached) return cached;
    try {
      const raw = storage.get(key);
      cached = (raw && readRecordShape(JSON.parse(raw))) || emptyRecord();
    } catch {
      cached = emptyRecord();
    }
    return cached;
  };
  const put = (next: LearnerRecord): boolean => {
    cached = next;
    const kept = storage.set(key, JSON.stringify(next));
    for (const l of listeners) l();
    return kept;
  };
  return {
    read: load,
    writeAnswer(lessonId, questionId, text) {
      const r = load();
      const lesson = { ...r.answers[lessonId], [questionId]: text };
      if (!text) delete lesson[questionId];
      const answers = { ...r.answers, [lessonId]: lesson };
      if (Object.keys(lesson).length === 0) delete answers[lessonId];
      return put({ ...r, answers });
    },
    writeNote(k, text) {
      const r = load();
      const notes = { ...r.notes, [k]: text };
      if (!text) delete notes[k];
      return put({ ...r, notes });
    },
    noteStudy(day) {
      const r = load();
      const first = !r.first || day < r.first ? day : r.first;
      const last = !r.last || day > r.last ? day : r.last;
      if (first === r.first && last === r.last) return storage.persistent;
      return put({ ...r, first, last });
    },
    replace: (record) => put(record),
    clear() {
      cached = emptyRecord();
      const removed = storage.remove ? storage.remove(key) : storage.set(key, JSON.stringify(cached));
      for (const l of listeners) l();
      return removed;
    },
    get persistent() {
      return storage.persistent;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const open = new Map<string, LearnerRecordStore>();

/** The one store for this course and learner in this window (memory survives while the window is open). */
export function learnerRecordFor(courseId: string, learner: string): LearnerRecordStore {
  const id = recordKey(courseId, learner);
  let store = open.get(id);
  if (!store) {
    store = openLearnerRecord(courseId, learner);
    open.set(id, store);
  }
  return store;
}

/** Today as yyyy-mm-dd in the learner's own time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** For tests: forget the stores opened in this window, as a new window would. */
export function forgetLearnerRecords(): void {
  open.clear();
}
