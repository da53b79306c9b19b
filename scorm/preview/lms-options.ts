/**
 * The preview LMS's settings: which SCORM version it hosts, what it hands the course at
 * launch (mode, credit, pass mark) and which misbehaviours it simulates. Parsing is
 * tolerant, field by field, because the settings come back from localStorage, where an
 * older or hand-edited copy must not stop the page from starting.
 */
import { SCORM_VERSIONS, type ScormVersion } from '../../src/config/scorm-versions.ts';

export type { ScormVersion };
export type LessonMode = 'normal' | 'review' | 'browse';
export type Credit = 'credit' | 'no-credit';

export interface LmsOptions {
  version: ScormVersion;
  /** Do not expose any API object: the course must run stand-alone. */
  noApi: boolean;
  /** Commit, and SetValue of suspend_data, return "false"; nothing is saved. */
  commitFails: boolean;
  /** Initialize returns "false". */
  initializeFails: boolean;
  /** Every data call blocks the page for SLOW_CALL_MS, like a synchronous XHR. */
  slow: boolean;
  /** Commit blocks the page for SLOW_COMMIT_MS, as a slow server does. */
  slowCommit: boolean;
  /** GetValue answers `undefined` (not a string), as a broken LMS adapter does. */
  getValueUndefined: boolean;
  /**
   * As the Open edX SCORM player: GetValue answers "" for every value the player has not
   * stored (status, entry, counts, scores; only suspend data, location, the learner's id
   * and name, and what the course set in this session are stored), and no call ever
   * reports an error code.
   */
  emptyUnset: boolean;
  /** Every call (Initialize, GetValue, SetValue, Commit, Finish) answers "false". */
  everyCallFalse: boolean;
  /** SCORM 1.2 cmi.student_data.mastery_score, 0 to 100, or '' for none. */
  masteryScore: string;
  /** SCORM 2004 cmi.scaled_passing_score, 0 to 1, or '' for none. */
  passingScore: string;
  mode: LessonMode;
  credit: Credit;
}

export const SLOW_CALL_MS = 300;
export const SLOW_COMMIT_MS = 3000;

export const DEFAULT_OPTIONS: LmsOptions = {
  version: 'scorm12',
  noApi: false,
  commitFails: false,
  initializeFails: false,
  slow: false,
  slowCommit: false,
  getValueUndefined: false,
  emptyUnset: false,
  everyCallFalse: false,
  masteryScore: '',
  passingScore: '',
  mode: 'normal',
  credit: 'credit',
};

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** A score as the LMS would store it ('' when blank), or null when it is not a number in range. */
export function parseScore(value: unknown, min: number, max: number): string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null) return null;
  if (text === '') return '';
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? String(n) : null;
}

export function parseOptions(raw: unknown): LmsOptions {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof LmsOptions) => (typeof o[key] === 'boolean' ? (o[key] as boolean) : (DEFAULT_OPTIONS[key] as boolean));
  return {
    version: oneOf(o.version, SCORM_VERSIONS, DEFAULT_OPTIONS.version),
    noApi: flag('noApi'),
    commitFails: flag('commitFails'),
    initializeFails: flag('initializeFails'),
    slow: flag('slow'),
    slowCommit: flag('slowCommit'),
    getValueUndefined: flag('getValueUndefined'),
    emptyUnset: flag('emptyUnset'),
    everyCallFalse: flag('everyCallFalse'),
    masteryScore: parseScore(o.masteryScore, 0, 100) ?? DEFAULT_OPTIONS.masteryScore,
    passingScore: parseScore(o.passingScore, 0, 1) ?? DEFAULT_OPTIONS.passingScore,
    mode: oneOf(o.mode, ['normal', 'review', 'browse'] as const, DEFAULT_OPTIONS.mode),
    credit: oneOf(o.credit, ['credit', 'no-credit'] as const, DEFAULT_OPTIONS.credit),
  };
}
