import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { minutes } from '../../src/features/course-map/lesson-groups.ts';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store.ts';
import { renderApp, renderMap } from './render-app.tsx';
import { paths } from '../../src/config/paths.ts';
import type { Answer, QuizProgress } from '../../src/course/progress.ts';
import { correctResponse, walk } from '../../src/lib/quiz-rules.ts';
import { fixture } from '../fixtures/fixture-course.ts';

function statusOf(title: string) {
  const item = screen.getByRole('link', { name: title }).closest('li')!;
  return within(item).getByText(/^(Not started|In progress|Done|Skipped)$/).textContent;
}
const group = (name: string) => screen.getByRole('region', { name });
const allDone = { first: { at: 'two', done: true }, sensitive: { at: 'two', done: true } };

/** A whole attempt answered right, as the counted answers of a pass. */
function rightAnswers(): Answer[] {
  const assessment = fixture.assessment!;
  const answers: Answer[] = [];
  for (;;) {
    const { visited, done } = walk(assessment, answers);
    if (done) return answers;
    const last = visited[visited.length - 1];
    const step = assessment.scenarios.find((s) => s.id === last.scenario)!.steps[last.step];
    if (step.kind !== 'decision') throw new Error('walk stops only at a decision');
    answers.push({ scenario: last.scenario, step: step.id, response: correctResponse(step), seconds: 3 });
  }
}
const passed = (): QuizProgress => ({ records: [{ score: 100, passed: true }], answers: [], counted: rightAnswers(), reported: true });

