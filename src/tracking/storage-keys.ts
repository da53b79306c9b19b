/**
 * Every key this course uses in the browser's localStorage, in one place, so two drivers
 * never write to the same key by accident and a rename happens once. Keys carry the
 * course id and the learner, so two courses or two learners on one shared PC never mix.
 */
const PREFIX = 'learning-from-reviews';

/** The web edition's saved progress (the browser tracker). */
export const storageKey = (courseId: string, learnerId: string) => `${PREFIX}:${courseId}:${learnerId}`;

/** A saved value that could not be read, put aside before anything overwrites it (web edition). */
export const unreadableKey = (courseId: string, learnerId: string) => `${storageKey(courseId, learnerId)}:unreadable`;

/** The SCORM driver's copy of what it asked the LMS to save, per LMS learner. */
export const lmsCopyKey = (courseId: string, learnerId: string) => `${PREFIX}:${courseId}:lms:${learnerId || 'unknown'}`;

/** A saved value from the LMS that could not be read, put aside (SCORM packages), per LMS learner. */
export const lmsUnreadableKey = (courseId: string, learnerId: string) => `${PREFIX}:${courseId}:lms-unreadable:${learnerId || 'unknown'}`;

/**
 * The last LMS learner whose launch worked on this device. A copy made while the LMS could
 * not name the learner records it, and only that learner's next launch takes it over.
 */
export const lmsLastLearnerKey = (courseId: string) => `${PREFIX}:${courseId}:lms-last-learner`;

/**
 * The learner's private record (reflections, CPD notes, dates studied): on this device only,
 * never in the saved state. `learner` is "web" for the web edition or "lms-<LMS learner id>".
 */
export const recordKey = (courseId: string, learner: string) => `${PREFIX}:${courseId}:record:${learner}`;
