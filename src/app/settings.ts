/**
 * The package's settings file (settings.json beside index.html), which an LMS
 * administrator may edit before uploading: organisation name, support contacts and the
 * default pass mark. Checked by hand rather than with a schema library, to keep the first
 * load small. A missing file means the course's own defaults; a broken one says so.
 */
import type { CourseMeta, SupportContact } from '../course/types.ts';
import type { Notice } from '../course/tracking.ts';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function readContact(v: unknown, i: number): SupportContact {
  const c = (v ?? {}) as Record<string, unknown>;
  if (!isText(c.id) || !isText(c.name) || !isText(c.detail)) {
    throw new Error(`support contact ${i + 1} needs an id, a name and a detail`);
  }
  for (const key of ['phone', 'hours'] as const) {
    if (c[key] !== undefined && !isText(c[key])) throw new Error(`support contact ${i + 1}: ${key} must be text`);
  }
  return { id: c.id, name: c.name, detail: c.detail, ...(isText(c.phone) ? { phone: c.phone } : {}), ...(isText(c.hours) ? { hours: c.hours } : {}) };
}

/** Applies a settings object to the course; throws a readable reason when it is wrong. */
export function applySettings(course: CourseMeta, raw: unknown): CourseMeta {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('it must be a JSON object');
  const s = raw as Record<string, unknown>;
  const next = { ...course };
  if (s.organisation !== undefined) {
    if (!isText(s.organisation)) throw new Error('organisation must be text');
    next.organisation = s.organisation;
  }
  if (s.passMark !== undefined) {
    if (typeof s.passMark !== 'number' || !Number.isInteger(s.passMark) || s.passMark < 1 || s.passMark > 100) {
      throw new Error('passMark must be a whole number from 1 to 100');
    }
    next.passMark = s.passMark;
  }
  if (s.support !== undefined) {
    if (!Array.isArray(s.support) || s.support.length === 0) throw new Error('support must be a list of at least one contact');
    next.support = s.support.map(readContact);
  }
  return next;
}

export async function loadSettings(course: CourseMeta, fetcher: typeof fetch = fetch): Promise<{ course: CourseMeta; notice?: Notice }> {
  let text: string;
  try {
    const response = await fetcher('./settings.json', { cache: 'no-store' });
    // A dev server answers a missing file with its index page: only JSON counts.
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return { course };
    text = await response.text();
  } catch {
    // Opened without a server, or no settings file: the course's own defaults apply.
    return { course };
  }
  try {
    return { course: applySettings(course, JSON.parse(text)) };
  } catch (e) {
    const reason = e instanceof SyntaxError ? 'it is not valid JSON' : (e as Error).message;
    return {
      course,
      notice: {
        id: 'settings-broken',
        message: `This course's settings file could not be used (${reason}), so the course's own organisation name, support contacts and pass mark are shown. Please tell your learning administrator.`,
      },
    };
  }
}

/** The LMS's mastery score, when it sets one, overrides the pass mark of the course and settings. */
export function withLmsPassMark(course: CourseMeta, lmsPassMark: number | undefined): CourseMeta {
  return lmsPassMark ? { ...course, passMark: lmsPassMark } : course;
}
