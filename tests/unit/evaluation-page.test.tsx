/**
 * The course evaluation on screen: off by default (nothing offered, the page says there is
 * none); when on, offered on the results page once the result is final, answered by
 * keyboard, kept in the saved state, and learners told where the answers go first.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CourseSource } from '../../src/components/course-context.tsx';
import { paths } from '../../src/config/paths.ts';
import type { Answer } from '../../src/course/progress.ts';
import { EVALUATION_QUESTIONS } from '../../src/lib/evaluation.ts';
import { walk } from '../../src/lib/quiz-rules.ts';
import { useStore } from '../../src/state/store.ts';
import { fixture, fixtureSource } from '../fixtures/fixture-course.ts';
import { renderApp } from './render-app.tsx';

const assessment = fixture.assessment!;
const allDone = { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } };

/** A whole attempt through the scenarios (first choice at each decision). */
function wholeAttempt(): Answer[] {
  const answers: Answer[] = [];
  for (;;) {
    const { visited, done } = walk(assessment, answers);
    if (done) return answers;
    const last = visited[visited.length - 1];
    const step = assessment.scenarios.find((s) => s.id === last.scenario)!.steps[last.step];
    if (step.kind !== 'decision') throw new Error('walk stops only at a decision');
    const response = step.type === 'ordering' ? step.choices.map((c) => c.id) : [step.choices[0].id];
    answers.push({ scenario: last.scenario, step: step.id, response, seconds: 3 });
  }
}

function passedCourse() {
  const quiz = { records: [{ score: 100, passed: true }], answers: [], counted: wholeAttempt(), reported: true };
  useStore.setState({ progress: { lessons: allDone, quiz } });
}

const withEvaluation = (reachesLms: boolean): CourseSource => ({ ...fixtureSource, evaluation: { reachesLms } });

describe('course evaluation', () => {
  it('is off by default: the results page offers nothing and the page says there is none', async () => {
    passedCourse();
    const { unmount } = renderApp(paths.assessmentResults);
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    expect(screen.queryByRole('heading', { name: /course evaluation/i })).toBeNull();
    expect(screen.queryByRole('link', { name: /evaluation/i })).toBeNull();
    unmount();
    renderApp(paths.evaluation);
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no course evaluation' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('is not offered before the result is final', async () => {
    useStore.setState({ progress: { lessons: allDone } });
    renderApp(paths.evaluation, withEvaluation(true));
    expect(await screen.findByText(/opens once you have your final assessment result/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('in an LMS: offered after the result, says the answers reach the LMS under the learner’s name, answered by keyboard only', async () => {
    passedCourse();
    const user = userEvent.setup();
    renderApp(paths.assessmentResults, withEvaluation(true));
    expect(await screen.findByRole('heading', { name: 'Course evaluation (optional)' })).toBeInTheDocument();
    expect(screen.getByText(/under your name/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Answer the course evaluation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Course evaluation' })).toBeInTheDocument();
    expect(screen.getByText(/sent to your organisation's learning system \(LMS\) under your name/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(EVALUATION_QUESTIONS.length);

    // Nothing chosen: told so, nothing kept.
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer to at least one question');
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(useStore.getState().progress.evaluation).toBeUndefined();

    // Keyboard only: Tab into the first question's radios, arrows to move along the scale.
    const firstGroup = screen.getByRole('group', { name: EVALUATION_QUESTIONS[0].text });
    within(firstGroup)
      .getByRole('radio', { name: `1: ${EVALUATION_QUESTIONS[0].low}` })
      .focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(firstGroup).toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    screen.getByRole('button', { name: 'Send my answers' }).focus();
    await user.keyboard('{Enter}');
    expect(useStore.getState().progress.evaluation).toEqual({ answers: { before: 2, after: 4 }, sent: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you for your answers' })).toBeInTheDocument();
    expect(screen.getByText('2 out of 5')).toBeInTheDocument();
  });

  it('in the web edition: the answers stay in this browser, and the invitation goes once answered', async () => {
    passedCourse();
    const user = userEvent.setup();
    const { unmount } = renderApp(paths.evaluation, withEvaluation(false));
    expect(await screen.findByText(/kept in this browser only/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: `5: ${EVALUATION_QUESTIONS[2].high}` }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(useStore.getState().progress.evaluation).toEqual({ answers: { useful: 5 }, sent: false });
    unmount();
    renderApp(paths.assessmentResults, withEvaluation(false));
    await screen.findByRole('heading', { level: 1, name: 'Your result' });
    expect(screen.queryByRole('link', { name: 'Answer the course evaluation' })).toBeNull();
  });
});
