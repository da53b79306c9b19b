/**
 * The SCORM driver's own fields inside the saved state (the course's wire format is in
 * state/saved-state.ts, which ignores them): kept here, beside the drivers, so the SCORM
 * runtime needs nothing from the store's layer.
 */

/**
 * What the SCORM driver carries in the saved state for itself: a save counter, so the next
 * launch can tell whether the LMS holds the latest save or an older one (an LMS's "true"
 * is not proof that the data arrived), and the next interaction index, for LMSs that do
 * not answer cmi.interactions._count. Both are optional: a v1 string without them is valid.
 */
export interface TrackingFields {
  saves?: number;
  nextInteraction?: number;
}

const TRACKING = /;([sn]):(\d{1,9})(?=;|$)/g;

export function trackingFields(raw: string): TrackingFields {
  const found: TrackingFields = {};
  for (const [, key, value] of raw.matchAll(TRACKING)) {
    if (key === 's') found.saves = Number(value);
    else found.nextInteraction = Number(value);
  }
  return found;
}

/** The saved state without the driver's fields, as the course wrote it. */
export const withoutTrackingFields = (raw: string) => raw.replace(TRACKING, '');

export function withTrackingFields(raw: string, fields: Required<TrackingFields>): string {
  return `${withoutTrackingFields(raw)};s:${fields.saves};n:${fields.nextInteraction}`;
}
