/**
 * The saved-state format: what a learner's progress looks like when it leaves the app
 * (browser storage now, LMS suspend_data later). Versioned and keyed by the content's
 * stable ids, so a course update keeps what still exists and drops the rest, and a
 * corrupt, old or foreign value is recognised instead of crashing the app.
 */
import type { CourseMeta } from '../course/types.ts';
import type { Answer, Progress, QuizProgress } from '../course/progress.ts';

export const STATE_VERSION = 1;

export const emptyProgress = (): Progress => ({ lessons: {} });

/*
 * The wire format, compact and in printable ASCII that needs no escaping anywhere (no
 * quotes, backslashes, ampersands or angle brackets), because SCORM 1.2 gives the whole
 * course 4,096 characters and some LMSs mangle JSON:
 *
 *   v1;c:<course id>;p:<lesson>/<section>;l:<lesson>/<furthest section>/<1 if done>,...
 *   k:<lesson>,... skipped on their content note (left out when none; a reader that does
 *   not know k: ignores it, so this needs no new version),
 *   and for the assessment: r:<score><p|f>,... (every attempt), a: and b: answers of the
 *   attempt under way and of the one that counts, as <scenario>~<step>.<choices>.<secs>~...|...,
 *   w:<scenario>/<step> on screen, x:1 once reported, d: and e: scenario ids drawn from banks.
 *   An answer may end in .<time answered: whole seconds since 1970 in base 36 for the first
 *   one with a time, then the difference from the previous one written>.
 *   The SCORM driver appends s:<save counter> and n:<next interaction index> (see
 *   tracking/tracking-fields.ts); the course itself ignores them.
 *
 * Ids are [a-z0-9-] (checked at build), so the separators never occur inside them.
 */
const ID = /^[a-z0-9][a-z0-9-]*$/;

export function encodeProgress(courseId: string, progress: Progress): string {
  const fields = [`v${STATE_VERSION}`, `c:${courseId}`];
  if (progress.position) fields.push(`p:${progress.position.lesson}/${progress.position.section}`);
  const lessons = Object.entries(progress.lessons).map(([id, l]) => `${id}/${l.at}/${l.done ? 1 : 0}`);
  fields.push(`l:${lessons.join(',')}`);
  if (progress.skipped?.length) fields.push(`k:${progress.skipped.join(',')}`);
  const q = progress.quiz;
  if (q) {
    if (q.records.length) fields.push(`r:${q.records.map((r) => `${r.score}${r.passed ? 'p' : 'f'}`).join(',')}`);
    if (q.answers.length) fields.push(`a:${encodeAnswers(q.answers)}`);
    if (q.counted.length) fields.push(`b:${encodeAnswers(q.counted)}`);
    if (q.at) fields.push(`w:${q.at.scenario}/${q.at.step}`);
    if (q.reported) fields.push('x:1');
    if (q.drawn) fields.push(`d:${q.drawn.join(',')}`);
    if (q.countedDrawn) fields.push(`e:${q.countedDrawn.join(',')}`);
  }
  return fields.join(';');
}

/** Answers grouped by scenario, so its id is written once. */
function encodeAnswers(answers: Answer[]): string {
  const groups = new Map<string, Answer[]>();
  for (const a of answers) groups.set(a.scenario, [...(groups.get(a.scenario) ?? []), a]);
  // Answer times in whole seconds, base 36: the first as it is, each next one as the
  // difference from the one written before it (a few characters instead of six).
  let previous = 0;
  const time = (a: Answer) => {
    if (a.at === undefined) return '';
    const secs = Math.floor(a.at / 1000);
    const text = `.${(secs - previous).toString(36)}`;
    previous = secs;
    return text;
  };
  return [...groups]
    .map(([scenario, list]) =>
      [scenario, ...list.map((a) => `${a.step}.${a.response.join('')}.${Math.round(a.seconds)}${time(a)}`)].join('~'),
    )
    .join('|');
}

