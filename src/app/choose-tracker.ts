/**
 * Picks the tracking driver at start-up. Which LMS API to look for is decided by the
 * package (a meta tag the packager sets in index.html) or, for the preview LMS, the
 * `tracking` query parameter. A SCORM package that finds no LMS still runs, from browser
 * storage, and says plainly and persistently that nothing reaches the LMS.
 */
import { dialect12 } from '../../scorm/runtime/dialect-12.ts';
import { dialect2004 } from '../../scorm/runtime/dialect-2004.ts';
import { findApi } from '../../scorm/runtime/find-api.ts';
import { createScormTracker } from '../../scorm/runtime/scorm-tracker.ts';
import { createBrowserTracker } from '../tracking/browser-tracker.ts';
import type { Tracker, TrackerHost } from '../tracking/tracker.ts';

export type TrackingMode = 'web' | 'scorm12' | 'scorm2004';

export function trackingMode(doc: Document = document, search = window.location.search): TrackingMode {
  const asked = new URLSearchParams(search).get('tracking') ?? doc.querySelector('meta[name="course-tracking"]')?.getAttribute('content');
  return asked === 'scorm12' || asked === 'scorm2004' ? asked : 'web';
}

export const NO_LMS_NOTICE = {
  id: 'no-lms',
  message:
    "This course could not find your organisation's learning system (LMS), so nothing you do is being recorded there. " +
    'Your progress is kept in this browser only. To get credit, open the course from your LMS.',
  persistent: true,
};

export function chooseTracker(courseId: string, mode: TrackingMode, host: TrackerHost): Tracker {
  if (mode === 'web') return createBrowserTracker(courseId, { host });
  const dialect = mode === 'scorm12' ? dialect12 : dialect2004;
  const api = findApi(dialect.apiName);
  if (!api) return createBrowserTracker(courseId, { host, notices: [NO_LMS_NOTICE] });
  return createScormTracker(dialect, dialect.wrap(api), { courseId, host });
}
