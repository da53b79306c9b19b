import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SortActivity } from '../../src/features/lesson/activities/sort-activity.tsx';
import { fixtureSort } from '../fixtures/fixture-activities.ts';

function renderSort() {
  render(
    <MemoryRouter>
      <SortActivity activity={fixtureSort} />
    </MemoryRouter>,
  );
  const activity = screen.getByRole('region', { name: 'Sort into groups' });
  const item = (text: string) => within(activity).getByRole('button', { name: text });
  const group = (label: string) => within(within(activity).getByRole('group')).getByRole('button', { name: label });
  const row = (text: string) => within(activity).getByText(text).closest('li')!;
  return { activity, item, group, row, status: within(activity).getByRole('status') };
}

describe('sort into groups', () => {
  it('by keyboard only: pick an item, then its group; the item says where it went, whether that is right and why, and it is announced', async () => {
    const user = userEvent.setup();
    const { activity, item, group, row, status } = renderSort();

    await user.tab();
    expect(item('A missed visit')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(item('A missed visit')).toHaveAttribute('aria-pressed', 'true');
    expect(row('A missed visit')).toHaveTextContent('Chosen: now choose its group.');
    expect(within(activity).getByRole('group', { name: 'Put “A missed visit” in:' })).toBeInTheDocument();

    // Tab past the other items to the groups, and put it in the wrong one.
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(group('Not a sign')).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(row('A missed visit')).toHaveTextContent('Placed in: Not a sign. Not quite: it belongs in A sign.');
    expect(row('A missed visit')).toHaveTextContent('Missed visits can be a sign.');
    expect(status).toHaveTextContent(
      'A missed visit: Placed in: Not a sign. Not quite: it belongs in A sign. Missed visits can be a sign.',
    );
    // Focus stays where the learner was; the placed item is no longer a button to pick.
    expect(group('Not a sign')).toHaveFocus();
    expect(within(activity).queryByRole('button', { name: 'A missed visit' })).toBeNull();

    // Back to the items with Shift+Tab, and a right answer with Space.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(item('A tidy kitchen')).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(group('Not a sign')).toHaveFocus();
    await user.keyboard(' ');
    expect(row('A tidy kitchen')).toHaveTextContent('Placed in: Not a sign. Right.');
    expect(status).toHaveTextContent('A tidy kitchen: Placed in: Not a sign. Right. A tidy kitchen says little on its own.');
  });

  it('by keyboard only: a group chosen before an item says what to do first, and places nothing', async () => {
    const user = userEvent.setup();
    const { group, row, status } = renderSort();
    for (let i = 0; i < 4; i++) await user.tab();
    expect(group('A sign')).toHaveFocus();
    expect(group('A sign')).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent('Choose an item first, then its group.');
    expect(row('A missed visit')).toHaveTextContent('Not placed yet.');
  });

  it('by mouse: all sorted gives a total, and Start again puts every item back with focus on the first', async () => {
    const user = userEvent.setup();
    const { activity, item, group, row, status } = renderSort();
    // Changing one's mind before choosing a group: pressing the item again lets it go.
    await user.click(item('A tidy kitchen'));
    await user.click(item('A tidy kitchen'));
    expect(item('A tidy kitchen')).toHaveAttribute('aria-pressed', 'false');
    await user.click(item('A tidy kitchen'));
    await user.click(item('A missed visit'));
    expect(item('A tidy kitchen')).toHaveAttribute('aria-pressed', 'false');
    expect(item('A missed visit')).toHaveAttribute('aria-pressed', 'true');
    await user.click(group('A sign'));
    await user.click(item('A tidy kitchen'));
    await user.click(group('Not a sign'));
    await user.click(item('Over-eager agreement'));
    await user.click(group('Not a sign'));

    expect(row('A missed visit')).toHaveTextContent('Placed in: A sign. Right.');
    expect(row('Over-eager agreement')).toHaveTextContent('Placed in: Not a sign. Not quite: it belongs in A sign.');
    expect(within(activity).getByText('All 3 sorted: 2 in the right group.')).toBeVisible();
    expect(status).toHaveTextContent(/All 3 sorted: 2 in the right group\.$/);

    await user.click(within(activity).getByRole('button', { name: 'Start again' }));
    for (const text of ['A missed visit', 'A tidy kitchen', 'Over-eager agreement']) expect(row(text)).toHaveTextContent('Not placed yet.');
    expect(item('A missed visit')).toHaveFocus();
    expect(status).toHaveTextContent('Started again');
    expect(within(activity).queryByRole('button', { name: 'Start again' })).toBeNull();
  });
});
