import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RevealActivity } from '../../src/features/lesson/activities/reveal-activity.tsx';
import { fixtureReveal } from '../fixtures/fixture-activities.ts';

function renderReveal() {
  render(
    <MemoryRouter>
      <RevealActivity activity={fixtureReveal} />
    </MemoryRouter>,
  );
  const activity = screen.getByRole('region', { name: 'Think, then turn over' });
  const card = (n: number) => within(activity).getByRole('group', { name: new RegExp(`^Card ${n} of 2:`) });
  return { activity, card, status: within(activity).getByRole('status') };
}

describe('reveal cards', () => {
  it('by keyboard only: the learner commits to an option, then the back shows and is announced; focus stays put', async () => {
    const user = userEvent.setup();
    const { card, status } = renderReveal();
    expect(within(card(1)).getByText('The back of the', { exact: false })).not.toBeVisible();
    expect(status).toHaveTextContent('');

    await user.tab();
    const first = within(card(1)).getByRole('button', { name: 'I can think of one thing' });
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(first).toHaveFocus();
    expect(within(card(1)).getByText('The back of the', { exact: false })).toBeVisible();
    expect(status).toHaveTextContent('Card 1 turned over. You chose: I can think of one thing. On the back: The back of the first card.');
    // The other card is untouched.
    expect(within(card(2)).getByText('The back of the second card.')).not.toBeVisible();

    // Committed: the other option cannot be chosen now.
    await user.tab();
    const other = within(card(1)).getByRole('button', { name: 'I am not sure' });
    expect(other).toHaveFocus();
    await user.keyboard(' ');
    expect(other).toHaveAttribute('aria-pressed', 'false');
    expect(first).toHaveAttribute('aria-pressed', 'true');
  });

  it('by keyboard only: a card turned back hides its back again and returns focus to its first option', async () => {
    const user = userEvent.setup();
    const { card, status } = renderReveal();
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    const reset = within(card(1)).getByRole('button', { name: 'Turn this card back: card 1' });
    expect(reset).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(within(card(1)).getByText('The back of the', { exact: false })).not.toBeVisible();
    expect(within(card(1)).getByRole('button', { name: 'I can think of one thing' })).toHaveFocus();
    expect(within(card(1)).getByRole('button', { name: 'I can think of one thing' })).toHaveAttribute('aria-pressed', 'false');
    expect(status).toHaveTextContent('Card 1 turned back.');
  });

  it('by mouse: each card turns over on its own', async () => {
    const user = userEvent.setup();
    const { card, status } = renderReveal();
    await user.click(within(card(2)).getByRole('button', { name: 'Nothing yet' }));
    expect(within(card(2)).getByText('The back of the second card.')).toBeVisible();
    expect(within(card(1)).getByText('The back of the', { exact: false })).not.toBeVisible();
    expect(status).toHaveTextContent('Card 2 turned over. You chose: Nothing yet. On the back: The back of the second card.');

    await user.click(within(card(2)).getByRole('button', { name: 'Turn this card back: card 2' }));
    expect(within(card(2)).getByText('The back of the second card.')).not.toBeVisible();
    await user.click(within(card(2)).getByRole('button', { name: 'A question' }));
    expect(within(card(2)).getByRole('button', { name: 'A question' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card(2)).getByText('The back of the second card.')).toBeVisible();
  });
});
