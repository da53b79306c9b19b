import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { KeyPoints } from '../../src/features/lesson/key-points.tsx';
import { useStore } from '../../src/state/store.ts';
import { renderApp } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';

const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('a lesson section with activities', () => {
  it('shows the body, then the activities in content order, then the key points recap', async () => {
    renderApp(paths.lesson('extra', 'only'));
    const section = await screen.findByRole('region', { name: 'Only part' });
    const reveal = await within(section).findByRole('heading', { level: 3, name: 'Think, then turn over' });
    const order = [
      within(section).getByText('Nothing more.'),
      within(section).getByText('reading between activities.', { exact: false }),
      reveal,
      within(section).getByRole('heading', { level: 3, name: 'Sort into groups' }),
      ...within(section).getAllByRole('heading', { level: 3, name: 'Quick check' }),
      within(section).getByRole('heading', { level: 3, name: 'Key points' }),
    ];
    expect(order).toHaveLength(7);
    order.slice(1).forEach((el, i) => expect(before(order[i], el)).toBe(true));
    expect(within(within(section).getByRole('region', { name: 'Key points' })).getByRole('listitem')).toHaveTextContent(
      'A point for the slide',
    );
  });

  it('saves nothing from an activity, and never holds back the way on', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('extra', 'only'));
    const section = await screen.findByRole('region', { name: 'Only part' });
    await within(section).findByRole('heading', { name: 'Sort into groups' });
    await waitFor(() => expect(useStore.getState().progress.lessons.extra).toEqual({ at: 'only', done: true }));
    const saved = JSON.stringify(useStore.getState());
    const stored = JSON.stringify({ ...window.localStorage });
    expect(screen.getByRole('link', { name: 'Back to the course map' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'I am not sure' }));
    await user.click(within(section).getByRole('button', { name: 'A missed visit' }));
    await user.click(within(section).getByRole('button', { name: 'A sign' }));
    await user.click(within(section).getByRole('radio', { name: 'The wrong one' }));
    await user.click(within(section).getAllByRole('button', { name: 'Check my answer' })[0]);

    expect(within(section).getByText('Placed in: A sign. Right.')).toBeInTheDocument();
    expect(JSON.stringify(useStore.getState())).toBe(saved);
    expect(JSON.stringify({ ...window.localStorage })).toBe(stored);
  });

  it('starts a section afresh: answers in one section never show in another', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('extra', 'only'));
    const section = await screen.findByRole('region', { name: 'Only part' });
    await user.click(await within(section).findByRole('button', { name: 'I am not sure' }));
    expect(within(section).getByRole('button', { name: 'I am not sure' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('link', { name: 'Back to the course map' }));
    await user.click(await screen.findByRole('link', { name: /Extra lesson/ }));
    const again = await screen.findByRole('region', { name: 'Only part' });
    expect(await within(again).findByRole('button', { name: 'I am not sure' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('the key points recap', () => {
  it('is left out when a section has no key points', () => {
    render(<KeyPoints points={[]} />);
    expect(screen.queryByRole('heading', { name: 'Key points' })).toBeNull();
  });
});
