/**
 * The shape of settings.json, the one file an LMS administrator may edit in a package
 * (organisation name, pass mark, support contacts, whether skipped lessons count, whether the course evaluation is offered), defined once: the build writes it from
 * here, the packager describes it from here, and the app reads it against the same field
 * lists, so a field cannot be written that is never read, or read that is never written.
 */
import type { CourseMeta, SupportContact } from '../course/types.ts';

/** Beside index.html; fetched relative to it, since the LMS decides the path. */
export const SETTINGS_FILE = 'settings.json';

export const SETTINGS_FIELDS = ['organisation', 'passMark', 'countSkippedLessons', 'evaluation', 'support'] as const;
export const CONTACT_FIELDS = ['id', 'name', 'detail', 'phone', 'hours'] as const;

export type CourseSettings = Pick<CourseMeta, (typeof SETTINGS_FIELDS)[number]>;

/** Copies field by field, so nothing else from the course can leak into the file. */
export function settingsOf(course: CourseSettings): CourseSettings {
  return {
    organisation: course.organisation,
    passMark: course.passMark,
    countSkippedLessons: course.countSkippedLessons,
    // Off unless the administrator turns it on: the file says so rather than leaving it out.
    evaluation: course.evaluation ?? false,
    support: course.support.map((c) => {
      const contact: Partial<Record<keyof SupportContact, string>> = {};
      for (const key of CONTACT_FIELDS) if (c[key] !== undefined) contact[key] = c[key];
      return contact as SupportContact;
    }),
  };
}

/** The file's text: pretty-printed, so an administrator can edit it by hand. */
export function settingsJson(settings: CourseSettings): string {
  return `${JSON.stringify(settingsOf(settings), null, 2)}\n`;
}
