/**
 * The word rule and the computed times (issue 9): a learner never reads more than about a
 * screenful without doing something, and every time the course states is worked out from
 * the words on screen, never typed by hand.
 *
 * A lesson is walked in reading order, across sections (pressing Next is not doing
 * something): the outcomes, a review's facts, each section's body, key terms, activities and
 * key points, then the lesson check, the reflection and the closing text. Every word on
 * screen counts except headings, buttons and source lines. An activity that asks the learner
 * to act (a reveal, a sort, a check) ends a run with its own prompt and options; the next run
 * starts with the most feedback it can show at once.
 */
import type { Activity } from '../../src/course/activity-types.ts';
import type { Assessment, KnowledgeCheck, Scenario } from '../../src/course/quiz-types.ts';
import type { Lesson, MdNode } from '../../src/course/types.ts';

/** The most words on screen between two things the learner does. */
export const MAX_WORDS_BETWEEN_ACTIONS = 250;
/**
 * Adults reading non-fiction silently average 238 words a minute (Brysbaert, "How many words
 * do we read per minute?", Journal of Memory and Language, 2019): the stated reading speed.
 */
export const READING_WORDS_PER_MINUTE = 238;
/**
 * Time to think and answer on top of reading: per activity, and per thing in it to decide
 * on (a card, a sort item, a choice). Their words are already counted as reading.
 */
export const SECONDS_PER_ACTION = 10;
export const SECONDS_PER_ITEM = 4;

/** Words the lesson page shows around the content (src/features/lesson/lesson-extras.tsx). */
const REFLECTION_INTRO =
  'Take a moment with these questions, on your own or with your supervisor. Do not write down details that could identify a real child or family.';

export function countWords(...texts: (string | MdNode[] | undefined)[]): number {
  return texts.reduce<number>((sum, t) => sum + words(t === undefined ? '' : typeof t === 'string' ? t : plain(t)), 0);
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The text of a Markdown tree, leaving out headings (they are not counted). */
function plain(nodes: MdNode[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return n;
      const [tag, , ...children] = n;
      return tag === 'h3' || tag === 'h4' ? '' : plain(children);
    })
    .join(' ');
}

export interface WordRun {
  /** Where the run ends: a section id and what the learner does there, or "end of lesson". */
  endsAt: string;
  /** Where it started, for the message. */
  section: string;
  words: number;
}

export interface LessonWords {
  runs: WordRun[];
  /** Every word the lesson can show, and the actions it asks for, for its time. */
  words: number;
  actions: number;
  items: number;
}

/** Walks a compiled lesson and returns its runs of reading between actions. */
export function lessonWords(lesson: Lesson): LessonWords {
  const runs: WordRun[] = [];
  let run = 0;
  let total = 0;
  let actions = 0;
  let items = 0;
  let section = lesson.sections[0]?.id ?? '';
  const read = (n: number) => {
    run += n;
    total += n;
  };
  const act = (endsAt: string, after: number, count: number) => {
    runs.push({ endsAt, section, words: run });
    actions += 1;
    items += count;
    run = 0;
    section = endsAt.split(' ')[0];
    read(after);
  };

  read(countWords(...lesson.outcomes));
  if (lesson.review) read(countWords(lesson.review.code, lesson.review.type, lesson.review.summary));
  for (const s of lesson.sections) {
    if (run === 0) section = s.id;
    read(countWords(s.body) + s.keyTerms.reduce((n, t) => n + countWords(t.term, t.definition), 0));
    s.activities.forEach((a, i) => {
      if (a.kind === 'text') return read(countWords(a.body));
      read(activityWords(a));
      act(`${s.id} activities[${i}] (${a.kind})`, feedbackWords(a), itemCount(a));
    });
    read(countWords(...s.keyPoints));
  }
  if (lesson.check) {
    read(checkWords(lesson.check));
    act('end of lesson (check)', checkFeedbackWords(lesson.check), lesson.check.choices.length);
  }
  if (lesson.reflection.length) read(countWords(REFLECTION_INTRO, ...lesson.reflection.map((r) => r.text)));
  runs.push({ endsAt: 'end of lesson', section, words: run });
  return { runs, words: total, actions, items };
}

