/**
 * The one interface between the course and wherever progress is kept. Features never
 * save directly: the store's persistence subscriber calls save(), and the app calls
 * start() and finish(). Drivers: browser storage (no LMS) now; SCORM 1.2 and 2004
 * drivers implement the same interface.
 */

export interface Notice {
  id: string;
  message: string;
}

export interface StartResult {
  /** The saved state as last written, or null for a first visit. */
  saved: string | null;
  notices: Notice[];
}

/** A summary alongside the saved state, for drivers that report it separately (an LMS). */
export interface SaveSummary {
  /** Where the learner is, as "lessonId/sectionId". */
  location?: string;
  /** Share of required lessons done, 0 to 1. */
  progressMeasure: number;
  complete: boolean;
}

export interface ResultReport {
  /** Score 0-100, or undefined while nothing may be reported yet. */
  score?: number;
  passed?: boolean;
  complete: boolean;
}

export interface Tracker {
  readonly kind: 'browser' | 'scorm12' | 'scorm2004';
  start(): StartResult;
  save(state: string, summary: SaveSummary): void;
  /** Put aside a saved value that could not be read, before anything overwrites it. */
  keepUnreadable(state: string): void;
  reportResult(result: ResultReport): void;
  finish(): void;
}
