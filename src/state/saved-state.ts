/**
 * The saved-state format: what a learner's progress looks like when it leaves the app
 * (browser storage, or an LMS's suspend_data). Versioned and keyed by the content's stable
 * ids: an older version is migrated (saved-state-migrations.ts), then whatever no longer
 * fits the course is dropped or falls back, so a content update keeps what still exists,
 * and a corrupt or foreign value is recognised instead of crashing the app.
 */
import type { CourseMeta } from '../course/types.ts';
import type { Answer, EvaluationProgress, Progress, QuizProgress } from '../course/progress.ts';
import { EVALUATION_IDS, isEvaluationAnswer } from '../lib/evaluation-ids.ts';
import { migrateFields, type Fields } from './saved-state-migrations.ts';
import { RENAMED_IDS, renamedScenario, renamedSection, renamedStep, type RenamedIds } from './renamed-ids.ts';

export const STATE_VERSION = 2;

export const emptyProgress = (): Progress => ({ lessons: {} });

/*
 * The wire format, compact and in printable ASCII that needs no escaping anywhere (no
 * quotes, backslashes, ampersands or angle brackets), because SCORM 1.2 gives the whole
 * course 4,096 characters and some LMSs mangle JSON:
 *
 *   v2;c:<course id>;p:<lesson>/<section>;f:<finished lesson>,...;l:<lesson>/<furthest section>,...
 *   k:<lesson>,... skipped on their content note (left out when none),
 *   and for the assessment: r:<score><p|f>,... (every attempt), a: and b: answers of the
 *   attempt under way and of the one that counts, as <scenario>~<step>.<choices>.<secs>~...|...
 *   (<secs>, the latency, in base 36),
 *   w:<scenario>/<step> on screen, x:1 once reported, d: and e: scenario ids drawn from banks,
 *   t:<when the counted attempt ended: whole seconds since 1970 in base 36> (added within v2:
 *   an older reader ignores it, and a state without it has no completion date).
 *   An answer may end in .<time answered: whole seconds since 1970 in base 36 for the first
 *   one with a time, then the difference from the previous one written>. Once reported
 *   (x:1), the counted answers are written as <step>.<choices> alone: their time and
 *   latency were only ever needed for the LMS.
 *   q:<question id><1-5>,... the course evaluation's answers, and y:1 once an LMS took them
 *   (both optional and added within v2: a reader that does not know them ignores them).
 *   The SCORM driver appends s:<save counter> and n:<next interaction index> (see
 *   tracking/tracking-fields.ts); the course itself ignores them.
 *
 * A finished lesson is written by its id alone: it stays finished whatever becomes of its
 * sections, and full progress does not grow with the number of sections.
 * Ids are [a-z0-9-] (checked at build), so the separators never occur inside them.
 */
const ID = /^[a-z0-9][a-z0-9-]*$/;

export function encodeProgress(courseId: string, progress: Progress): string {
  const fields = [`v${STATE_VERSION}`, `c:${courseId}`];
  if (progress.position) fields.push(`p:${progress.position.lesson}/${progress.position.section}`);
  const lessons = Object.entries(progress.lessons);
  const finished = lessons.filter(([, l]) => l.done).map(([id]) => id);
  if (finished.length) fields.push(`f:${finished.join(',')}`);
  fields.push(`l:${lessons.flatMap(([id, l]) => (l.done ? [] : [`${id}/${l.at}`])).join(',')}`);
  if (progress.skipped?.length) fields.push(`k:${progress.skipped.join(',')}`);
  const q = progress.quiz;
  if (q) {
    if (q.records.length) fields.push(`r:${q.records.map((r) => `${r.score}${r.passed ? 'p' : 'f'}`).join(',')}`);
    if (q.answers.length) fields.push(`a:${encodeAnswers(q.answers, true)}`);
    if (q.counted.length) fields.push(`b:${encodeAnswers(q.counted, !q.reported)}`);
    if (q.at) fields.push(`w:${q.at.scenario}/${q.at.step}`);
    if (q.reported) fields.push('x:1');
    if (q.drawn) fields.push(`d:${q.drawn.join(',')}`);
    if (q.countedDrawn) fields.push(`e:${q.countedDrawn.join(',')}`);
    if (q.countedAt) fields.push(`t:${Math.floor(q.countedAt / 1000).toString(36)}`);
  }
  const e = progress.evaluation;
  if (e) {
    fields.push(`q:${EVALUATION_IDS.flatMap((id) => (isEvaluationAnswer(e.answers[id]) ? [`${id}${e.answers[id]}`] : [])).join(',')}`);
    if (e.sent) fields.push('y:1');
  }
  return fields.join(';');
}