function decodeAnswers(text: string | undefined): Answer[] | undefined {
  if (!text) return [];
  const answers: Answer[] = [];
  let previous = 0;
  for (const group of text.split('|')) {
    const [scenario, ...steps] = group.split('~');
    if (!ID.test(scenario)) return undefined;
    for (const step of steps) {
      const m = /^([a-z0-9][a-z0-9-]*)\.([0-9a-z]+)\.(\d+)(?:\.(-?[0-9a-z]{1,8}))?$/.exec(step);
      if (!m) return undefined;
      const answer: Answer = { scenario, step: m[1], response: m[2].split(''), seconds: Number(m[3]) };
      if (m[4]) {
        previous += Number.parseInt(m[4], 36);
        answer.at = previous * 1000;
      }
      answers.push(answer);
    }
  }
  return answers;
}

function decodeQuiz(fields: Map<string, string>): QuizProgress | undefined {
  if (!['r', 'a', 'b', 'w', 'x', 'd', 'e'].some((k) => fields.has(k))) return undefined;
  const ids = (key: string) => {
    const list = fields.get(key)?.split(',');
    return list && list.every((id) => ID.test(id)) ? list : undefined;
  };
  const drawn = ids('d');
  const countedDrawn = ids('e');
  const records = (fields.get('r') ?? '')
    .split(',')
    .filter(Boolean)
    .map((r) => /^(\d{1,3})([pf])$/.exec(r));
  const answers = decodeAnswers(fields.get('a'));
  const counted = decodeAnswers(fields.get('b'));
  // Answers that cannot be read are dropped whole: a half attempt would mislead.
  const [scenario, step] = (fields.get('w') ?? '').split('/');
  return {
    records: records.filter((m) => m !== null).map((m) => ({ score: Number(m![1]), passed: m![2] === 'p' })),
    answers: answers ?? [],
    counted: counted ?? [],
    ...(scenario && step && ID.test(scenario) && ID.test(step) ? { at: { scenario, step } } : {}),
    reported: fields.get('x') === '1',
    ...(drawn ? { drawn } : {}),
    ...(countedDrawn ? { countedDrawn } : {}),
  };
}

export type DecodeResult = { ok: true; progress: Progress; dropped: number } | { ok: false; reason: 'corrupt' | 'foreign' | 'newer' };

export function decodeProgress(raw: string, course: Pick<CourseMeta, 'id' | 'lessons'>): DecodeResult {
  const [version, ...rest] = raw.split(';');
  const v = /^v(\d+)$/.exec(version ?? '');
  if (!v) return { ok: false, reason: 'corrupt' };
  const fields = new Map<string, string>();
  for (const field of rest) {
    const colon = field.indexOf(':');
    if (colon < 1) return { ok: false, reason: 'corrupt' };
    fields.set(field.slice(0, colon), field.slice(colon + 1));
  }
  if (!fields.has('c') || !fields.has('l')) return { ok: false, reason: 'corrupt' };
  if (fields.get('c') !== course.id) return { ok: false, reason: 'foreign' };
  if (Number(v[1]) > STATE_VERSION) return { ok: false, reason: 'newer' };
  // Version 1 is the only version so far; a future version migrates older shapes here.

  const sectionsOf = new Map(course.lessons.map((l) => [l.id, l.sections.map((s) => s.id)]));
  const progress = emptyProgress();
  let dropped = 0;
  for (const entry of (fields.get('l') ?? '').split(',').filter(Boolean)) {
    const [id, at, done, extra] = entry.split('/');
    const sections = sectionsOf.get(id);
    if (!sections || !ID.test(at ?? '') || (done !== '0' && done !== '1') || extra !== undefined) {
      dropped++;
      continue;
    }
    // A section removed by an update: fall back to the lesson's first section.
    progress.lessons[id] = { at: sections.includes(at) ? at : sections[0], done: done === '1' };
  }
  const [lesson, section] = (fields.get('p') ?? '').split('/');
  if (lesson && section && sectionsOf.get(lesson)?.includes(section)) progress.position = { lesson, section };
  // Skipped lessons the course no longer has, or has since seen finished, are dropped.
  const skipped = (fields.get('k') ?? '').split(',').filter((id) => sectionsOf.has(id) && !progress.lessons[id]?.done);
  if (skipped.length) progress.skipped = [...new Set(skipped)];
  const quiz = decodeQuiz(fields);
  if (quiz) progress.quiz = quiz;
  return { ok: true, progress, dropped };
}
