import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { KnowledgeCheck, OPEN_VERDICT } from '../../src/components/quiz/knowledge-check.tsx';
import { fixtureChecks } from '../fixtures/fixture-activities.ts';

const [single, open] = fixtureChecks;

function renderChecks() {
  render(
    <MemoryRouter>
      <KnowledgeCheck check={single} level={3} title="Quick check" className="section-check" />
      <KnowledgeCheck check={open} level={3} title="Quick check" className="section-check" />
    </MemoryRouter>,
  );
  const [first, second] = screen.getAllByRole('region', { name: 'Quick check' });
  return { first, second };
}

describe('a quick check in a section', () => {
  it('gives each of several checks its own heading and id', () => {
    const { first, second } = renderChecks();
    const headings = screen.getAllByRole('heading', { level: 3, name: 'Quick check' });
    expect(headings).toHaveLength(2);
    expect(headings[0].id).not.toBe(headings[1].id);
    expect(first).toHaveAttribute('aria-labelledby', headings[0].id);
    expect(second).toHaveAttribute('aria-labelledby', headings[1].id);
    expect(document.querySelectorAll('[id]').length).toBe(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size);
  });

  it('by keyboard only: answered, marked and announced', async () => {
    const user = userEvent.setup();
    const { first } = renderChecks();
    await user.tab();
    expect(within(first).getByRole('radio', { name: 'The right one' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(within(first).getByRole('button', { name: 'Check my answer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(first).getByRole('status')).toHaveTextContent('Right.');
    expect(within(first).getByText('Your choice: right.')).toBeVisible();
    expect(within(first).getByText('Yes; this one.')).toBeVisible();
  });

  it('open, by mouse: no verdict, the feedback of each chosen answer that has one, and the check feedback', async () => {
    const user = userEvent.setup();
    const { second } = renderChecks();
    await user.click(within(second).getByRole('checkbox', { name: 'Babies' }));
    await user.click(within(second).getByRole('checkbox', { name: 'Managers' }));
    await user.click(within(second).getByRole('button', { name: 'Check my answer' }));

    expect(within(second).getByRole('status')).toHaveTextContent(OPEN_VERDICT);
    expect(within(second).getByText('Babies are one of the six themes.')).toBeVisible();
    expect(within(second).getByText('The leaflet links no theme to any one review.')).toBeVisible();
    // Nothing is marked right or wrong, and an answer with no feedback gets no empty box.
    expect(second).not.toHaveTextContent(/right\.|not the best answer|Not quite|Partly right/);
    expect(within(second).getAllByText('Your choice.')).toHaveLength(1);
    expect(second.querySelectorAll('.right, .wrong')).toHaveLength(0);

    await user.click(within(second).getByRole('button', { name: 'Try the check again' }));
    expect(within(second).queryByText('The leaflet links no theme to any one review.')).toBeNull();
    expect(within(second).getByRole('checkbox', { name: 'Babies' })).not.toBeChecked();
    expect(within(second).getByRole('checkbox', { name: 'Babies' })).toHaveFocus();
  });
});
