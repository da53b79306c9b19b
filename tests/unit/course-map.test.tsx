import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

function statusOf(title: string) {
  const item = screen.getByRole('link', { name: title }).closest('li')!;
  return within(item).getByText(/Not started|In progress|Done/).textContent;
}

describe('course map', () => {
  it('lists every lesson as not started on a first visit, with a start button', () => {
    renderApp(paths.home);
    expect(screen.getByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    expect(statusOf('First lesson')).toBe('Not started');
    expect(statusOf('Sensitive lesson')).toBe('Not started');
    expect(screen.getByText('0 of 2 lessons done.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Start the course/ })).toHaveAttribute('href', paths.lesson('first'));
  });

  it('shows in progress and done, overall progress, and continue where the learner left off', () => {
    useStore.setState({
      progress: {
        lessons: { first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } },
        position: { lesson: 'sensitive', section: 'one' },
      },
    });
    renderApp(paths.home);
    expect(statusOf('First lesson')).toBe('Done');
    expect(statusOf('Sensitive lesson')).toBe('In progress');
    expect(statusOf('Extra lesson')).toBe('Not started');
    expect(screen.getByText('1 of 2 lessons done.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(screen.getByRole('link', { name: /Continue where you left off: Sensitive lesson/ })).toHaveAttribute(
      'href',
      paths.lesson('sensitive', 'one'),
    );
  });

  it('marks optional lessons and lessons with a content note', () => {
    renderApp(paths.home);
    const extra = screen.getByRole('link', { name: 'Extra lesson' }).closest('li')!;
    expect(within(extra).getByText('Optional')).toBeInTheDocument();
    const sensitive = screen.getByRole('link', { name: 'Sensitive lesson' }).closest('li')!;
    expect(within(sensitive).getByText('Content note')).toBeInTheDocument();
  });

  it('has Support in the header on every screen', async () => {
    renderApp(paths.home);
    const support = screen.getByRole('link', { name: 'Support' });
    await userEvent.click(support);
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
    expect(screen.getByText('116 123')).toHaveAttribute('href', 'tel:116123');
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
  });
});