/** Answers to questions the course no longer asks are dropped; unreadable ones too. */
function decodeEvaluation(fields: Fields): EvaluationProgress | undefined {
  const text = fields.get('q');
  if (text === undefined) return undefined;
  const known = new Set<string>(EVALUATION_IDS);
  const answers: Record<string, number> = {};
  for (const entry of text.split(',')) {
    const m = /^([a-z]+)([1-5])$/.exec(entry);
    if (m && known.has(m[1])) answers[m[1]] = Number(m[2]);
  }
  return { answers, sent: fields.get('y') === '1' };
}

/** Answers grouped by scenario, so its id is written once; `timed` keeps latency and time. */
function encodeAnswers(answers: Answer[], timed: boolean): string {
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
  const answer = (a: Answer) => `${a.step}.${a.response.join('')}${timed ? `.${Math.round(a.seconds).toString(36)}${time(a)}` : ''}`;
  return [...groups].map(([scenario, list]) => [scenario, ...list.map(answer)].join('~')).join('|');
}

function decodeAnswers(text: string | undefined, renames: RenamedIds): Answer[] | undefined {
  if (!text) return [];
  const answers: Answer[] = [];
  let previous = 0;
  for (const group of text.split('|')) {
    const [saved, ...steps] = group.split('~');
    if (!ID.test(saved)) return undefined;
    const scenario = renamedScenario(saved, renames);
    for (const step of steps) {
      const m = /^([a-z0-9][a-z0-9-]*)\.([0-9a-z]+)(?:\.([0-9a-z]{1,6})(?:\.(-?[0-9a-z]{1,8}))?)?$/.exec(step);
      if (!m) return undefined;
      const answer: Answer = {
        scenario,
        step: renamedStep(scenario, m[1], renames),
        response: m[2].split(''),
        seconds: m[3] ? Number.parseInt(m[3], 36) : 0,
      };
      if (m[4]) {
        previous += Number.parseInt(m[4], 36);
        answer.at = previous * 1000;
      }
      answers.push(answer);
    }
  }
  return answers;
}

function decodeQuiz(fields: Fields, renames: RenamedIds): QuizProgress | undefined {
  if (!['r', 'a', 'b', 'w', 'x', 'd', 'e', 't'].some((k) => fields.has(k))) return undefined;
  const ids = (key: string) => {
    const list = fields.get(key)?.split(',');
    return list && list.every((id) => ID.test(id)) ? list.map((id) => renamedScenario(id, renames)) : undefined;
  };
  const drawn = ids('d');
  const countedDrawn = ids('e');
  const countedSecs = /^[0-9a-z]{1,8}$/.test(fields.get('t') ?? '') ? parseInt(fields.get('t')!, 36) : 0;
  const records = (fields.get('r') ?? '')
    .split(',')
    .filter(Boolean)
    .map((r) => /^(\d{1,3})([pf])$/.exec(r));
  const answers = decodeAnswers(fields.get('a'), renames);
  const counted = decodeAnswers(fields.get('b'), renames);
  // Answers that cannot be read are dropped whole: a half attempt would mislead.
  const [scenario, step] = (fields.get('w') ?? '').split('/');
  const at = scenario && step && ID.test(scenario) && ID.test(step) ? renamedScenario(scenario, renames) : undefined;
  return {
    records: records.filter((m) => m !== null).map((m) => ({ score: Number(m![1]), passed: m![2] === 'p' })),
    answers: answers ?? [],
    counted: counted ?? [],
    ...(at ? { at: { scenario: at, step: renamedStep(at, step, renames) } } : {}),
    reported: fields.get('x') === '1',
    ...(drawn ? { drawn } : {}),
    ...(countedDrawn ? { countedDrawn } : {}),
    ...(countedSecs > 0 ? { countedAt: countedSecs * 1000 } : {}),
  };
}

