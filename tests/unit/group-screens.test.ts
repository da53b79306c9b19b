import { describe, expect, it } from 'vitest';
import type { DecisionStep, Scenario } from '../../src/course/quiz-types.ts';
import { nextScreen, screenKey, type Screen } from '../../src/features/presentation/group-screens.ts';

const choice = (id: string, correct: boolean, next?: string) => ({ id, text: id, correct, feedback: [], next });
const decision = (id: string, choices: DecisionStep['choices'], next?: string): DecisionStep => ({
  kind: 'decision',
  id,
  type: 'single',
  prompt: [],
  promptText: id,
  lesson: { id: 'l', title: 'L' },
  weight: 1,
  choices,
  next,
});
const scenario: Scenario = {
  id: 's',
  title: 'S',
  theme: { id: 't', title: 'T' },
  contentNote: { topics: ['x'], text: 'x' } as Scenario['contentNote'],
  setting: [],
  characters: [],
  start: 'd1',
  steps: {
    d1: decision('d1', [choice('a', false, 'bad'), choice('b', true, 'good')]),
    bad: { kind: 'consequence', id: 'bad', text: [], next: 'end' },
    good: { kind: 'consequence', id: 'good', text: [], next: 'end' },
    end: { kind: 'end', id: 'end', text: [] },
  },
  facilitatorNotes: 'notes',
  discussion: ['q'],
  decisions: 1,
};

function walk(chosen?: string): string[] {
  const keys: string[] = [];
  for (let s: Screen | undefined = { at: 'title' }; s; s = nextScreen(scenario, s, chosen)) keys.push(screenKey(s));
  return keys;
}

describe('a group scenario, screen by screen', () => {
  it("a clicker walks title, content note, situation, each decision then its reveal, and ends on the discussion, along the best answer's branch", () => {
    expect(walk()).toEqual(['title', 'note', 'setting', 'd1', 'd1:revealed', 'good', 'end', 'discussion']);
  });

  it("follows the group's recorded choice after the reveal", () => {
    expect(walk('a')).toEqual(['title', 'note', 'setting', 'd1', 'd1:revealed', 'bad', 'end', 'discussion']);
  });

  it('skips the content note screen when the scenario has none', () => {
    expect(nextScreen({ ...scenario, contentNote: undefined }, { at: 'title' })).toEqual({ at: 'setting' });
  });
});
