/**
 * My record as plain data and as text: assembled from progress, the assessment's results
 * and the learner's private record, then written out in the shapes of a Social Work England
 * CPD record (Markdown) and an NMC reflective account (plain text). Pure, so the same
 * record prints, downloads and is tested without React.
 */
import type { CourseMeta, Lesson } from '../course/types.ts';
import type { Progress } from '../course/progress.ts';
import { courseProgress } from './progress-rules.ts';
import { standing } from './quiz-rules.ts';

export interface RecordNotes {
  learnt?: string;
  change?: string;
  discuss?: string;
}

export interface RecordInput {
  answers: Record<string, Record<string, string>>;
  notes: RecordNotes;
  first?: string;
  last?: string;
}

export interface CpdRecord {
  title: string;
  version: string;
  organisation: string;
  first?: string;
  last?: string;
  /** The course's own estimate for the lessons finished (and the assessment, if taken): no clock runs. */
  minutes: number;
  lessonsDone: string[];
  lessonsRequired: number;
  result?: { score: number; passed: boolean; passMark: number };
  outcomes: string[];
  reflections: { lesson: string; question: string; answer: string }[];
  notes: RecordNotes;
}

/**
 * Study time in minutes, as the course estimates it (no clock runs): the lessons finished,
 * and the assessment once a result counts. My record and the certificate both give this.
 */
export function studyMinutes(course: CourseMeta, progress: Progress): number {
  const done = course.lessons.filter((l) => progress.lessons[l.id]?.done);
  const records = progress.quiz?.records ?? [];
  const a = course.assessment;
  const counted = a && records.length ? standing(records, a.attempts, a.keep).counted : undefined;
  return done.reduce((sum, l) => sum + l.minutes, 0) + (counted && a ? a.minutes : 0);
}

/** `lessons`: the loaded lessons, for their outcomes and questions; summaries stand in for any not loaded. */
export function buildRecord(course: CourseMeta, progress: Progress, lessons: Lesson[], input: RecordInput): CpdRecord {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const done = course.lessons.filter((l) => progress.lessons[l.id]?.done);
  const records = progress.quiz?.records ?? [];
  const a = course.assessment;
  const counted = a && records.length ? standing(records, a.attempts, a.keep).counted : undefined;
  const reflections = course.lessons.flatMap((summary) => {
    const answers = input.answers[summary.id] ?? {};
    const questions = byId.get(summary.id)?.reflection ?? [];
    const known = questions
      .filter((q) => answers[q.id]?.trim())
      .map((q) => ({ lesson: summary.title, question: q.text, answer: answers[q.id] }));
    // An answer to a question the course has since reworded or removed is still the learner's: kept.
    const orphans = Object.entries(answers)
      .filter(([id, text]) => text.trim() && !questions.some((q) => q.id === id))
      .map(([, answer]) => ({ lesson: summary.title, question: 'Reflection', answer }));
    return [...known, ...orphans];
  });
  return {
    title: course.title,
    version: course.version,
    organisation: course.organisation,
    ...(input.first ? { first: input.first } : {}),
    ...(input.last ? { last: input.last } : {}),
    minutes: studyMinutes(course, progress),
    lessonsDone: done.map((l) => l.title),
    lessonsRequired: courseProgress(course, progress).required,
    ...(counted ? { result: { score: counted.score, passed: counted.passed, passMark: course.passMark } } : {}),
    outcomes: done.flatMap((l) => byId.get(l.id)?.outcomes ?? []),
    reflections,
    notes: input.notes,
  };
}

export const datesText = (r: CpdRecord): string =>
  !r.first ? 'Not recorded on this device' : r.first === r.last || !r.last ? r.first : `${r.first} to ${r.last}`;

export const resultText = (r: CpdRecord): string =>
  r.result ? `${r.result.score}%, ${r.result.passed ? 'passed' : 'not passed'} (pass mark ${r.result.passMark}%)` : 'Not taken';

const orNone = (text: string | undefined) => (text?.trim() ? text.trim() : '(not written yet)');
const list = (items: string[], bullet: string) => (items.length ? items.map((i) => `${bullet}${i}`).join('\n') : `${bullet}(none yet)`);

/** Shaped to paste into a Social Work England CPD record: activity and relevance, date, learning, impact, peer reflection. */
export function toSweMarkdown(r: CpdRecord): string {
  return [
    `# CPD record: ${r.title}`,
    '',
    '## Activity and why it is relevant',
    `E-learning course "${r.title}" (version ${r.version}), ${r.organisation}. Learning from serious case reviews and serious incident learning reviews for safeguarding practice.`,
    '',
    '## Date',
    datesText(r),
    '',
    `Time spent: about ${r.minutes} minutes. Lessons completed: ${r.lessonsDone.length} of ${r.lessonsRequired}. Assessment: ${resultText(r)}.`,
    '',
    '## What I learnt',
    orNone(r.notes.learnt),
    '',
    'Learning outcomes of the lessons I completed:',
    list(r.outcomes, '- '),
    '',
    '## Impact on my practice',
    orNone(r.notes.change),
    '',
    '## Reflection with peers',
    orNone(r.notes.discuss),
    '',
    '## My reflections during the course',
    ...reflectionLines(r, 'md'),
  ].join('\n');
}

/** Shaped for an NMC reflective account: the activity, what I learnt, how my practice changed, the Code's themes. */
export function toNmcText(r: CpdRecord): string {
  return [
    `Reflective account: ${r.title}`,
    '',
    'What was the nature of the CPD activity?',
    `E-learning course "${r.title}" (version ${r.version}), ${r.organisation}. Dates: ${datesText(r)}. About ${r.minutes} minutes. Assessment: ${resultText(r)}.`,
    '',
    'What did you learn from the CPD activity?',
    orNone(r.notes.learnt),
    ...r.outcomes.map((o) => `- ${o}`),
    '',
    'How did you change or improve your practice as a result?',
    orNone(r.notes.change),
    '',
    'How is this relevant to the Code? (Prioritise people, practise effectively, preserve safety, promote professionalism and trust)',
    orNone(r.notes.discuss),
    '',
    'My reflections during the course',
    ...reflectionLines(r, 'text'),
  ].join('\n');
}

function reflectionLines(r: CpdRecord, as: 'md' | 'text'): string[] {
  if (r.reflections.length === 0) return ['(none written)'];
  return r.reflections.flatMap((x) => [as === 'md' ? `### ${x.lesson}: ${x.question}` : `${x.lesson}: ${x.question}`, x.answer.trim(), '']);
}
