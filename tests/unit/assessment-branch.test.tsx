import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';
import type { Answer } from '../../src/course/progress.ts';

const allDone = {
  lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } },
};

describe('the assessment runner', () => {
  it('follows a branch: a choice leads to its own consequence, then on', async () => {
    const user = userEvent.setup();
    useStore.setState({ progress: allDone });
    renderApp(paths.assessmentRun);
    expect(await screen.findByRole('heading', { level: 1, name: 'A home visit' })).toBeInTheDocument();
    expect(screen.getByText('Fictional scenario')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Leave it for next time' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('link', { name: 'First lesson' })).toHaveAttribute('href', paths.lesson('first', 'two'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Next time, nobody answers.')).toBeInTheDocument();
    expect(screen.queryByText('You see the cot.')).not.toBeInTheDocument();
    expect(useStore.getState().progress.quiz?.answers).toEqual([
      { scenario: 'home-visit', step: 'd1', response: ['b'], seconds: expect.any(Number), at: expect.any(Number) },
    ]);
  });

  it('opens a consequence with the choice that led to it, and folds the situation away after the first step', async () => {
    const user = userEvent.setup();
    useStore.setState({ progress: allDone });
    renderApp(paths.assessmentRun);
    // At the first step the situation is in full, not behind a disclosure.
    expect(await screen.findByText('Sam visits a family at home.')).toBeVisible();
    expect(screen.queryByText('Show the situation')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Leave it for next time' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const consequence = (await screen.findByRole('heading', { level: 2, name: 'What happened next' })).closest('section')!;
    const first = consequence.querySelector('h2 + *');
    expect(first).toHaveTextContent(/^You chose: Leave it for next time$/);
    expect(within(consequence).getByText('Next time, nobody answers.')).toBeInTheDocument();
    // After the first step the situation is folded, and opens on request.
    const summary = screen.getByText('Show the situation');
    expect(screen.getByText('Sam visits a family at home.')).not.toBeVisible();
    await user.click(summary);
    expect(screen.getByText('Sam visits a family at home.')).toBeVisible();
    // Each new step starts folded again, so the decision stays near the top.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Which of these are risk factors?')).toBeInTheDocument();
    expect(screen.getByText('Sam visits a family at home.')).not.toBeVisible();
  });

  it("the debrief lists the learner's path: each decision, the choice and what happened", { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    useStore.setState({ progress: allDone });
    renderApp(paths.assessmentRun);
    await user.click(await screen.findByRole('radio', { name: 'Ask to see the baby where they sleep' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('You see the cot.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Smoking' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Put these in order.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const path = await screen.findByRole('region', { name: 'Your path through this scenario' });
    const steps = within(path)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual([
      'Decision 1: What do you do first?You chose: Ask to see the baby where they sleep✓ Right. What happened: You see the cot.',
      'Decision 2: Which of these are risk factors?You chose: Smoking◐ Partly right.',
      'Decision 3: Put these in order.You chose: an order with 0 of 3 steps in the right place✗ Not the best answer.',
    ]);
  });

  it('is closed until every lesson is done', async () => {
    renderApp(paths.assessment);
    expect(await screen.findByText(/opens when you have finished every lesson/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start the assessment' })).not.toBeInTheDocument();
  });

  it('says how many decisions there are, the pass mark and the attempts left', async () => {
    useStore.setState({
      progress: { ...allDone, quiz: { records: [{ score: 40, passed: false }], answers: [], counted: [], reported: false } },
    });
    renderApp(paths.assessment);
    expect(await screen.findByText(/You will make 6 decisions in all/)).toBeInTheDocument();
    expect(screen.getByText('Pass mark: 80%')).toBeInTheDocument();
    expect(screen.getByText(/1 of 2 left/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Try again' })).toBeInTheDocument();
  });

  it('the result reviews each scenario behind a disclosure with its score, opened on request', async () => {
    const user = userEvent.setup();
    const a = (scenario: string, step: string, ...response: string[]): Answer => ({ scenario, step, response, seconds: 3 });
    const counted = [
      a('home-visit', 'd1', 'b'),
      a('home-visit', 'd2', 'a', 'c'),
      a('home-visit', 'd3', 'a', 'b', 'c'),
      a('meeting', 'm1', 'a'),
      a('meeting', 'm2a', 'a'),
      a('meeting', 'm3', 'a'),
    ];
    useStore.setState({ progress: { ...allDone, quiz: { records: [{ score: 83, passed: true }], answers: [], counted, reported: true } } });
    renderApp(paths.assessmentResults);
    const review = (await screen.findByRole('heading', { name: 'Review your answers' })).closest('section')!;
    const summaries = [...review.querySelectorAll('details > summary')].map((s) => s.textContent);
    expect(summaries).toEqual(['A home visit: 67%, 2 of 3 decisions right', 'A meeting: 100%, 3 of 3 decisions right']);
    const prompt = within(review).getByText('What do you do first?');
    expect(prompt).not.toBeVisible();
    await user.click(within(review).getByText('A home visit:'));
    expect(prompt).toBeVisible();
    expect(within(review).getByText(/^Next time, nobody answers\.$/)).toBeVisible();
    expect(within(review).getByText('Who should attend?')).not.toBeVisible();
  });

  it('with every attempt used, the run page cannot start another one', async () => {
    const used = {
      records: [
        { score: 40, passed: false },
        { score: 50, passed: false },
      ],
      answers: [],
      counted: [],
      reported: true,
    };
    useStore.setState({ progress: { ...allDone, quiz: used } });
    renderApp(paths.assessmentRun);
    expect(await screen.findByText(/You have used all your attempts/)).toBeInTheDocument();
    expect(useStore.getState().progress.quiz?.records).toHaveLength(2);
  });
});
