import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../tools/content-pipeline/errors.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const scenario = 'scenarios/home-visit.yaml';
function broken(change: (text: string) => string, file = scenario) {
  const c = copyFixture();
  c.edit(file, change);
  return problemsOf(c.dir);
}

describe('quiz content: good content', () => {
  it('compiles the scenarios in assessment order with decisions counted', () => {
    expect(fixture.assessment?.scenarios.map((s) => [s.id, s.decisions])).toEqual([
      ['home-visit', 3],
      ['meeting', 3],
    ]);
    expect(fixture.meta.assessment).toEqual({ decisions: 6, scenarios: 2, attempts: 2, keep: 'best', minutes: expect.any(Number) });
    expect(fixture.lessons[0].check?.choices.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('quiz content: a bad quiz file fails with file, field and reason', () => {
  const expectProblem = (problems: ContentProblem[], field: string, reason: RegExp, file = scenario) =>
    expect(problems).toContainEqual({
      file: expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}$`)),
      field,
      reason: expect.stringMatching(reason),
    });

  it('no correct answer', () => {
    expectProblem(
      broken((t) => t.replace('        correct: true\n        feedback: Seeing', '        feedback: Seeing')),
      'steps[0].choices',
      /exactly one correct answer, not 0/,
    );
  });

  it('a branch to a missing step', () => {
    expectProblem(
      broken((t) => t.replace('next: c2', 'next: nowhere')),
      'steps[0]',
      /missing step "nowhere"/,
    );
  });

  it('a loop with no end', () => {
    expectProblem(
      broken((t) => t.replace('    next: end\n', '    next: d1\n')),
      'steps',
      /a loop with no end: d1 -> .* -> d1/,
    );
  });

  it('duplicate ids', () => {
    expectProblem(
      broken((t) => t.replace('id: c2', 'id: c1')),
      'steps[2].id',
      /duplicate step id "c1"/,
    );
    expectProblem(
      broken((t) => t.replace('{ id: c, text: Alcohol', '{ id: a, text: Alcohol')),
      'steps[3].choices',
      /duplicate choice ids/,
    );
  });

  it('paths with different numbers of scored decisions', () => {
    expectProblem(
      broken((t) => t.replace('    text: Next time, nobody answers.\n    next: d2', '    text: Next time, nobody answers.\n    next: d3')),
      'steps',
      /same scored decisions.*3 decisions.*2 decisions/,
    );
  });

  it('a scenario with no real branch', () => {
    expectProblem(
      broken((t) => t.replace('next: c2', 'next: c1')),
      'steps',
      /at least one decision whose choices lead to different steps/,
    );
  });

  it('a step that can never be reached', () => {
    expectProblem(
      broken((t) => t.replace('next: c2', 'next: c1').replace('        next: c1\n      - id: b', '        next: c1\n      - id: b')).filter(
        (p) => /reached/.test(p.reason),
      ),
      'steps[2]',
      /can never be reached/,
    );
  });

  it('an ordering whose order does not list every choice', () => {
    expectProblem(
      broken((t) => t.replace('order: [a, b, c]', 'order: [a, b]')),
      'steps[4].order',
      /every choice id once/,
    );
  });

  it('a choice id SCORM 1.2 cannot carry', () => {
    expectProblem(
      broken((t) => t.replace('{ id: c, text: Alcohol', '{ id: cc, text: Alcohol')),
      'steps[3].choices[2].id',
      /one character/,
    );
  });

  it('a scenario not labelled fictional', () => {
    expectProblem(
      broken((t) => t.replace('fictional: true', 'fictional: false')),
      'fictional',
      /fictional composites/,
    );
  });

  it('a decision testing an unknown lesson', () => {
    expectProblem(
      broken((t) => t.replace('lesson: first#two', 'lesson: first#nine')),
      'steps[0].lesson',
      /unknown section "nine"/,
    );
  });

  it('an unknown scenario in the assessment', () => {
    expectProblem(
      broken((t) => t.replace('  - meeting', '  - meeting\n  - lost'), 'assessment.yaml'),
      'scenarios[2]',
      /unknown scenario "lost"/,
      'assessment.yaml',
    );
  });

  it('a distressing scenario without a content note', () => {
    expectProblem(
      broken((t) => t.replace('Sam visits a family at home.', 'A baby died.')),
      'contentNote',
      /mentions "died"/,
    );
  });

  it('a knowledge check without a right answer', () => {
    expectProblem(
      broken((t) => t.replace('{ id: a, text: The right thing, correct: true,', '{ id: a, text: The right thing,'), 'lessons/first.yaml'),
      'check.choices',
      /exactly one correct/,
      'lessons/first.yaml',
    );
  });
});
