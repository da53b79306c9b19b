/**
 * Picks the tracking driver at start-up. Which LMS API to look for is decided by the
 * package (a meta tag the packager sets in index.html) or, for the preview LMS, the
 * `tracking` query parameter. A SCORM package that finds no LMS still runs, from browser
 * storage, and says plainly and persistently that nothing reaches the LMS.
 */
import { createBrowserTracker } from '../tracking/browser-tracker.ts';
import type { Tracker, TrackerHost } from '../tracking/tracker.ts';
import { isScormVersion, type ScormVersion } from '../config/scorm-versions.ts';

export type TrackingMode = 'web' | ScormVersion;

export function trackingMode(doc: Document = document, search = window.location.search): TrackingMode {
  const asked = new URLSearchParams(search).get('tracking') ?? doc.querySelector('meta[name="course-tracking"]')?.getAttribute('content');
  return isScormVersion(asked) ? asked : 'web';
}

export const NO_LMS_NOTICE = {
  id: 'no-lms',
  message:
    "This course could not find your organisation's learning system (LMS), so nothing you do is being recorded there. " +
    'Your progress is kept in this browser only. To get credit, open the course from your LMS.',
  persistent: true,
};

/** The SCORM runtime is its own chunk: the web version never loads it. */
export async function chooseTracker(courseId: string, mode: TrackingMode, host: TrackerHost): Promise<Tracker> {
  if (mode === 'web') return createBrowserTracker(courseId, { host });
  const { dialectFor, locateApi, createScormTracker } = await import('../../scorm/runtime/scorm-runtime.ts');
  const dialect = dialectFor(mode);
  const found = locateApi(dialect.apiName);
  if (!found) return createBrowserTracker(courseId, { host, notices: [NO_LMS_NOTICE] });
  // The API's own window, so the driver notices when the LMS window is closed under a popup.
  return createScormTracker(dialect, dialect.wrap(found.api, found.win), { courseId, host });
}
