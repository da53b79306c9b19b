/**
 * The assessment pages after a content update, with progress saved before it: an attempt
 * under way that no longer fits restarts as soon as the scenarios load, without using up
 * an attempt, and the result shown is the one recorded, never a lower re-scoring.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import { useStore } from '../../src/state/store.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { renderApp } from './render-app.tsx';

const assessment = fixture.assessment!;
const allDone = { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } };
const acknowledged = assessment.scenarios.map((s) => `scenario:${s.id}`);
const first = assessment.scenarios[0];
const second = assessment.scenarios[1];

describe('the assessment after a content update', () => {
  it('restarts an attempt under way whose step is gone at the first step, with no attempt used up', async () => {
    const records = [{ score: 20, passed: false }];
    const gone = { scenario: second.id, step: 'a-removed-step', response: ['a'], seconds: 4 };
    useStore.setState({
      progress: {
        lessons: allDone,
        quiz: { records, answers: [gone], at: { scenario: second.id, step: 'a-removed-step' }, counted: [], reported: false },
      },
      acknowledged,
    });
    renderApp(paths.assessmentRun);
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    await waitFor(() => expect(useStore.getState().progress.quiz).toMatchObject({ answers: [], records }));
    expect(useStore.getState().progress.quiz?.at).toBeUndefined();
  });

  it('resumes an attempt under way that still fits, at its step', async () => {
    const answer = { scenario: first.id, step: first.start, response: ['a'], seconds: 4 };
    const quiz = { records: [], answers: [answer], at: { scenario: first.id, step: first.start }, counted: [], reported: false };
    useStore.setState({ progress: { lessons: allDone, quiz }, acknowledged });
    renderApp(paths.assessmentRun);
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    expect(useStore.getState().progress.quiz).toEqual(quiz);
  });

  it('shows the recorded result even when the counted answers would score lower now', async () => {
    // The counted answers name a step the content no longer has: scored again they earn nothing.
    const counted = [{ scenario: first.id, step: 'a-removed-step', response: ['a'], seconds: 4 }];
    useStore.setState({
      progress: { lessons: allDone, quiz: { records: [{ score: 90, passed: true }], answers: [], counted, reported: true } },
    });
    renderApp(paths.assessmentResults);
    expect(await screen.findByText('90%')).toBeInTheDocument();
    expect(screen.getByText('You passed.')).toBeInTheDocument();
  });
});
