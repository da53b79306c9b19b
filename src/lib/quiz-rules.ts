/**
 * Scoring and progression in the assessment, as pure functions of content and answers:
 * shared by the app, the LMS reporting and the tests.
 *
 * Partial credit: a multiple-response answer earns (right picks - wrong picks) / right
 * answers, never below 0; an ordering earns the share of items in their right place.
 */
import type { Assessment, DecisionStep, Scenario } from '../course/quiz-types.ts';
import type { Answer, AttemptRecord, Position, Response } from '../course/progress.ts';

/**
 * The scenarios of one attempt: every scenario, except that a banked theme contributes
 * `draw` of its scenarios, chosen at random. Kept in assessment order. `random` is
 * injected so tests can fix it.
 */
export function drawScenarios(assessment: Assessment, random: () => number = Math.random): string[] {
  const chosen = new Set<string>();
  for (const s of assessment.scenarios) if (!assessment.banks.some((b) => b.theme === s.theme.id)) chosen.add(s.id);
  for (const bank of assessment.banks) {
    const pool = assessment.scenarios.filter((s) => s.theme.id === bank.theme).map((s) => s.id);
    for (let i = 0; i < bank.draw && pool.length > 0; i++) chosen.add(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  return assessment.scenarios.filter((s) => chosen.has(s.id)).map((s) => s.id);
}

/** The assessment as one attempt sees it: only its drawn scenarios (all when there is no draw). */
export function forDraw(assessment: Assessment, drawn: string[] | undefined): Assessment {
  if (!drawn || assessment.banks.length === 0) return assessment;
  const scenarios = assessment.scenarios.filter((s) => drawn.includes(s.id));
  return { ...assessment, scenarios, decisions: scenarios.reduce((sum, s) => sum + s.decisions, 0) };
}

export function credit(step: DecisionStep, response: Response): number {
  if (step.type === 'ordering') {
    const order = step.order ?? [];
    if (order.length === 0) return 0;
    return order.filter((id, i) => response[i] === id).length / order.length;
  }
  const correct = step.choices.filter((c) => c.correct).map((c) => c.id);
  if (step.type === 'single') return response.length === 1 && correct.includes(response[0]) ? 1 : 0;
  const right = response.filter((id) => correct.includes(id)).length;
  const wrong = response.length - right;
  return Math.max(0, (right - wrong) / correct.length);
}

/** The correct response, in the form a learner would give it. */
export function correctResponse(step: DecisionStep): Response {
  return step.type === 'ordering' ? [...(step.order ?? [])] : step.choices.filter((c) => c.correct).map((c) => c.id);
}

/** Where a decision leads: the chosen choice's own next step (a branch), else the step's. */
export function nextAfter(step: DecisionStep, response: Response): string | undefined {
  if (step.type === 'single') {
    const chosen = step.choices.find((c) => c.id === response[0]);
    if (chosen?.next) return chosen.next;
  }
  return step.next;
}

/**
 * Where an attempt stands: the step after the last answer (following consequences is the
 * learner's own reading, so a step is "current" until its answer exists), or done.
 */
export function walk(assessment: Assessment, answers: Answer[]): { visited: Position[]; done: boolean } {
  const visited: Position[] = [];
  for (const scenario of assessment.scenarios) {
    const here = walkScenario(scenario, answers);
    visited.push(...here.steps.map((step) => ({ scenario: scenario.id, step })));
    if (!here.done) return { visited, done: false };
  }
  return { visited, done: true };
}

/** The steps of one scenario the answers lead through, in order; done when its end is reached. */
export function walkScenario(scenario: Scenario, answers: Answer[]): { steps: string[]; done: boolean } {
  const steps: string[] = [];
  const byStep = new Map(answers.filter((a) => a.scenario === scenario.id).map((a) => [a.step, a]));
  let stepId: string | undefined = scenario.start;
  for (let guard = 0; stepId && guard < 200; guard++) {
    const step: Scenario['steps'][string] = scenario.steps[stepId];
    steps.push(stepId);
    if (step.kind === 'end') return { steps, done: true };
    if (step.kind === 'consequence') {
      stepId = step.next;
      continue;
    }
    const answer = byStep.get(step.id);
    if (!answer) return { steps, done: false };
    stepId = nextAfter(step, answer.response);
  }
  return { steps, done: true };
}

export interface ThemeScore {
  theme: { id: string; title: string };
  earned: number;
  possible: number;
}

export interface AttemptResult {
  /** 0-100, rounded to a whole number. */
  score: number;
  passed: boolean;
  byTheme: ThemeScore[];
  /** Lessons behind the decisions not fully right, in course order of appearance. */
  revisit: { id: string; section?: string; title: string }[];
}

export function scoreAttempt(assessment: Assessment, answers: Answer[], passMark: number): AttemptResult {
  const byTheme = new Map<string, ThemeScore>();
  const revisit = new Map<string, AttemptResult['revisit'][number]>();
  let earned = 0;
  let possible = 0;
  const byKey = new Map(answers.map((a) => [`${a.scenario}/${a.step}`, a]));
  for (const { scenario, step: stepId } of walk(assessment, answers).visited) {
    const s = assessment.scenarios.find((x) => x.id === scenario)!;
    const step = s.steps[stepId];
    if (step.kind !== 'decision') continue;
    const answer = byKey.get(`${scenario}/${stepId}`);
    const got = answer ? credit(step, answer.response) * step.weight : 0;
    earned += got;
    possible += step.weight;
    const theme = byTheme.get(s.theme.id) ?? { theme: s.theme, earned: 0, possible: 0 };
    theme.earned += got;
    theme.possible += step.weight;
    byTheme.set(s.theme.id, theme);
    if (got < step.weight) revisit.set(step.lesson.id + (step.lesson.section ?? ''), step.lesson);
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 100);
  return { score, passed: score >= passMark, byTheme: [...byTheme.values()], revisit: [...revisit.values()] };
}

export interface AssessmentStanding {
  /** The result that counts (best or last, once passed the pass is kept). */
  counted?: AttemptRecord;
  attemptsUsed: number;
  /** Undefined when unlimited. */
  attemptsLeft?: number;
  /** Passed, or no attempts left: the result can be reported. */
  final: boolean;
}

/**
 * Which result counts. Once passed, later tries are practice and never lower what was
 * reported; before that, `keep` decides between the best and the last score.
 */
export function standing(records: AttemptRecord[], attempts: number, keep: 'best' | 'last'): AssessmentStanding {
  const firstPass = records.find((r) => r.passed);
  let counted = firstPass;
  if (!counted && records.length > 0) {
    counted = keep === 'last' ? records[records.length - 1] : records.reduce((best, r) => (r.score > best.score ? r : best));
  }
  const attemptsLeft = attempts === 0 ? undefined : Math.max(0, attempts - records.length);
  return { counted, attemptsUsed: records.length, attemptsLeft, final: firstPass !== undefined || attemptsLeft === 0 };
}
