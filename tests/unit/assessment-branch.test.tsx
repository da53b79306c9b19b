import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

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