/** Minutes for a lesson: reading at the stated speed, plus time to act. At least 1. */
export function lessonMinutes(w: Pick<LessonWords, 'words' | 'actions' | 'items'>): number {
  const seconds = (w.words / READING_WORDS_PER_MINUTE) * 60 + w.actions * SECONDS_PER_ACTION + w.items * SECONDS_PER_ITEM;
  return Math.max(1, Math.round(seconds / 60));
}

function activityWords(a: Exclude<Activity, { kind: 'text' }>): number {
  if (a.kind === 'check') return checkWords(a.check);
  if (a.kind === 'reveal') return countWords(a.prompt, ...a.cards.flatMap((c) => [c.front, ...c.options]));
  return countWords(a.prompt, ...a.groups.map((g) => g.label), ...a.items.map((i) => i.text));
}

function feedbackWords(a: Exclude<Activity, { kind: 'text' }>): number {
  if (a.kind === 'check') return checkFeedbackWords(a.check);
  if (a.kind === 'reveal') return Math.max(0, ...a.cards.map((c) => countWords(c.back)));
  return Math.max(0, ...a.items.map((i) => countWords(i.feedback)));
}

function itemCount(a: Exclude<Activity, { kind: 'text' }>): number {
  if (a.kind === 'check') return a.check.choices.length;
  return a.kind === 'reveal' ? a.cards.length : a.items.length;
}

function checkWords(c: KnowledgeCheck): number {
  return countWords(c.prompt, ...c.choices.map((x) => x.text));
}

/**
 * The most feedback a check can show at once: a single choice shows the learner's choice and
 * the right one; a multiple or open check can show every choice's.
 */
function checkFeedbackWords(c: KnowledgeCheck): number {
  const each = c.choices.map((x) => countWords(x.feedback)).sort((a, b) => b - a);
  const shown = c.type === 'single' ? each.slice(0, 2) : each;
  return shown.reduce((a, b) => a + b, 0) + countWords(c.feedback);
}

/**
 * Minutes for one attempt at the assessment: each scenario's longest path (setting, prompts,
 * choices, the most feedback a decision shows, consequences and debrief), with time to
 * decide, over the scenarios one attempt takes (a bank draws some of its theme's).
 */
export function assessmentMinutes(assessment: Assessment): number {
  let seconds = 0;
  for (const s of assessment.scenarios) {
    const bank = assessment.banks.find((b) => b.theme === s.theme.id);
    const share = bank ? bank.draw / assessment.scenarios.filter((x) => x.theme.id === s.theme.id).length : 1;
    seconds += share * scenarioSeconds(s);
  }
  return Math.max(1, Math.round(seconds / 60));
}

function scenarioSeconds(s: Scenario): number {
  const walk = (id: string, seen: Set<string>): number => {
    const step = s.steps[id];
    if (!step || seen.has(id)) return 0;
    const next = new Set(seen).add(id);
    if (step.kind === 'end') return read(countWords(step.text));
    if (step.kind === 'consequence') return read(countWords(step.text)) + walk(step.next, next);
    const feedback = step.choices.map((c) => countWords(c.feedback)).sort((a, b) => b - a);
    const shown = step.type === 'single' ? feedback.slice(0, 2) : feedback;
    const here =
      read(countWords(step.prompt, ...step.choices.map((c) => c.text)) + shown.reduce((a, b) => a + b, 0)) +
      SECONDS_PER_ACTION +
      step.choices.length * SECONDS_PER_ITEM;
    const targets = new Set(step.choices.map((c) => c.next ?? step.next).filter((t): t is string => !!t));
    return here + Math.max(0, ...[...targets].map((t) => walk(t, next)));
  };
  return read(countWords(s.setting)) + walk(s.start, new Set());
}

const read = (words: number) => (words / READING_WORDS_PER_MINUTE) * 60;
