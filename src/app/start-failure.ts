/**
 * What the learner sees when the course cannot start (a chunk that never loads, an LMS that
 * throws while the course looks for it): a plain page saying so and what to do, in place of a
 * blank one or of index.html's copy of the map's cover, which would look as if the course
 * were about to start. Plain DOM, not React: React may be what failed to load.
 */
export const START_FAILURE_HEADING = 'The course could not start';

export function showStartFailure(root: HTMLElement): void {
  const main = document.createElement('main');
  main.id = 'main';
  main.tabIndex = -1;
  const heading = document.createElement('h1');
  heading.textContent = START_FAILURE_HEADING;
  const what = document.createElement('p');
  what.textContent =
    'Close this window and open the course again. If this happens again, tell your learning system administrator or IT team.';
  main.append(heading, what);
  root.replaceChildren(main);
  document.title = START_FAILURE_HEADING;
  main.focus();
}
