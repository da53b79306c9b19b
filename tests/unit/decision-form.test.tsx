import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DecisionStep } from '../../src/course/quiz-types.ts';
import { DecisionForm } from '../../src/components/quiz/decision-form.tsx';
import { verdictFor } from '../../src/components/quiz/verdict.ts';
import { credit } from '../../src/lib/quiz-rules.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const steps = fixture.assessment!.scenarios[0].steps;
const single = steps.d1 as DecisionStep;
const multiple = steps.d2 as DecisionStep;
const ordering = steps.d3 as DecisionStep;

/** The form as the assessment uses it: the answer goes in, feedback comes out. */
function Harness({ step }: { step: DecisionStep }) {
  const [answer, setAnswer] = useState<string[]>();
  return (
    <MemoryRouter>
      <DecisionForm
        decision={step}
        answered={answer}
        onAnswer={setAnswer}
        verdict={answer ? verdictFor(credit(step, answer)) : undefined}
      />
    </MemoryRouter>
  );
}

describe('decision forms, by keyboard', () => {
  it('single choice: arrow keys choose, Enter submits, feedback sits by the answer and is announced', async () => {
    const user = userEvent.setup();
    render(<Harness step={single} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Ask to see the baby where they sleep' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Leave it for next time' })).toBeChecked();
    await user.keyboard('{ArrowUp}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Submit answer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Right.');
    expect(screen.getByText('Your choice: right.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the first lesson' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ask to see the baby where they sleep' })).toBeDisabled();
    // Focus is not lost when the submit button goes: it moves to the verdict.
    expect(document.activeElement).toHaveTextContent('Right.');
  });

  it('multiple response: Space ticks boxes, partial credit is said', async () => {
    const user = userEvent.setup();
    render(<Harness step={multiple} />);
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Smoking' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A clean home' })).toBeChecked();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Not quite.');
    expect(screen.getByText('A right answer you did not choose.')).toBeInTheDocument();
  });

  it('asks for an answer before submitting', async () => {
    const user = userEvent.setup();
    render(<Harness step={multiple} />);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one answer first.');
  });

  it('ordering: items move with buttons (no dragging), moves are announced, and the order is judged', async () => {
    const user = userEvent.setup();
    render(<Harness step={ordering} />);
    const items = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.ordering-text')?.textContent);
    // It never starts in the right order.
    expect(items()).not.toEqual(['Talk to the family', 'Record it', 'Share it']);
    while (items()[0] !== 'Talk to the family') {
      screen.getByRole('button', { name: /^Move up\s?: Talk to the family/ }).focus();
      await user.keyboard('{Enter}');
    }
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Talk to the family moved to position 1 of 3/);
    // At the top its Move up button is disabled: focus went to its Move down button, not the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Move down\s?: Talk to the family/ }));
    if (items()[1] !== 'Record it') {
      screen.getByRole('button', { name: /^Move up\s?: Record it/ }).focus();
      await user.keyboard('{Enter}');
    }
    expect(items()).toEqual(['Talk to the family', 'Record it', 'Share it']);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getAllByText('In the right place.')).toHaveLength(3);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Right.')).toBe(true);
  });
});
