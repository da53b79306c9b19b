/** The words for how right an answer was, said after every decision. */
export function verdictFor(credit: number): string {
  if (credit >= 1) return 'Right.';
  if (credit > 0) return 'Partly right. See the feedback beside each answer.';
  return 'Not quite. See the feedback beside each answer.';
}

/** The same judgement in a word or two, for a path or a review where the feedback is elsewhere. */
export function shortVerdict(credit: number): 'Right' | 'Partly right' | 'Not the best answer' {
  if (credit >= 1) return 'Right';
  if (credit > 0) return 'Partly right';
  return 'Not the best answer';
}
