/**
 * Fault 10: "See your result" dispatched twice in one task (before React re-renders) must
 * record one attempt, not a second 0% one, and must not use up another attempt.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../src/features/assessment/finish-attempt.ts';
import type { Answer } from '../../src/course/progress.ts';
import { standing, walk } from '../../src/lib/quiz-rules.ts';
import { useStore } from '../../src/state/store.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { renderApp } from './render-app.tsx';

const assessment = fixture.assessment!;
const allDone = { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } };

/** A whole attempt that fails (a wrong choice at each decision), so the next one would still count. */
function wholeAttempt() {
  const answers: Answer[] = [];
  for (;;) {
    const { visited, done } = walk(assessment, answers);
    const last = visited[visited.length - 1];
    if (done) return { answers, at: last };
    const step = assessment.scenarios.find((s) => s.id === last.scenario)!.steps[last.step];
    if (step.kind !== 'decision') throw new Error('walk stops only at a decision');
    const wrong = step.choices.find((c) => !c.correct) ?? step.choices[0];
    const response = step.type === 'ordering' ? step.choices.map((c) => c.id).reverse() : [wrong.id];
    answers.push({ scenario: last.scenario, step: step.id, response, seconds: 3 });
  }
}

function startAtLastStep() {
  const { answers, at } = wholeAttempt();
  const quiz = { records: [], answers, at, counted: [], reported: false };
  useStore.setState({ progress: { lessons: allDone, quiz }, acknowledged: assessment.scenarios.map((s) => `scenario:${s.id}`) });
}

describe('finishing an attempt twice in one task', () => {
  it('clicking "See your result" twice before a re-render records one attempt and leaves one attempt left', async () => {
    startAtLastStep();
    renderApp('/assessment/run');
    const button = await screen.findByRole('button', { name: 'See your result' });
    // Two clicks inside one act: React commits nothing until both handlers have run, as when
    // a second click is queued before the first one's render.
    act(() => {
      button.click();
      button.click();
    });
    const quiz = useStore.getState().progress.quiz!;
    expect(quiz.records).toHaveLength(1);
    expect(quiz.records[0].passed).toBe(false);
    expect(standing(quiz.records, assessment.attempts, assessment.keep).attemptsLeft).toBe(assessment.attempts - 1);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Final assessment');
  });

  it('the finish function refuses an attempt that is already finished or has no answers', () => {
    startAtLastStep();
    const first = finishAttempt(fixture.meta, assessment);
    const second = finishAttempt(fixture.meta, assessment);
    expect(first?.practice).toBe(false);
    expect(second).toBeUndefined();
    expect(useStore.getState().progress.quiz?.records).toHaveLength(1);
    useStore.setState({ progress: { lessons: allDone } });
    expect(finishAttempt(fixture.meta, assessment)).toBeUndefined();
    expect(useStore.getState().progress.quiz).toBeUndefined();
  });
});
