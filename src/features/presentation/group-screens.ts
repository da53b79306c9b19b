/**
 * Where a group scenario stands in the room, one projector screen at a time: the title, its
 * content note, the situation, each step (a decision first as its choices, then revealed),
 * and the questions for discussion. Pure, so the path a clicker takes is tested without a
 * browser. Nothing is scored: a decision's branch follows the group's choice when the
 * facilitator records one, otherwise the best answer.
 */
import type { DecisionStep, Scenario } from '../../course/quiz-types.ts';
import { nextAfter } from '../../lib/quiz-rules.ts';

export type Screen =
  | { at: 'title' }
  | { at: 'note' }
  | { at: 'setting' }
  | { at: 'step'; id: string; revealed: boolean }
  | { at: 'discussion' }
  | { at: 'support' };

/** The best answer: the first right choice (a single decision has one). */
export function bestChoice(step: DecisionStep): string {
  return (step.choices.find((c) => c.correct) ?? step.choices[0]).id;
}

/** Whether the group's choice changes what happens next (only a single choice can branch). */
export function branches(step: DecisionStep): boolean {
  return step.type === 'single' && step.choices.some((c) => c.next !== undefined);
}

/** The screen after this one, or undefined at the end. `chosen` is the group's choice on a revealed decision. */
export function nextScreen(scenario: Scenario, screen: Screen, chosen?: string): Screen | undefined {
  switch (screen.at) {
    case 'title':
      return scenario.contentNote ? { at: 'note' } : { at: 'setting' };
    case 'note':
      return { at: 'setting' };
    case 'setting':
      return { at: 'step', id: scenario.start, revealed: false };
    case 'step': {
      const step = scenario.steps[screen.id];
      if (step.kind === 'end') return { at: 'discussion' };
      if (step.kind === 'consequence') return { at: 'step', id: step.next, revealed: false };
      if (!screen.revealed) return { ...screen, revealed: true };
      const next = nextAfter(step, [chosen ?? bestChoice(step)]);
      return next ? { at: 'step', id: next, revealed: false } : { at: 'discussion' };
    }
    default:
      return undefined;
  }
}

/** A short name for the screen, for the facilitator window and the screen's label. */
export function screenName(scenario: Scenario, screen: Screen): string {
  if (screen.at !== 'step') {
    return { title: 'Title', note: 'Content note', setting: 'The situation', discussion: 'Questions for discussion', support: 'Support' }[
      screen.at
    ];
  }
  const step = scenario.steps[screen.id];
  if (step.kind === 'decision') return screen.revealed ? 'Where each choice leads' : 'Decision: the choices';
  return step.kind === 'end' ? 'Debrief' : 'What happened next';
}

/** A name unique within the scenario, for the page's markup and for tests to follow. */
export function screenKey(screen: Screen): string {
  return screen.at === 'step' ? `${screen.id}${screen.revealed ? ':revealed' : ''}` : screen.at;
}
