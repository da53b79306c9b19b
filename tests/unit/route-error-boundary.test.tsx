/**
 * A page that throws while rendering: every route shows "Something went wrong" with a way
 * back (the course map; in presentation mode the chooser of decks), logs the error to the
 * console, and leaves the saved progress exactly as it was.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../src/app/app.tsx';
import { CourseContext, type CourseSource } from '../../src/components/course-context.tsx';
import type { Lesson } from '../../src/course/types.ts';
import { useStore } from '../../src/state/store.ts';
import { fixtureSource } from '../fixtures/fixture-course.ts';

/** A lesson chunk that does not match the code (say, a stale cache after an update): rendering it throws. */
const brokenSource: CourseSource = {
  ...fixtureSource,
  loadLesson: async (id) => ({ ...(await fixtureSource.loadLesson(id)), sections: undefined, outcomes: undefined }) as unknown as Lesson,
};

function renderBroken(route: string) {
  return render(
    <CourseContext.Provider value={brokenSource}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </CourseContext.Provider>,
  );
}

const saved = {
  lessons: { first: { at: 'one', done: false } },
  position: { lesson: 'first', section: 'one' },
  quiz: { records: [{ score: 40, passed: false }], answers: [], counted: [], reported: true },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an error thrown inside a route', () => {
  it('in a lesson: "Something went wrong", a link to the course map, the error logged, progress unchanged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useStore.setState({ progress: saved });
    const before = JSON.stringify(useStore.getState().progress);
    renderBroken('/lesson/first/two');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    // The course's own frame is still there: the whole app did not go blank.
    expect(screen.getByRole('navigation', { name: 'Course' })).toBeInTheDocument();
    expect(logged.mock.calls.flat().some((arg) => arg instanceof TypeError)).toBe(true);
    expect(JSON.stringify(useStore.getState().progress)).toBe(before);
    await userEvent.click(screen.getByRole('link', { name: 'Go to the course map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
    expect(JSON.stringify(useStore.getState().progress)).toBe(before);
  });

  it('in presentation mode: the way back leads to Team briefings', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useStore.setState({ progress: saved });
    const before = JSON.stringify(useStore.getState().progress);
    renderBroken('/present/first');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(logged.mock.calls.flat().some((arg) => arg instanceof TypeError)).toBe(true);
    await userEvent.click(screen.getByRole('link', { name: 'Back to Team briefings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team briefings' })).toBeInTheDocument();
    expect(JSON.stringify(useStore.getState().progress)).toBe(before);
  });
});
