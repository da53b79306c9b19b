import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { paths } from '../../src/config/paths.ts';
import { renderApp } from './render-app.tsx';

const allDone = {
  lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } },
};

describe("the people in a scenario's situation", () => {
  it('shows each adult at the first step as a decorative drawing with their name and role in words', { timeout: 20_000 }, async () => {
    useStore.setState({ progress: allDone });
    renderApp(paths.assessmentRun);
    const list = await screen.findByRole('list', { name: 'People in this scenario' }, { timeout: 10_000 });
    const people = within(list).getAllByRole('listitem');
    expect(people.map((p) => p.textContent)).toEqual(['SamHealth visitor', 'AlexParent']);
    // Decorative: no accessible name of their own, so they are left out of the accessibility tree.
    expect(within(list).queryAllByRole('img')).toEqual([]);
    const images = list.querySelectorAll('img');
    expect(images).toHaveLength(2);
    for (const img of images) {
      expect(img).toHaveAttribute('alt', '');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('width', '96');
      expect(img).toHaveAttribute('height', '96');
      expect(img.getAttribute('src')).toMatch(/^illustrations\/home-visit-[a-z]+-[0-9a-f]{8}\.svg$/);
    }
  });

  it('leaves them out once the situation folds away after the first step', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    useStore.setState({ progress: allDone });
    renderApp(paths.assessmentRun);
    await screen.findByRole('list', { name: 'People in this scenario' }, { timeout: 10_000 });
    await user.click(screen.getByRole('radio', { name: 'Leave it for next time' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Show the situation', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'People in this scenario' })).not.toBeInTheDocument();
  });
});
