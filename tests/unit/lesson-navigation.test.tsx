import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

describe('lesson navigation', () => {
  it('walks through the sections with next and previous, and finishes the lesson at the last one', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('first'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part one' })).toBeInTheDocument();
    expect(screen.getByText('Part 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('know the fixture')).toBeInTheDocument();
    // Progress is recorded by an effect just after the section renders.
    await waitFor(() => expect(useStore.getState().progress.lessons.first).toEqual({ at: 'one', done: false }));

    await user.click(screen.getByRole('link', { name: 'Next: Part two' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part two' })).toBeInTheDocument();
    await waitFor(() => expect(useStore.getState().progress.lessons.first).toEqual({ at: 'two', done: true }));
    expect(screen.getByText('case drift')).toBeInTheDocument();
    // The reflection questions come with their answer boxes, a chunk of their own.
    expect(await screen.findByText('How does this relate to your role?')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Previous: Part one' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part one' })).toBeInTheDocument();
    await waitFor(() => expect(useStore.getState().progress.position).toEqual({ lesson: 'first', section: 'one' }));
    expect(useStore.getState().progress.lessons.first).toEqual({ at: 'two', done: true });
  });

  it('offers the next lesson at the end of a lesson', async () => {
    renderApp(paths.lesson('first', 'two'));
    expect(await screen.findByRole('link', { name: 'Next lesson: Sensitive lesson' })).toHaveAttribute('href', paths.lesson('sensitive'));
  });

  it('leads from the lesson that finishes the rest to the final assessment', async () => {
    useStore.setState({ progress: { lessons: { first: { at: 'two', done: true } } }, acknowledged: ['sensitive'] });
    renderApp(paths.lesson('sensitive', 'two'));
    expect(await screen.findByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', paths.assessment);
  });

  it('at the end of the last lesson with a lesson unfinished, goes back to the course map', async () => {
    renderApp(paths.lesson('extra', 'only'));
    expect(await screen.findByRole('link', { name: 'Back to the course map' })).toHaveAttribute('href', paths.home);
  });

  it('names the lesson in the page title', async () => {
    renderApp(paths.lesson('first', 'two'));
    await screen.findByRole('heading', { level: 2, name: 'Part two' });
    expect(document.title).toBe('Part two: First lesson - Fixture course');
  });

  it('moves focus to the new heading on navigation', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('first', 'one'));
    await screen.findByRole('heading', { level: 2, name: 'Part one' });
    await user.click(screen.getByRole('link', { name: 'Next: Part two' }));
    await screen.findByRole('heading', { level: 2, name: 'Part two' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('leaves focus where the browser put it on the first page shown', async () => {
    renderApp('/lesson/first/one');
    await screen.findByRole('heading', { level: 2, name: 'Part one' });
    expect(document.activeElement).toBe(document.body);
  });

  it('renders internal Markdown links as course links', async () => {
    renderApp(paths.lesson('first', 'one'));
    expect(await screen.findByRole('link', { name: 'link to the second lesson' })).toHaveAttribute(
      'href',
      paths.lesson('sensitive', 'two'),
    );
  });

  it('shows a page for an unknown lesson, without losing anything', () => {
    renderApp(paths.lesson('nope'));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
