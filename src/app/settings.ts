/**
 * Reads the package's settings file (settings.json beside index.html), which an LMS
 * administrator may edit before uploading: organisation name, support contacts, the
 * default pass mark, whether a lesson skipped on its content note counts, whether the
 * optional course evaluation is offered, local safeguarding contacts, and a logo and brand
 * colour (src/app/brand-settings.ts). Checked by hand rather than with a schema library, to
 * keep the first load small. Each field is judged on its own: a wrong or unsafe value is named in the
 * console and replaced by the course's own (safe) value for that field, and the rest of the
 * file still applies. A missing file means the course's own defaults.
 */
import { BRAND_FIELDS, CONTACT_FIELDS, SETTINGS_FILE, SETTINGS_FIELDS } from '../config/settings-file.ts';
import type { CourseMeta, LocalContact, SupportContact } from '../course/types.ts';
import type { Notice } from '../course/tracking.ts';
import { PASS_MARK_RULE, isPassMark } from '../lib/pass-mark.ts';
import { PHONE_RULE, isPhoneNumber } from '../lib/safe-text.ts';
import { textProblem, unknownFields, type SettingsReport } from './settings-checks.ts';

export interface AppliedSettings extends SettingsReport {
  course: CourseMeta;
}

/** src/app/local-contacts-settings.ts, which loads only when the file lists local contacts (the shipped one lists none). */
export type LocalContactsReader = (v: unknown, out: SettingsReport) => LocalContact[] | undefined;

/** True when settings.json lists local contacts, or something wrong in their place: the reader is needed. */
export const needsLocalContactsReader = (raw: unknown) => {
  const v = (raw as { localContacts?: unknown } | null)?.localContacts;
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
};

/** One contact: a required field that is wrong drops the contact; an optional one, the field. */
function readContact(v: unknown, i: number, out: AppliedSettings): SupportContact | undefined {
  const where = `support contact ${i + 1}`;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.problems.push(`${where} must be an object with an id, a name and a detail`);
    return undefined;
  }
  const c = v as Record<string, unknown>;
  out.ignored.push(...unknownFields(where, c, CONTACT_FIELDS));
  const required = (['id', 'name', 'detail'] as const).map((k) => textProblem(`${where}: ${k}`, c[k])).filter((p) => p !== undefined);
  if (required.length > 0) {
    out.problems.push(`${required.join('; ')}, so the contact is left out`);
    return undefined;
  }
  const contact: SupportContact = { id: c.id as string, name: c.name as string, detail: c.detail as string };
  if (c.phone !== undefined) {
    // A phone becomes a tel: link: anything but a number could make it a script address.
    const problem =
      textProblem(`${where}: phone`, c.phone) ??
      (isPhoneNumber(c.phone as string) ? undefined : `${where}: phone must be a phone number (${PHONE_RULE})`);
    if (problem) out.problems.push(`${problem}, so no phone is shown`);
    else contact.phone = c.phone as string;
  }
  if (c.hours !== undefined) {
    const problem = textProblem(`${where}: hours`, c.hours);
    if (problem) out.problems.push(`${problem}, so no hours are shown`);
    else contact.hours = c.hours as string;
  }
  return contact;
}

function readSupport(v: unknown, out: AppliedSettings): SupportContact[] | undefined {
  if (!Array.isArray(v) || v.length === 0) {
    out.problems.push("support must be a list of at least one contact, so the course's own contacts are shown");
    return undefined;
  }
  const seen = new Set<string>();
  const contacts = v.flatMap((c, i) => {
    const contact = readContact(c, i, out);
    if (contact && seen.has(contact.id)) {
      out.problems.push(`support contact ${i + 1}: id "${contact.id}" is used twice, so the contact is left out`);
      return [];
    }
    if (contact) seen.add(contact.id);
    return contact ? [contact] : [];
  });
  if (contacts.length > 0) return contacts;
  out.problems.push("no support contact could be used, so the course's own contacts are shown");
  return undefined;
}

/**
 * Applies a settings object to the course, field by field. Throws only when the whole
 * file is unusable (not a JSON object).
 */
