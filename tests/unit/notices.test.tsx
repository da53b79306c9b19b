import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderMap } from './render-app.tsx';

describe('notices', () => {
  it('are announced in a status region, and ordinary ones can be dismissed', async () => {
    useStore.getState().addNotice({ id: 'n', message: 'Your saved progress could not be read.' });
    await renderMap();
    expect(screen.getByRole('status')).toHaveTextContent('Your saved progress could not be read.');
    await userEvent.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('persistent ones stay, and offer their action', async () => {
    const run = vi.fn();
    useStore
      .getState()
      .addNotice({ id: 'lms', message: 'Not saved to your LMS yet.', persistent: true, action: { label: 'Try saving again', run } });
    await renderMap();
    expect(screen.queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