export type DecodeResult = { ok: true; progress: Progress; dropped: number } | { ok: false; reason: 'corrupt' | 'foreign' | 'newer' };

/**
 * Reads a saved state of this or any older version. Lessons the course no longer has are
 * dropped (and counted); a finished lesson stays finished; a bookmark or furthest section
 * the lesson no longer has falls back to the lesson's first section. The assessment is
 * checked against its scenarios when they load (lib/attempt-fit.ts), not here.
 */
export function decodeProgress(raw: string, course: Pick<CourseMeta, 'id' | 'lessons'>, renames: RenamedIds = RENAMED_IDS): DecodeResult {
  const [version, ...rest] = raw.split(';');
  const v = /^v(\d+)$/.exec(version ?? '');
  if (!v) return { ok: false, reason: 'corrupt' };
  const saved: Fields = new Map();
  for (const field of rest) {
    const colon = field.indexOf(':');
    if (colon < 1) return { ok: false, reason: 'corrupt' };
    saved.set(field.slice(0, colon), field.slice(colon + 1));
  }
  if (!saved.has('c') || !saved.has('l')) return { ok: false, reason: 'corrupt' };
  if (saved.get('c') !== course.id) return { ok: false, reason: 'foreign' };
  if (Number(v[1]) > STATE_VERSION) return { ok: false, reason: 'newer' };
  const fields = migrateFields(Number(v[1]), STATE_VERSION, saved);
  if (!fields) return { ok: false, reason: 'corrupt' };

  const sectionsOf = new Map(course.lessons.filter((l) => l.sections.length > 0).map((l) => [l.id, l.sections.map((s) => s.id)]));
  /** The section as the course now names it, or the lesson's first section when it is gone. */
  const sectionIn = (lesson: string, sections: string[], id: string) => {
    const now = renamedSection(lesson, id, renames);
    return sections.includes(now) ? now : sections[0];
  };
  const progress = emptyProgress();
  let dropped = 0;
  for (const id of (fields.get('f') ?? '').split(',').filter(Boolean)) {
    const sections = sectionsOf.get(id);
    if (!sections) dropped++;
    else progress.lessons[id] = { at: sections[sections.length - 1], done: true };
  }
  for (const entry of (fields.get('l') ?? '').split(',').filter(Boolean)) {
    const [id, at, extra] = entry.split('/');
    const sections = sectionsOf.get(id);
    if (!sections || !ID.test(at ?? '') || extra !== undefined) {
      dropped++;
      continue;
    }
    // Finished in the same record (two copies merged): finished wins.
    progress.lessons[id] ??= { at: sectionIn(id, sections, at), done: false };
  }
  const [lesson, section] = (fields.get('p') ?? '').split('/');
  const bookmarked = sectionsOf.get(lesson);
  if (bookmarked && ID.test(section ?? '')) progress.position = { lesson, section: sectionIn(lesson, bookmarked, section) };
  // Skipped lessons the course no longer has, or has since seen finished, are dropped.
  const skipped = (fields.get('k') ?? '').split(',').filter((id) => sectionsOf.has(id) && !progress.lessons[id]?.done);
  if (skipped.length) progress.skipped = [...new Set(skipped)];
  const quiz = decodeQuiz(fields, renames);
  if (quiz) progress.quiz = quiz;
  const evaluation = decodeEvaluation(fields);
  if (evaluation) progress.evaluation = evaluation;
  return { ok: true, progress, dropped };
}
