import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

describe('content note before a distressing lesson', () => {
  it('comes before the lesson and names its topics', () => {
    renderApp(paths.lesson('sensitive'));
    expect(screen.getByRole('heading', { level: 1, name: 'Content note: Sensitive lesson' })).toBeInTheDocument();
    expect(screen.getByText('the death of a child')).toBeInTheDocument();
    expect(screen.queryByText('A child died.', { exact: false })).not.toBeInTheDocument();
    expect(useStore.getState().progress.lessons.sensitive).toBeUndefined();
  });

  it('continue opens the lesson', async () => {
    renderApp(paths.lesson('sensitive'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the lesson' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'What the leaflet says' })).toBeInTheDocument();
    await waitFor(() => expect(useStore.getState().progress.lessons.sensitive).toEqual({ at: 'one', done: false }));
  });

  it('skip for now returns to the map and the lesson stays not done', async () => {
    renderApp(paths.lesson('sensitive'));
    await userEvent.click(screen.getByRole('link', { name: 'Skip for now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    const item = screen.getByRole('link', { name: 'Sensitive lesson' }).closest('li')!;
    expect(item).toHaveTextContent('Not started');
    expect(screen.getByText('0 of 2 lessons done.')).toBeInTheDocument();
  });

  it('get support opens the Support page', async () => {
    renderApp(paths.lesson('sensitive'));
    await userEvent.click(screen.getByRole('link', { name: 'Get support' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
  });
});
