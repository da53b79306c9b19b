/** The private learning log in a lesson: answers kept on this device, never in the saved state, shown on My record. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { forgetLearnerRecords } from '../../src/tracking/learner-record.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { renderApp } from './render-app.tsx';

const lesson = fixture.meta.lessons.find((l) => l.id === 'first')!;
const lastSection = lesson.sections[lesson.sections.length - 1].id;

describe('answering a reflection question', () => {
  it('keeps the answer on this device only, says where it is kept, and shows it on My record', async () => {
    const user = userEvent.setup();
    const view = renderApp(paths.lesson(lesson.id, lastSection));
    const box = await screen.findByRole('textbox', { name: 'How does this relate to your role?' });
    expect(box).toHaveAccessibleDescription(
      /kept in this browser on this device only.*Do not write names or details that could identify anyone/,
    );
    await user.type(box, 'Check the history first.');

    expect(encodeProgress(fixture.meta.id, useStore.getState().progress)).not.toContain('history');
    const stored = Object.entries(window.localStorage).filter(([, v]) => String(v).includes('Check the history first.'));
    expect(stored.map(([k]) => k)).toEqual([`learning-from-reviews:${fixture.meta.id}:record:web`]);

    // A new window (a relaunch) reads it back from storage.
    view.unmount();
    forgetLearnerRecords();
    renderApp(paths.lesson(lesson.id, lastSection));
    expect(await screen.findByRole('textbox', { name: 'How does this relate to your role?' })).toHaveValue('Check the history first.');

    await user.click(within(screen.getByRole('navigation', { name: 'Course' })).getByRole('link', { name: 'My record' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'My record' })).toBeInTheDocument());
    expect(await screen.findByText('Check the history first.')).toBeInTheDocument();
  });
});
