/**
 * Guards on what an interaction may carry, so no LMS refuses one: ids of [A-Za-z0-9_-]
 * (the SCORM 1.2 CMIIdentifier, and URI-safe for 2004), at most 255 characters, and in
 * SCORM 1.2 choice and sequencing responses of one character 0-9a-z each.
 */
import type { ScormVersion } from '../../src/config/scorm-versions.ts';
import type { InteractionRecord } from '../../src/course/tracking.ts';

const ID = /^[A-Za-z0-9_-]{1,255}$/;
const CHOICE_12 = /^[0-9a-z]$/;

/** Why an interaction cannot be sent as it is, or undefined when it can. */
export function interactionProblem(item: InteractionRecord, version: ScormVersion): string | undefined {
  if (!ID.test(item.id)) return `interaction id "${item.id}" must be 1-255 characters of A-Z, a-z, 0-9, _ and -`;
  if (version === 'scorm12' && item.type !== 'performance') {
    const bad = [...item.response, ...item.correct].find((c) => !CHOICE_12.test(c));
    if (bad !== undefined) return `SCORM 1.2 ${item.type} responses need one character 0-9 or a-z each, not "${bad}"`;
  }
  return undefined;
}
