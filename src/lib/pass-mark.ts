/**
 * The one rule for a valid pass mark, used by the content build, the settings reader, the
 * manifest writers and the LMS mastery-score conversion, so they can never disagree.
 * A score is a whole percentage (scoreAttempt rounds it), so a pass mark is a whole number
 * from 1 to 100: 0 would pass everyone, and a fraction would silently mean the next number up.
 * Pure and dependency-free: imported by Node build code and by the browser alike.
 */

export const PASS_MARK_MIN = 1;
export const PASS_MARK_MAX = 100;

/** The rule in words, for the messages that refuse a pass mark. */
export const PASS_MARK_RULE = `a whole number from ${PASS_MARK_MIN} to ${PASS_MARK_MAX}`;

export function isPassMark(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PASS_MARK_MIN && value <= PASS_MARK_MAX;
}

/**
 * An LMS's mastery score as a percentage (SCORM 1.2 mastery_score may carry a fraction,
 * and a 2004 scaled passing score times 100 does) turned into a pass mark. The LMS passes
 * a learner at score >= mastery, and scores are whole numbers, so a fraction rounds UP
 * (75.2 means 76, never 75). The small tolerance absorbs binary noise such as
 * 0.57 * 100 = 56.99999999999999. Anything that is no usable pass mark (blank, 0, negative,
 * over 100, not a number) gives undefined: the course's own pass mark then stands.
 */
export function passMarkFromPercent(percent: number): number | undefined {
  if (!Number.isFinite(percent) || percent <= 0 || percent > PASS_MARK_MAX) return undefined;
  const mark = Math.max(PASS_MARK_MIN, Math.ceil(percent - 1e-9));
  return isPassMark(mark) ? mark : undefined;
}

/** A SCORM 2004 scaled passing score (0 to 1) as a pass mark; see passMarkFromPercent. */
export function passMarkFromScaled(scaled: number): number | undefined {
  if (!Number.isFinite(scaled) || scaled <= 0 || scaled > 1) return undefined;
  return passMarkFromPercent(scaled * 100);
}
