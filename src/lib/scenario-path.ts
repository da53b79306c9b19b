/**
 * The path a learner took through one scenario, derived from the attempt's answers (nothing
 * new is saved): each decision met, what was chosen, how right it was, and the consequences
 * it led to. The run page uses it to say "You chose: ..." above a consequence, the debrief
 * and the result's review to show the whole path. Pure, so it is tested without React.
 */
import type { ConsequenceStep, DecisionStep, Scenario } from '../course/quiz-types.ts';
import type { Answer, Response } from '../course/progress.ts';
import type { MdNode } from '../course/types.ts';
import { credit, walkScenario } from './quiz-rules.ts';

export interface PathEntry {
  decision: DecisionStep;
  response: Response;
  /** 0-1, as scored. */
  credit: number;
  /** The consequences this answer led to, in order; none when it led straight on. */
  consequences: ConsequenceStep[];
}

/** The answered decisions on the learner's path through a scenario, in the order met. */
export function scenarioPath(scenario: Scenario, answers: Answer[]): PathEntry[] {
  const path: PathEntry[] = [];
  const byStep = new Map(answers.filter((a) => a.scenario === scenario.id).map((a) => [a.step, a]));
  for (const id of walkScenario(scenario, answers).steps) {
    const step = scenario.steps[id];
    const answer = byStep.get(id);
    if (step.kind === 'decision' && answer) {
      path.push({ decision: step, response: answer.response, credit: credit(step, answer.response), consequences: [] });
    } else if (step.kind === 'consequence' && path.length > 0) {
      path[path.length - 1].consequences.push(step);
    }
  }
  return path;
}

/** The answer that led to a consequence on the learner's path (undefined if none did). */
export function ledTo(scenario: Scenario, answers: Answer[], consequence: string): PathEntry | undefined {
  return scenarioPath(scenario, answers).find((e) => e.consequences.some((c) => c.id === consequence));
}

/** For an ordering, how many items the learner put in their right place. */
export function inPlace(decision: DecisionStep, response: Response): number {
  return (decision.order ?? []).filter((id, i) => response[i] === id).length;
}

/** What the learner chose, as the choices' own words: an ordering reads "A, then B, then C". */
export function chosenText(decision: DecisionStep, response: Response): string {
  const text = response.map((id) => decision.choices.find((c) => c.id === id)?.text ?? id);
  return text.join(decision.type === 'ordering' ? ', then ' : '; ');
}

/** Sentences of plain text; a closing quotation mark stays with its sentence. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!]["”’]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A decision's question in a few words, for the path: its last question, else its last
 * instruction (the situation before it was on screen when it was answered). "Choose all
 * that apply." is a hint, not the question.
 */
export function questionOf(promptText: string): string {
  const all = sentences(promptText).filter((s) => !/^choose all that apply\.?$/i.test(s));
  return [...all].reverse().find((s) => s.endsWith('?')) ?? all.at(-1) ?? promptText;
}

/** Markdown nodes as plain text. */
export function plainText(nodes: MdNode[]): string {
  const text = (n: MdNode): string =>
    typeof n === 'string'
      ? n
      : n
          .slice(2)
          .map((c) => text(c as MdNode))
          .join('');
  return nodes.map(text).join(' ').replace(/\s+/g, ' ').trim();
}

/** The start of what happened, enough to recall it: whole sentences, at least `min` characters. */
export function gist(nodes: MdNode[], min = 80): string {
  let out = '';
  for (const s of sentences(plainText(nodes))) {
    out = out ? `${out} ${s}` : s;
    if (out.length >= min) break;
  }
  return out;
}

/** A scenario's share of the marks, 0-100, weighted as the attempt is scored. */
export function pathScore(path: PathEntry[]): number {
  const possible = path.reduce((sum, e) => sum + e.decision.weight, 0);
  const earned = path.reduce((sum, e) => sum + e.credit * e.decision.weight, 0);
  return possible === 0 ? 0 : Math.round((earned / possible) * 100);
}
