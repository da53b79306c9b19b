/**
 * Content notes on lessons: a compact note first on the page of most distressing lessons,
 * holding the section back until the learner continues; a full page where the content asks
 * for one (gate: true). "Skip for now" is recorded and explained.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp, renderMap } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';
import type { CourseSource } from '../../src/components/course-context.tsx';
import type { CourseMeta, Lesson } from '../../src/course/types.ts';
import { fixture, fixtureSource } from '../fixtures/fixture-course.ts';

/** The fixture course with one change, for a setting or a note the fixture files do not have. */
function sourceWith(change: (meta: CourseMeta, lessons: Lesson[]) => void): CourseSource {
  const meta = structuredClone(fixture.meta);
  const lessons = structuredClone(fixture.lessons);
  change(meta, lessons);
  return { ...fixtureSource, course: meta, loadLesson: async (id) => lessons.find((l) => l.id === id)! };
}
const fullNote = sourceWith((meta, lessons) => {
  for (const l of [...meta.lessons, ...lessons]) if (l.id === 'sensitive') l.contentNote!.gate = true;
});

const LEAFLET_LINE = 'a test summary that the leaflet states';
const BODY = /A child died/;

describe('compact content note', () => {
  it('is first on the page after the title, names the topics, and holds the section back', async () => {
    renderApp(paths.lesson('sensitive'));
    const note = await screen.findByRole('region', { name: 'Content note' });
    const h1 = screen.getByRole('heading', { level: 1, name: 'Sensitive lesson' });
    // First in reading order: nothing between the title and the note.
    expect(h1.nextElementSibling).toBe(note);
    expect(note).toHaveTextContent('This lesson is about a review into the death of a child.');
    expect(within(note).getByRole('listitem')).toHaveTextContent('the death of a child');
    expect(screen.getByRole('heading', { level: 2, name: 'What the leaflet says' })).toBeInTheDocument();
    expect(screen.queryByText(BODY)).not.toBeInTheDocument();
    expect(screen.queryByText(LEAFLET_LINE, { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument();
    // Seeing the note is not starting the lesson.
    expect(useStore.getState().progress.lessons.sensitive).toBeUndefined();
  });

  it('by keyboard: Continue shows the section, moves focus to it, and records the visit', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('sensitive'));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Sensitive lesson' });
    h1.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue to the lesson' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(BODY)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What the leaflet says' })).toHaveFocus();
    await waitFor(() => expect(useStore.getState().progress.lessons.sensitive).toEqual({ at: 'one', done: false }));
    // One line keeps the topics and support in view.
    expect(screen.queryByRole('region', { name: 'Content note' })).not.toBeInTheDocument();
    expect(screen.getByText('Content note:').closest('p')).toHaveTextContent('Content note: the death of a child. Get support');
  });

  it("keeps the leaflet's line behind Show what the leaflet says, then quotes it with its code", async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('sensitive'));
    await user.click(await screen.findByRole('button', { name: 'Continue to the lesson' }));
    const show = await screen.findByRole('button', { name: 'Show what the leaflet says' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('blockquote')).not.toBeInTheDocument();
    show.focus();
    await user.keyboard(' ');
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveTextContent(`TST10 – ${LEAFLET_LINE}.`);
    expect(screen.getByText(/The leaflet’s words, as it printed them/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide what the leaflet says' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('Skip for now, by keyboard, goes to the map, which says the lesson was skipped and how to go back', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('sensitive'));
    const skip = await screen.findByRole('link', { name: 'Skip for now' });
    skip.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    expect(useStore.getState().progress).toEqual({ lessons: {}, skipped: ['sensitive'] });
    const item = screen.getByRole('link', { name: 'Sensitive lesson' }).closest('li')!;
    // Its status says so, in words beside the icon that pictures it.
    expect(item).toHaveTextContent('Skipped');
    expect(item.querySelector('svg.status-icon')).toHaveClass('is-skipped');
    expect(within(item).getByText(/^Skipped:/)).toHaveTextContent('Skipped: the assessment opens when every lesson is done.');
    expect(within(item).getByRole('link', { name: /Go back to the lesson\s?: Sensitive lesson/ })).toHaveAttribute(
      'href',
      paths.lesson('sensitive'),
    );
    expect(screen.getByText(/0 of 2 lessons done, 1 skipped\./)).toBeInTheDocument();
  });

  it('Get support, by keyboard, opens the Support page', async () => {
    const user = userEvent.setup();
    renderApp(paths.lesson('sensitive'));
    (await screen.findByRole('link', { name: 'Get support' })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
  });

  it('shows on a later section opened first in this window, as the full note did', async () => {
    renderApp(paths.lesson('sensitive', 'two'));
    expect(await screen.findByRole('region', { name: 'Content note' })).toBeInTheDocument();
    expect(screen.queryByText('Which themes might be relevant?')).not.toBeInTheDocument();
    expect(useStore.getState().progress.lessons.sensitive).toBeUndefined();
  });
});

