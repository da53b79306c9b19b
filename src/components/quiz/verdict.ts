/** The words for how right an answer was, said after every decision. */
export function verdictFor(credit: number): string {
  if (credit >= 1) return 'Right.';
  if (credit > 0) return 'Partly right. See the feedback beside each answer.';
  return 'Not quite. See the feedback beside each answer.';
}
