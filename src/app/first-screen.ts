/**
 * Starts fetching the code and text of the screen the URL opens on, at start-up, while the
 * settings file comes down, instead of after it (issue 10: the serial chain of HTML, entry,
 * settings, then lesson was what the learner waited for). Nothing is drawn from here: the
 * first render still waits for the settings.
 */
import { lessonLoaders } from 'virtual:course';
import { paths } from '../config/paths.ts';
import { CourseMap } from './app.tsx';

/** Resolves when the course map's code is in (if the map opens); never rejects. */
export function startFirstScreen(hash: string): Promise<unknown> {
  const path = hash.replace(/^#/, '').split('?')[0] || paths.home;
  // A failed fetch is not an error here: the page asks again, and shows its own retry.
  if (path === paths.home) return CourseMap.preload().catch(() => undefined);
  const lessonId = /^\/lesson\/([^/]+)/.exec(path)?.[1];
  // Not waited for: the lesson page has its own loading state, and a lesson behind a
  // full-page content note shows the note before it needs its text.
  if (lessonId && Object.hasOwn(lessonLoaders, lessonId)) lessonLoaders[lessonId]().catch(() => undefined);
  return Promise.resolve();
}
