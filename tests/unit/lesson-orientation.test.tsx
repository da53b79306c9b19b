/** Where the learner is in a lesson, on fixture content: the position line and the parts sidebar. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

describe('orientation in a lesson', () => {
  it('says which lesson of the course and which part of the lesson is on screen', async () => {
    renderApp(paths.lesson('first', 'two'));
    await screen.findByRole('heading', { level: 2, name: 'Part two' });
    // Optional lessons are numbered too, as on the course map.
    expect(document.querySelector('.lesson-position-text')).toHaveTextContent(/^Lesson 1 of 3 · Part 2 of 2$/);
  });

  it('lists the lesson’s parts with their state in words, the current one marked, once the page is idle', async () => {
    useStore.setState({ progress: { lessons: { first: { at: 'two', done: true } } } });
    renderApp(paths.lesson('first', 'one'));
    const sidebar = await screen.findByRole('navigation', { name: 'Parts of this lesson' });
    const items = within(sidebar).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Part oneYou are here', 'Part twoDone']);
    expect(within(sidebar).getByRole('link', { name: 'Part one' })).toHaveAttribute('aria-current', 'step');
    expect(within(sidebar).getByRole('link', { name: 'Part two' })).toHaveAttribute('href', paths.lesson('first', 'two'));
  });

  it('goes to a part from the sidebar', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('first', 'one'));
    const sidebar = await screen.findByRole('navigation', { name: 'Parts of this lesson' });
    await user.click(within(sidebar).getByRole('link', { name: 'Part two' }));
    await waitFor(() => expect(document.querySelector('.lesson-position-text')).toHaveTextContent('Part 2 of 2'));
  });
});
