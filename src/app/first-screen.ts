/**
 * Starts fetching the code and text of the screen the URL opens on, at start-up, while the
 * settings file comes down, instead of after it (issue 10: the serial chain of HTML, entry,
 * settings, then lesson was what the learner waited for). Nothing is drawn from here: the
 * first render still waits for the settings.
 */
import { matchPath } from 'react-router';
import { lessonLoaders } from 'virtual:course';
import { paths, routes } from '../config/paths.ts';
import { CourseMap } from './app.tsx';

/**
 * The longest the first render waits for the course map's code. A server that never answers
 * must not leave the page blank: after this the course is drawn, and the map shows its
 * loading line until its code arrives.
 */
export const FIRST_SCREEN_WAIT_MS = 5000;

/** Resolves when the course map's code is in (if the map opens), or after FIRST_SCREEN_WAIT_MS; never rejects. */
export function startFirstScreen(hash: string): Promise<unknown> {
  const path = hash.replace(/^#/, '').split('?')[0] || paths.home;
  if (matchPath(routes.home, path)) {
    // A failed fetch is not an error here: the page asks again, and shows its own retry.
    const mapCode = CourseMap.preload().catch(() => undefined);
    return Promise.race([mapCode, new Promise((done) => setTimeout(done, FIRST_SCREEN_WAIT_MS))]);
  }
  const lessonId = matchPath(routes.lesson, path)?.params.lessonId;
  // Not waited for: the lesson page has its own loading state, and a lesson behind a
  // full-page content note shows the note before it needs its text.
  if (lessonId && Object.hasOwn(lessonLoaders, lessonId)) lessonLoaders[lessonId]().catch(() => undefined);
  return Promise.resolve();
}
