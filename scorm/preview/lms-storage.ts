/**
 * What the preview LMS keeps between page loads, as a real LMS keeps it on its server:
 * one record per SCORM version (the committed CMI data of the learner's current attempt)
 * and the settings. Keys start with "preview-lms:" so they never mix with the course's
 * own keys in the same origin's localStorage. Every access is guarded: storage can be
 * blocked, and then the LMS simply forgets on reload.
 */
import { parseOptions, type LmsOptions, type ScormVersion } from './lms-options.ts';

/** Output of the API's renderCMIToJSONObject(): `{ cmi: { ... } }`. */
export type CmiJson = { cmi: Record<string, unknown> };

export interface AttemptRecord {
  format: 1;
  version: ScormVersion;
  /** The attempt the stored data belongs to, from 1. */
  attempt: number;
  cmi: CmiJson;
  /** Total time including the saved session's session_time (1.2 HH:MM:SS, 2004 ISO 8601). */
  totalTime: string;
  /** Whether the saved session ended with LMSFinish/Terminate (or only committed). */
  finished: boolean;
  savedAt: string;
}

const OPTIONS_KEY = 'preview-lms:v1:options';
const recordKey = (version: ScormVersion) => `preview-lms:v1:attempt:${version}`;

function read(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

export const loadOptions = (): LmsOptions => parseOptions(read(OPTIONS_KEY));
export const saveOptions = (options: LmsOptions): boolean => write(OPTIONS_KEY, options);

/** The stored attempt, or null when there is none or it is not a shape this page wrote. */
export function loadRecord(version: ScormVersion): AttemptRecord | null {
  const r = read(recordKey(version)) as Partial<AttemptRecord> | null;
  const valid =
    r !== null &&
    typeof r === 'object' &&
    r.format === 1 &&
    r.version === version &&
    typeof r.attempt === 'number' &&
    typeof r.totalTime === 'string' &&
    typeof r.cmi?.cmi === 'object' &&
    r.cmi.cmi !== null;
  return valid ? (r as AttemptRecord) : null;
}

export const saveRecord = (record: AttemptRecord): boolean => write(recordKey(record.version), record);

export function clearRecords(): void {
  remove(recordKey('scorm12'));
  remove(recordKey('scorm2004'));
}
