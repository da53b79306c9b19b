/** What the course reports to wherever progress is kept: completion, pass/fail and score. */

export interface Outcome {
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
  /** 0-100, present only when final. */
  score?: number;
}