describe('course map', () => {
  it('lists every lesson as not started on a first visit, with a start button', async () => {
    await renderMap();
    expect(screen.getByRole('heading', { level: 1, name: 'Fixture course' })).toBeInTheDocument();
    expect(statusOf('First lesson')).toBe('Not started');
    expect(statusOf('Sensitive lesson')).toBe('Not started');
    expect(screen.getByText('0 of 2 lessons done.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Start the course/ })).toHaveAttribute('href', paths.lesson('first'));
  });

  it('groups the lessons by kind in course order: Start here, the reviews, Finish with the assessment', async () => {
    await renderMap();
    // The progress-file panel (web edition) is a chunk of its own: wait for its heading.
    await screen.findByRole('heading', { level: 2, name: 'Keep your progress safe' });
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual([
      'Your progress',
      'What you will be able to do',
      'Start here',
      'The review',
      'Finish',
      'Keep your progress safe',
      'My record',
      'Team briefings',
    ]);
    expect(within(group('Start here')).getByRole('link', { name: 'First lesson' })).toBeInTheDocument();
    expect(within(group('The review')).getByRole('link', { name: 'Sensitive lesson' })).toBeInTheDocument();
    const finish = within(group('Finish'));
    expect(finish.getByRole('link', { name: 'Extra lesson' })).toBeInTheDocument();
    expect(finish.getByRole('link', { name: /^Final assessment/ })).toHaveAttribute('href', paths.assessment);
    // One numbering across the groups: the course's order.
    const lessonLists = ['Start here', 'The review', 'Finish'].map((name) => within(group(name)).getByRole('list'));
    expect(lessonLists.map((l) => l.getAttribute('start'))).toEqual(['1', '2', '3']);
  });

  it('offers Team briefings in a section of its own, with a link of its own to the page', async () => {
    await renderMap();
    expect(within(group('Team briefings')).getByRole('link', { name: 'Open Team briefings' })).toHaveAttribute('href', paths.briefing);
  });

  it("shows each group's progress and time left in words", async () => {
    useStore.setState({ progress: { lessons: { first: { at: 'two', done: true } } } });
    await renderMap();
    expect(within(group('Start here')).getByText('1 of 1 done. All done.')).toBeInTheDocument();
    const review = fixture.meta.lessons.find((l) => l.id === 'sensitive')!.minutes;
    expect(within(group('The review')).getByText(`0 of 1 done. About ${minutes(review)} left.`)).toBeInTheDocument();
    // The optional lesson does not count; the assessment does, with its measured time.
    const assessment = fixture.meta.assessment!.minutes;
    expect(within(group('Finish')).getByText(`0 of 1 done. About ${minutes(assessment)} left.`)).toBeInTheDocument();
  });

  it('says how long the lessons take, and the assessment apart from them', async () => {
    await renderMap();
    const total = fixture.meta.lessons.reduce((sum, l) => sum + l.minutes, 0);
    expect(document.getElementById('course-time')).toHaveTextContent(
      `3 short lessons, about ${minutes(total)} in all, then the final assessment, about ${minutes(fixture.meta.assessment!.minutes)}.`,
    );
  });

  it('shows in progress and done, overall progress, and continue where the learner left off', async () => {
    useStore.setState({
      progress: {
        lessons: { first: { at: 'two', done: true }, sensitive: { at: 'one', done: false } },
        position: { lesson: 'sensitive', section: 'one' },
      },
    });
    await renderMap();
    expect(statusOf('First lesson')).toBe('Done');
    expect(statusOf('Sensitive lesson')).toBe('In progress');
    expect(statusOf('Extra lesson')).toBe('Not started');
    expect(screen.getByText('1 of 2 lessons done.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(screen.getByRole('link', { name: /Continue where you left off: Sensitive lesson/ })).toHaveAttribute(
      'href',
      paths.lesson('sensitive', 'one'),
    );
  });

  it('marks optional lessons, and lists the topics of each content note under its lesson', async () => {
    await renderMap();
    const extra = screen.getByRole('link', { name: 'Extra lesson' }).closest('li')!;
    expect(within(extra).getByText('Optional')).toBeInTheDocument();
    const sensitive = screen.getByRole('link', { name: 'Sensitive lesson' });
    expect(within(sensitive.closest('li')!).getByText('Content note: the death of a child')).toBeInTheDocument();
    expect(sensitive).toHaveAccessibleDescription(/Content note: the death of a child/);
    expect(within(screen.getByRole('link', { name: 'First lesson' }).closest('li')!).queryByText(/Content note/)).toBeNull();
  });

  it('leads to the final assessment, not back to a finished lesson, once every lesson is done', async () => {
    useStore.setState({ progress: { lessons: allDone, position: { lesson: 'sensitive', section: 'two' } } });
    await renderMap();
    expect(screen.getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', paths.assessment);
    expect(screen.queryByRole('link', { name: /Continue where you left off/ })).toBeNull();
  });

  it('says "Course complete" with the result after a pass, and offers nothing more to do', async () => {
    useStore.setState({ progress: { lessons: allDone, quiz: passed() } });
    await renderMap();
    const panel = within(screen.getByRole('region', { name: 'Your progress' }));
    expect(panel.getByRole('heading', { level: 3, name: 'Course complete' })).toBeInTheDocument();
    expect(panel.getByText('You have finished every lesson and passed the final assessment with 100%.')).toBeInTheDocument();
    expect(panel.getByRole('link', { name: 'See your result' })).toHaveAttribute('href', paths.assessmentResults);
    expect(screen.queryByRole('link', { name: /Take the final assessment|Continue where|Start the course/ })).toBeNull();
    expect(within(group('Finish')).getByText('1 of 1 done. All done.')).toBeInTheDocument();
  });

  it('says "Course complete" at the end of the assessment after a pass, and not after a fail', async () => {
    useStore.setState({ progress: { lessons: allDone, quiz: passed() } });
    const { unmount } = renderApp(paths.assessmentResults);
    expect(await screen.findByRole('heading', { level: 2, name: 'Course complete' })).toBeInTheDocument();
    expect(screen.getByText('You have finished every lesson and passed the final assessment with 100%.')).toBeInTheDocument();
    unmount();
    useStore.setState({
      progress: { lessons: allDone, quiz: { ...passed(), records: [{ score: 0, passed: false }], counted: [] } },
    });
    renderApp(paths.assessmentResults);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();
    expect(screen.queryByText('Course complete')).toBeNull();
  });

  it('has Support in the header on every screen', async () => {
    await renderMap();
    const support = screen.getByRole('link', { name: 'Support' });
    await userEvent.click(support);
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
    expect(screen.getByText('116 123')).toHaveAttribute('href', 'tel:116123');
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
  });
});