export function applySettings(course: CourseMeta, raw: unknown, readLocalContacts?: LocalContactsReader): AppliedSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('it must be a JSON object');
  const s = raw as Record<string, unknown>;
  const out: AppliedSettings = {
    course: { ...course },
    problems: [],
    ignored: unknownFields(SETTINGS_FILE, s, [...SETTINGS_FIELDS, ...BRAND_FIELDS]),
  };
  if (s.organisation !== undefined) {
    const problem = textProblem('organisation', s.organisation);
    // "Name" would be untrue when the course's own value names no organisation.
    if (problem) out.problems.push(`${problem}, so the course's own value is used`);
    else out.course.organisation = s.organisation as string;
  }
  if (s.passMark !== undefined) {
    if (isPassMark(s.passMark)) out.course.passMark = s.passMark;
    else out.problems.push(`passMark must be ${PASS_MARK_RULE}, so the course's own pass mark of ${course.passMark} applies`);
  }
  if (s.countSkippedLessons !== undefined) {
    if (typeof s.countSkippedLessons === 'boolean') out.course.countSkippedLessons = s.countSkippedLessons;
    else
      out.problems.push(
        `countSkippedLessons must be true or false (without quotes), so the course's own value of ${course.countSkippedLessons} applies`,
      );
  }
  if (s.evaluation !== undefined) {
    if (typeof s.evaluation === 'boolean') out.course.evaluation = s.evaluation;
    else out.problems.push('evaluation must be true or false (without quotes), so no course evaluation is offered');
  }
  if (s.support !== undefined) {
    const support = readSupport(s.support, out);
    if (support) out.course.support = support;
  }
  if (s.localContacts !== undefined) {
    if (!needsLocalContactsReader(s)) out.course.localContacts = [];
    else if (!readLocalContacts)
      out.problems.push('localContacts could not be read (that part of the course did not load), so none are shown');
    else {
      const local = readLocalContacts(s.localContacts, out);
      if (local) out.course.localContacts = local;
    }
  }
  return out;
}

/** Kept out of the first load: most packages list no local contacts. Undefined if the chunk cannot load. */
async function loadLocalContactsReader(): Promise<LocalContactsReader | undefined> {
  try {
    return (await import('./local-contacts-settings.ts')).readLocalContacts;
  } catch {
    return undefined;
  }
}

/** The logo and brand colour (src/app/brand-settings.ts), kept out of the first load: the shipped file sets neither. */
async function applyBrand(s: Record<string, unknown>, applied: AppliedSettings, fetcher: typeof fetch): Promise<void> {
  if (s.logo === undefined && s.brandColour === undefined) return;
  try {
    await (await import('./brand-settings.ts')).applyBrand(s, applied, fetcher);
  } catch {
    applied.problems.push(
      "logo and brandColour could not be read (that part of the course did not load), so the course's own look is used",
    );
  }
}

/** For the administrator, who opens the console: every problem, one line each. */
function report(applied: Pick<AppliedSettings, 'problems' | 'ignored'>): void {
  for (const p of applied.problems) console.warn(`${SETTINGS_FILE}: ${p}.`);
  for (const f of applied.ignored) console.warn(`${SETTINGS_FILE}: unknown field ignored in ${f}.`);
}

const brokenNotice = (message: string): Notice => ({
  id: 'settings-broken',
  message: `${message} Please tell your learning administrator.`,
});

export async function loadSettings(course: CourseMeta, fetcher: typeof fetch = fetch): Promise<{ course: CourseMeta; notice?: Notice }> {
  let text: string;
  try {
    const response = await fetcher(`./${SETTINGS_FILE}`, { cache: 'no-store' });
    // A dev server answers a missing file with its index page: only JSON counts.
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return { course };
    text = await response.text();
  } catch {
    // Opened without a server, or no settings file: the course's own defaults apply.
    return { course };
  }
  let applied: AppliedSettings;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
    const reader = needsLocalContactsReader(raw) ? await loadLocalContactsReader() : undefined;
    applied = applySettings(course, raw, reader);
  } catch (e) {
    const reason = e instanceof SyntaxError ? 'it is not valid JSON' : (e as Error).message;
    report({ problems: [`could not be used (${reason})`], ignored: [] });
    return {
      course,
      notice: brokenNotice(
        `This course's settings file could not be used (${reason}), so the course's own values for the organisation, support contacts and pass mark are used.`,
      ),
    };
  }
  await applyBrand(raw as Record<string, unknown>, applied, fetcher);
  report(applied);
  if (applied.problems.length === 0) return { course: applied.course };
  return {
    course: applied.course,
    // The learner is told only that something is wrong; the details (which may quote the
    // refused value) are for the administrator, in the console.
    notice: brokenNotice(
      `Part of this course's settings file could not be used, so the course's own values are shown where it was wrong. The browser's console names each problem.`,
    ),
  };
}

/**
 * The LMS's mastery score, when it sets a valid one, overrides the pass mark of the course
 * and settings. The dialects turn the LMS's value into a pass mark (src/lib/pass-mark.ts);
 * anything else leaves the course's pass mark standing.
 */
export function withLmsPassMark(course: CourseMeta, lmsPassMark: number | undefined): CourseMeta {
  return isPassMark(lmsPassMark) ? { ...course, passMark: lmsPassMark } : course;
}
