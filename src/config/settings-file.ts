/**
 * The shape of settings.json, the one file an LMS administrator may edit in a package
 * (organisation name, pass mark, support contacts, whether skipped lessons count, whether the
 * course evaluation is offered, local safeguarding contacts, and optionally a logo and a brand
 * colour), defined once: the build writes it from
 * here, the packager describes it from here, and the app reads it against the same field
 * lists, so a field cannot be written that is never read, or read that is never written.
 */
import type { CourseMeta, LocalContact, SupportContact } from '../course/types.ts';

/** Beside index.html; fetched relative to it, since the LMS decides the path. */
export const SETTINGS_FILE = 'settings.json';

export const SETTINGS_FIELDS = ['organisation', 'passMark', 'countSkippedLessons', 'evaluation', 'support', 'localContacts'] as const;
/**
 * Read but not written: the course has no logo or colour of its own to put there, so the
 * shipped file leaves them out and settings-README.txt shows how to add them. The logo's
 * own rules are in src/lib/logo-file.ts, out of the first load.
 */
export const BRAND_FIELDS = ['logo', 'brandColour'] as const;
export const CONTACT_FIELDS = ['id', 'name', 'detail', 'phone', 'hours'] as const;
export const LOCAL_CONTACT_FIELDS = ['id', 'kind', 'name', 'detail', 'phone', 'email', 'url', 'hours'] as const;

/** Copies only the named fields that are set. */
function pick<T extends object>(from: T, keys: readonly string[]): T {
  const copy: Record<string, unknown> = {};
  for (const key of keys) if ((from as Record<string, unknown>)[key] !== undefined) copy[key] = (from as Record<string, unknown>)[key];
  return copy as T;
}

export type CourseSettings = Pick<CourseMeta, (typeof SETTINGS_FIELDS)[number]>;

/** Copies field by field, so nothing else from the course can leak into the file. */
export function settingsOf(course: CourseSettings): CourseSettings {
  return {
    organisation: course.organisation,
    passMark: course.passMark,
    countSkippedLessons: course.countSkippedLessons,
    // Off unless the administrator turns it on: the file says so rather than leaving it out.
    evaluation: course.evaluation ?? false,
    support: course.support.map((c) => pick<SupportContact>(c, CONTACT_FIELDS)),
    // Written even when empty, so an administrator sees where local contacts go.
    localContacts: (course.localContacts ?? []).map((c) => pick<LocalContact>(c, LOCAL_CONTACT_FIELDS)),
  };
}

/** The file's text: pretty-printed, so an administrator can edit it by hand. */
export function settingsJson(settings: CourseSettings): string {
  return `${JSON.stringify(settingsOf(settings), null, 2)}\n`;
}