describe('full-page content note (gate: true)', () => {
  it('comes before the lesson and names its topics', () => {
    renderApp(paths.lesson('sensitive'), fullNote);
    expect(screen.getByRole('heading', { level: 1, name: 'Content note: Sensitive lesson' })).toBeInTheDocument();
    expect(screen.getByText('This lesson includes:')).toBeInTheDocument();
    expect(screen.getByText('the death of a child')).toBeInTheDocument();
    expect(screen.queryByText(BODY)).not.toBeInTheDocument();
    expect(useStore.getState().progress.lessons.sensitive).toBeUndefined();
  });

  it('continue opens the lesson, with no second note', async () => {
    renderApp(paths.lesson('sensitive'), fullNote);
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the lesson' }));
    expect(await screen.findByText(BODY)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Content note' })).not.toBeInTheDocument();
    await waitFor(() => expect(useStore.getState().progress.lessons.sensitive).toEqual({ at: 'one', done: false }));
  });

  it('skip for now is recorded too, and the map says so', async () => {
    renderApp(paths.lesson('sensitive'), fullNote);
    await userEvent.click(screen.getByRole('link', { name: 'Skip for now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    expect(useStore.getState().progress.skipped).toEqual(['sensitive']);
    expect(screen.getByRole('link', { name: 'Sensitive lesson' }).closest('li')).toHaveTextContent('Skipped: the assessment opens');
  });

  it("at the start of the course it lists the whole course's topics", () => {
    const start = sourceWith((meta) => {
      meta.lessons[0].contentNote = { gate: true, topics: ['the deaths of children'], text: 'This course is about reviews.' };
    });
    renderApp(paths.lesson('first'), start);
    expect(screen.getByRole('heading', { level: 1, name: 'Content note: First lesson' })).toBeInTheDocument();
    expect(screen.getByText('This course includes:')).toBeInTheDocument();
  });
});

describe('what a skip means, said plainly', () => {
  const skippedAfterFirst = () =>
    useStore.setState({
      progress: { lessons: { first: { at: 'two', done: true } }, position: { lesson: 'first', section: 'two' }, skipped: ['sensitive'] },
    });

  it('with the setting off: the assessment stays closed, and its entry lists the way back', async () => {
    skippedAfterFirst();
    await renderMap();
    const entry = screen.getByRole('link', { name: /^Final assessment/ }).closest('li')!;
    expect(within(entry).getByText('Opens when every lesson is done')).toBeInTheDocument();
    expect(entry).toHaveTextContent('Skipped: the assessment opens when every lesson is done. You skipped:');
    expect(within(entry).getByRole('link', { name: 'Go back to Sensitive lesson' })).toHaveAttribute('href', paths.lesson('sensitive'));
  });

  it('with the setting on: the skipped lesson counts, the assessment opens, and the way back stays', async () => {
    skippedAfterFirst();
    await renderMap(
      sourceWith((meta) => {
        meta.countSkippedLessons = true;
      }),
    );
    const item = screen.getByRole('link', { name: 'Sensitive lesson' }).closest('li')!;
    expect(within(item).getByText(/^Skipped:/)).toHaveTextContent(
      'Skipped: it still counts towards finishing the lessons. You can come back to it at any time.',
    );
    const entry = screen.getByRole('link', { name: /^Final assessment/ }).closest('li')!;
    expect(within(entry).getByText('Not started')).toBeInTheDocument();
    expect(entry).toHaveTextContent('They still count towards finishing the lessons');
    expect(within(entry).getByRole('link', { name: 'Go back to Sensitive lesson' })).toBeInTheDocument();
    expect(screen.getByText(/1 of 2 lessons done, 1 skipped\./)).toBeInTheDocument();
  });

  it('is gone once the skipped lesson is done', async () => {
    useStore.setState({
      progress: { lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } }, skipped: ['sensitive'] },
    });
    await renderMap();
    expect(screen.queryByText(/^Skipped:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/You skipped/)).not.toBeInTheDocument();
  });
});
