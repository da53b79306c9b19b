/**
 * The course map reads as a course: a cover with the title and what the learner will be able
 * to do, one main button that names what it leads to, and each lesson's status as a word with
 * an icon that pictures the same status.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { CourseTitle } from '../../src/features/course-map/map-cover.tsx';
import { fixture, fixtureSource } from '../fixtures/fixture-course.ts';
import { paths } from '../../src/config/paths.ts';
import { renderMap } from './render-app.tsx';

const cover = () => document.querySelector<HTMLElement>('.map-cover')!;
const primaries = () => document.querySelectorAll('.button.primary');
const row = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('the course map cover', () => {
  it('lists what the learner will be able to do, from the course file, under the title', async () => {
    await renderMap();
    const outcomes = within(screen.getByRole('region', { name: 'What you will be able to do' }));
    expect(outcomes.getAllByRole('listitem').map((li) => li.textContent)).toEqual(fixture.meta.outcomes);
    expect(fixture.meta.outcomes!.length).toBeGreaterThan(0);
    expect(cover()).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('shows no outcomes section for a course that lists none', async () => {
    const { outcomes: _dropped, ...meta } = fixture.meta;
    await renderMap({ ...fixtureSource, course: meta });
    expect(screen.queryByRole('heading', { name: 'What you will be able to do' })).toBeNull();
  });

  it("keeps a title's years in its text, marked to read as the source of the learning", () => {
    const { container } = render(
      <h1>
        <CourseTitle title="Learning from serious case and incident reviews (2008-12)" />
      </h1>,
    );
    const h1 = container.querySelector('h1')!;
    expect(h1.textContent).toBe('Learning from serious case and incident reviews (2008-12)');
    expect(h1.querySelector('.title-source')!.textContent).toBe('(2008-12)');
    // Only the brackets are hidden; the years are on screen, with the words the stylesheet puts before them.
    expect([...h1.querySelectorAll('.title-source .visually-hidden')].map((e) => e.textContent)).toEqual(['(', ')']);
  });

  it('leaves a title without closing years as it is', () => {
    const { container } = render(
      <h1>
        <CourseTitle title="Fixture course (draft)" />
      </h1>,
    );
    expect(container.querySelector('h1')!.innerHTML).toBe('Fixture course (draft)');
  });
});

describe('the one main button', () => {
  it('is the only primary button on a first visit, under "Up next" naming the first lesson', async () => {
    await renderMap();
    expect(primaries()).toHaveLength(1);
    const panel = within(screen.getByRole('region', { name: 'Your progress' }));
    expect(panel.getByRole('heading', { level: 3, name: /^Up next\s?: First lesson$/ })).toBeInTheDocument();
    expect(
      panel.getByText(`Lesson 1 of 3 · about ${fixture.meta.lessons[0].minutes} minute${fixture.meta.lessons[0].minutes === 1 ? '' : 's'}`),
    ).toBeInTheDocument();
    expect(primaries()[0]).toHaveAccessibleName(/^Start the course\s?: First lesson$/);
  });

  it('names the lesson and the part the learner will continue at', async () => {
    useStore.setState({
      progress: {
        lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: false } },
        position: { lesson: 'sensitive', section: 'two' },
      },
    });
    await renderMap();
    expect(primaries()).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 3, name: /^Up next\s?: Sensitive lesson$/ })).toBeInTheDocument();
    expect(screen.getByText(/^Lesson 2 of 3 · Part 2 of 2 · about/)).toBeInTheDocument();
    expect(primaries()[0]).toHaveAttribute('href', paths.lesson('sensitive', 'two'));
  });

  it('leads to the final assessment once the lessons are done, still the only primary button', async () => {
    useStore.setState({ progress: { lessons: { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } } } });
    await renderMap();
    expect(primaries()).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 3, name: /^Up next\s?: Final assessment$/ })).toBeInTheDocument();
    expect(primaries()[0]).toHaveAccessibleName('Take the final assessment');
  });
});

describe('lesson status on the map', () => {
  it('is a word with an icon of the same status, hidden from assistive technology', async () => {
    useStore.setState({
      progress: { lessons: { first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } }, skipped: ['extra'] },
    });
    await renderMap();
    for (const [title, word, icon] of [
      ['First lesson', 'Done', 'is-done'],
      ['Sensitive lesson', 'In progress', 'is-in-progress'],
      ['Extra lesson', 'Skipped', 'is-skipped'],
    ]) {
      const item = row(title);
      expect(within(item).getByText(word)).toHaveClass('status');
      const svg = item.querySelector('svg.status-icon')!;
      expect(svg).toHaveClass(icon);
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      // The link's description carries the status word.
      expect(within(item).getByRole('link', { name: title })).toHaveAccessibleDescription(new RegExp(`^${word}`));
    }
  });

  it("pictures each group's progress as a ring hidden from assistive technology, matching its words", async () => {
    useStore.setState({ progress: { lessons: { first: { at: 'two', done: true } } } });
    await renderMap();
    const start = screen.getByRole('region', { name: 'Start here' });
    const ring = start.querySelector('svg.progress-ring')!;
    expect(ring).toHaveAttribute('aria-hidden', 'true');
    expect(ring.textContent).toBe('1/1');
    expect(ring.querySelector('.ring-fill')).toHaveAttribute('stroke-dasharray', '100 100');
    expect(within(start).getByText(/^1 of 1 done\./)).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'The review' }).querySelector('svg.progress-ring')!;
    expect(review.textContent).toBe('0/1');
    expect(review.querySelector('.ring-fill')).toHaveAttribute('stroke-dasharray', '0 100');
  });

  it('shows the assessment locked, with a padlock, until every lesson is done', async () => {
    await renderMap();
    const entry = screen.getByRole('link', { name: /^Final assessment/ }).closest('li')!;
    expect(within(entry).getByText('Opens when every lesson is done')).toBeInTheDocument();
    expect(entry.querySelector('svg.status-icon')).toHaveClass('is-locked');
  });
});
