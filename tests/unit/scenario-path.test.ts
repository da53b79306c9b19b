import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/course/quiz-types.ts';
import type { Answer } from '../../src/course/progress.ts';
import type { MdNode } from '../../src/course/types.ts';
import { chosenText, gist, inPlace, ledTo, pathScore, questionOf, scenarioPath } from '../../src/lib/scenario-path.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const [visit, meeting] = fixture.assessment!.scenarios;
const answer = (scenario: string, step: string, ...response: string[]): Answer => ({ scenario, step, response, seconds: 5 });
const ids = (s: Scenario, answers: Answer[]) =>
  scenarioPath(s, answers).map((e) => [e.decision.id, e.response.join(''), e.consequences.map((c) => c.id)]);

describe('the path through a scenario', () => {
  it('lists the decisions met in order, each with the consequences its answer led to', () => {
    const answers = [answer('home-visit', 'd1', 'b'), answer('home-visit', 'd2', 'a'), answer('home-visit', 'd3', 'c', 'b', 'a')];
    expect(ids(visit, answers)).toEqual([
      ['d1', 'b', ['c2']],
      ['d2', 'a', []],
      ['d3', 'cba', []],
    ]);
  });

  it('follows the branch taken, not the steps of the other branch', () => {
    const answers = [answer('meeting', 'm1', 'b'), answer('meeting', 'm2b', 'a'), answer('meeting', 'm3', 'a')];
    expect(ids(meeting, answers).map(([id]) => id)).toEqual(['m1', 'm2b', 'm3']);
  });

  it('ignores answers to steps off the path and other scenarios, and stops at the first unanswered decision', () => {
    const answers = [answer('home-visit', 'd1', 'a'), answer('meeting', 'm1', 'a'), answer('meeting', 'm2b', 'a')];
    expect(ids(visit, answers)).toEqual([['d1', 'a', ['c1']]]);
    expect(ids(meeting, answers)).toEqual([['m1', 'a', []]]);
    expect(scenarioPath(meeting, [])).toEqual([]);
  });

  it('scores each answer as the attempt does, and the scenario by weight', () => {
    const answers = [answer('home-visit', 'd1', 'a'), answer('home-visit', 'd2', 'a'), answer('home-visit', 'd3', 'c', 'b', 'a')];
    const path = scenarioPath(visit, answers);
    expect(path.map((e) => e.credit)).toEqual([1, 0.5, 1 / 3]);
    expect(pathScore(path)).toBe(61);
    expect(pathScore([])).toBe(0);
  });
});

describe('what led to a consequence', () => {
  it('is the answer to the decision before it on the path', () => {
    const led = ledTo(visit, [answer('home-visit', 'd1', 'b')], 'c2');
    expect(led?.decision.id).toBe('d1');
    expect(chosenText(led!.decision, led!.response)).toBe('Leave it for next time');
  });

  it('is nothing for a consequence the learner did not reach', () => {
    expect(ledTo(visit, [answer('home-visit', 'd1', 'b')], 'c1')).toBeUndefined();
  });

  it('reads several choices with semicolons and an order with "then"', () => {
    const d2 = visit.steps.d2;
    const d3 = visit.steps.d3;
    if (d2.kind !== 'decision' || d3.kind !== 'decision') throw new Error('fixture changed');
    expect(chosenText(d2, ['a', 'c'])).toBe('Smoking; Alcohol');
    expect(chosenText(d3, ['c', 'a', 'b'])).toBe('Share it, then Talk to the family, then Record it');
    expect(inPlace(d3, ['c', 'a', 'b'])).toBe(0);
    expect(inPlace(d3, ['a', 'c', 'b'])).toBe(1);
  });
});

describe('the words of a path', () => {
  it('a decision is named by its last question, never by the hint to choose all', () => {
    expect(questionOf('Amira says "it is fine." She is tired. Which of these should concern you? Choose all that apply.')).toBe(
      'Which of these should concern you?',
    );
    expect(questionOf('A colleague says: "He is 14. He won\'t talk to us?" What do you do?')).toBe('What do you do?');
  });

  it('without a question, by its last instruction', () => {
    expect(questionOf('You help them make a plan. Put the steps in order, from first to last.')).toBe(
      'Put the steps in order, from first to last.',
    );
  });

  it('what happened is told in whole sentences, enough to recall it', () => {
    const text: MdNode[] = [['p', null, 'Two weeks later, Amira comes. She has ', ['strong', null, 'not'], ' read them. Nothing changed.']];
    expect(gist(text, 30)).toBe('Two weeks later, Amira comes. She has not read them.');
    expect(gist(text, 10)).toBe('Two weeks later, Amira comes.');
  });
});
