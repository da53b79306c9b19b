/** Every path through every real scenario: it ends, every step is reachable, the scoring is fair. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/course/quiz-types.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

const { assessment } = loadCourse(resolve('content'));

function allPaths(s: Scenario): string[][] {
  const out: string[][] = [];
  const go = (id: string, path: string[]) => {
    if (path.includes(id)) throw new Error(`loop in ${s.id} at ${id}`);
    const step = s.steps[id];
    if (!step) throw new Error(`${s.id}: missing step ${id}`);
    const here = [...path, id];
    if (step.kind === 'end') return void out.push(here);
    if (step.kind === 'consequence') return go(step.next, here);
    for (const next of new Set(step.choices.map((c) => c.next ?? step.next))) go(next!, here);
  };
  go(s.start, []);
  return out;
}

describe('the real assessment', () => {
  it('has at least six scenarios and 12-20 scored decisions', () => {
    expect(assessment!.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(assessment!.decisions).toBeGreaterThanOrEqual(12);
    expect(assessment!.decisions).toBeLessThanOrEqual(20);
  });

  it.each(assessment!.scenarios.map((s) => [s.id, s] as const))('%s: every path ends, reaches every step, and scores the same', (_, s) => {
    const paths = allPaths(s);
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths.flat())).toEqual(new Set(Object.keys(s.steps)));
    const decisions = paths.map((p) => p.filter((id) => s.steps[id].kind === 'decision').length);
    expect(new Set(decisions).size).toBe(1);
    expect(decisions[0]).toBeGreaterThanOrEqual(3);
  });
});
