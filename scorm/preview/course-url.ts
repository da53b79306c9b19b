/**
 * Where the course is. Under `npm start` it is the dev server's root, two folders up; a
 * test serving a built LMS next to an unpacked package passes `?course=../course/index.html`.
 * Only same-origin addresses are accepted: the preview LMS makes no request elsewhere.
 * The `tracking` parameter tells the course which API to look for.
 */
import type { ScormVersion } from './lms-options.ts';

export const DEFAULT_COURSE = '../../index.html';

export function courseUrl(page: Location | URL, version: ScormVersion): URL {
  const asked = new URLSearchParams(page.search).get('course') ?? DEFAULT_COURSE;
  let url = new URL(DEFAULT_COURSE, page.href);
  try {
    const candidate = new URL(asked, page.href);
    if (candidate.origin === page.origin) url = candidate;
  } catch {
    // Not a URL: keep the default.
  }
  url.searchParams.set('tracking', version);
  return url;
}
