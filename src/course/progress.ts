/**
 * The learner's progress in the words every layer uses: lessons reached and done, where
 * they were, and the assessment's answers and attempts. Saved by state/saved-state.ts,
 * judged by the pure rules in lib/, reported by the trackers.
 */

export type Response = string[];

export interface Answer {
  scenario: string;
  step: string;
  response: Response;
  /** Seconds from showing the decision to answering. */
  seconds: number;
  /** When the learner answered (ms since 1970), for the LMS interaction's time. */
  at?: number;
}

export interface Position {
  scenario: string;
  step: string;
}

export interface AttemptRecord {
  score: number;
  passed: boolean;
}

export interface LessonProgress {
  /** The furthest section reached. */
  at: string;
  done: boolean;
}

export interface Progress {
  lessons: Record<string, LessonProgress>;
  /** Where the learner was last: "continue where you left off". */
  position?: { lesson: string; section: string };
  /** Lessons the learner chose "Skip for now" on, at their content note, and has not finished since. */
  skipped?: string[];
  quiz?: QuizProgress;
  /** The optional course evaluation (when the administrator turns it on), once answered. */
  evaluation?: EvaluationProgress;
}

/**
 * The learner's answers to the course evaluation, 1-5 by question id (lib/evaluation.ts),
 * kept in the saved state: in the web edition this is the only place they live (the
 * learner's record reads them here); in an LMS, `sent` says a Commit took them as likert
 * interactions, so they are never sent twice (SCORM 1.2 interactions cannot be read back).
 */
export interface EvaluationProgress {
  answers: Record<string, number>;
  sent: boolean;
}

/** The final assessment: every attempt's result, and the answers that matter. */
export interface QuizProgress {
  records: AttemptRecord[];
  /** The attempt under way. */
  answers: Answer[];
  /** The answers of the attempt whose result counts: reviewed and reported to the LMS. */
  counted: Answer[];
  /** The step on screen, so a closed window resumes there. */
  at?: Position;
  /** The counted attempt's answers have reached the LMS. */
  reported: boolean;
  /** With question banks: the scenarios drawn for the attempt under way, and for the counted one. */
  drawn?: string[];
  countedDrawn?: string[];
  /**
   * When the counted attempt ended (ms since 1970, to the second). Kept because the
   * counted answers lose their times once reported, and a certificate printed days later
   * must still say when the course was completed.
   */
  countedAt?: number;
}
