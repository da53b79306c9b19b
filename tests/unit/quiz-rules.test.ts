import { describe, expect, it } from 'vitest';
import type { DecisionStep } from '../../src/course/quiz-types.ts';
import { correctResponse, credit, nextAfter, scoreAttempt, standing, walk } from '../../src/lib/quiz-rules.ts';
import type { Answer } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const assessment = fixture.assessment!;
const [visit] = assessment.scenarios;
const step = (scenario: typeof visit, id: string) => scenario.steps[id] as DecisionStep;
const answer = (scenario: string, stepId: string, ...response: string[]): Answer => ({ scenario, step: stepId, response, seconds: 5 });

const allRight: Answer[] = [
  answer('home-visit', 'd1', 'a'),
  answer('home-visit', 'd2', 'a', 'c'),
  answer('home-visit', 'd3', 'a', 'b', 'c'),
  answer('meeting', 'm1', 'a'),
  answer('meeting', 'm2a', 'a'),
  answer('meeting', 'm3', 'a'),
];

describe('credit for one decision', () => {
  it('single choice: all or nothing', () => {
    expect(credit(step(visit, 'd1'), ['a'])).toBe(1);
    expect(credit(step(visit, 'd1'), ['b'])).toBe(0);
  });

  it('multiple response: partial credit, wrong picks cancel right ones, never below 0', () => {
    const d2 = step(visit, 'd2');
    expect(credit(d2, ['a', 'c'])).toBe(1);
    expect(credit(d2, ['a'])).toBe(0.5);
    expect(credit(d2, ['a', 'b'])).toBe(0);
    expect(credit(d2, ['b'])).toBe(0);
    expect(credit(d2, ['a', 'b', 'c'])).toBe(0.5);
  });

  it('ordering: the share of items in their right place', () => {
    const d3 = step(visit, 'd3');
    expect(credit(d3, ['a', 'b', 'c'])).toBe(1);
    expect(credit(d3, ['a', 'c', 'b'])).toBeCloseTo(1 / 3);
    expect(credit(d3, ['c', 'a', 'b'])).toBe(0);
    expect(correctResponse(d3)).toEqual(['a', 'b', 'c']);
  });
});

describe('progression', () => {
  it('a choice leads to its own next step (a branch)', () => {
    expect(nextAfter(step(visit, 'd1'), ['a'])).toBe('c1');
    expect(nextAfter(step(visit, 'd1'), ['b'])).toBe('c2');
    expect(nextAfter(step(visit, 'd2'), ['a'])).toBe('d3');
  });

  it('walks the path the answers take and stops at the first unanswered decision', () => {
    const partial = walk(assessment, [answer('home-visit', 'd1', 'b')]);
    expect(partial.done).toBe(false);
    expect(partial.visited.map((p) => p.step)).toEqual(['d1', 'c2', 'd2']);
    expect(walk(assessment, allRight).done).toBe(true);
  });

  it('follows the branch taken in the second scenario', () => {
    const answers = [...allRight.slice(0, 3), answer('meeting', 'm1', 'b'), answer('meeting', 'm2b', 'a'), answer('meeting', 'm3', 'a')];
    const { visited, done } = walk(assessment, answers);
    expect(done).toBe(true);
    expect(visited.filter((p) => p.scenario === 'meeting').map((p) => p.step)).toEqual(['m1', 'm2b', 'm3', 'm-end']);
  });
});

describe('scoring an attempt', () => {
  it('scores 100 and passes when everything is right', () => {
    expect(scoreAttempt(assessment, allRight, 80)).toMatchObject({ score: 100, passed: true, revisit: [] });
  });

  it('gives a per-theme breakdown and the lessons to revisit', () => {
    const answers = [...allRight];
    answers[1] = answer('home-visit', 'd2', 'a');
    answers[3] = answer('meeting', 'm1', 'b');
    answers[4] = answer('meeting', 'm2b', 'a');
    const result = scoreAttempt(assessment, answers, 80);
    // 1 + 0.5 + 1 + 0 + 1 + 1 = 4.5 of 6
    expect(result.score).toBe(75);
    expect(result.passed).toBe(false);
    expect(result.byTheme).toEqual([
      { theme: { id: 'first', title: 'First lesson' }, earned: 2.5, possible: 3 },
      { theme: { id: 'sensitive', title: 'Sensitive lesson' }, earned: 2, possible: 3 },
    ]);
    expect(result.revisit).toEqual([
      { id: 'first', title: 'First lesson' },
      { id: 'sensitive', section: 'one', title: 'Sensitive lesson' },
    ]);
  });

  it('uses the pass mark it is given (the LMS mastery score overrides the course)', () => {
    const answers = [...allRight];
    answers[1] = answer('home-visit', 'd2', 'a');
    expect(scoreAttempt(assessment, answers, 90).passed).toBe(true);
    expect(scoreAttempt(assessment, answers, 95).passed).toBe(false);
  });
});

describe('attempts, best or last', () => {
  const fail = (score: number) => ({ score, passed: false });
  const pass = (score: number) => ({ score, passed: true });

  it('keeps the best score before a pass, or the last', () => {
    expect(standing([fail(60), fail(40)], 0, 'best').counted).toEqual(fail(60));
    expect(standing([fail(60), fail(40)], 0, 'last').counted).toEqual(fail(40));
  });

  it('once passed, later tries are practice and never change what counts', () => {
    const s = standing([fail(60), pass(85), fail(50), pass(95)], 0, 'last');
    expect(s.counted).toEqual(pass(85));
    expect(s.final).toBe(true);
  });

  it('is final when the last attempt is used, with attempts left counted down', () => {
    expect(standing([fail(60)], 2, 'best')).toMatchObject({ attemptsLeft: 1, final: false });
    expect(standing([fail(60), fail(70)], 2, 'best')).toMatchObject({ attemptsLeft: 0, final: true, counted: fail(70) });
    expect(standing([], 0, 'best')).toMatchObject({ attemptsLeft: undefined, final: false, counted: undefined });
  });
});
