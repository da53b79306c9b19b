/** What the trackers and the app say to each other: notices for the learner and the interactions reported. */

export interface Notice {
  id: string;
  message: string;
  /** A button beside the message, e.g. "Try saving again". */
  action?: { label: string; run: () => void };
  /** Cannot be dismissed: the learner must keep seeing it (nothing is being recorded). */
  persistent?: boolean;
}

/** One scored decision (or an unscored likert answer of the evaluation), in neutral form; each driver writes its version's format. */
export interface InteractionRecord {
  /** Stable id of [A-Za-z0-9_-]. */
  id: string;
  type: 'choice' | 'sequencing' | 'performance' | 'likert';
  /** Choice ids, one character each (0-9a-z) so SCORM 1.2 can carry them. */
  response: string[];
  /** Empty for an unscored likert answer: there is no correct response, and none is written. */
  correct: string[];
  result: 'correct' | 'wrong' | 'neutral';
  weighting: number;
  latencyMs: number;
  time: Date;
  description: string;
}
