/**
 * What the SCORM driver tells the learner, in one place. Each message says only what is
 * true: a copy "kept on this device" is mentioned only when the browser really kept it.
 */
import type { Notice } from '../../src/course/tracking.ts';

export const UNSAVED_NOTICE_ID = 'lms-unsaved';
export const TRACKING_OFF_NOTICE_ID = 'lms-not-started';
export const UNREAD_NOTICE_ID = 'lms-unread';
export const CLOSED_NOTICE_ID = 'lms-closed';

export const unsavedNotice = (kept: boolean, retry: () => void): Notice => ({
  id: UNSAVED_NOTICE_ID,
  message: kept
    ? "Your progress has not been saved to your organisation's learning system yet. It is kept on this device, and the course will keep trying."
    : "Your progress has not been saved to your organisation's learning system yet, and this browser is not letting the course keep a copy on this device. Keep this window open: the course will keep trying.",
  action: { label: 'Try saving again', run: retry },
  persistent: true,
});

export const closedNotice = (kept: boolean): Notice => ({
  id: CLOSED_NOTICE_ID,
  message: `The learning system window that opened this course has been closed, so nothing more can be saved there. ${
    kept
      ? 'Your progress is kept on this device and will be sent the next time you open the course from your learning system on this device.'
      : 'This browser is not letting the course keep a copy either, so progress made from now on will be lost when you close this window.'
  }`,
  persistent: true,
});

export const trackingOffNotice: Notice = {
  id: TRACKING_OFF_NOTICE_ID,
  message:
    "Your organisation's learning system did not start tracking this course, so your progress is not being recorded there yet. You can carry on: the course will keep trying to connect.",
  persistent: true,
};

/** The LMS did not answer what it holds: nothing is written over it this session. */
export const unreadNotice = (fromCopy: boolean): Notice => ({
  id: UNREAD_NOTICE_ID,
  message: `Your organisation's learning system did not say what it has recorded for you, so this session will not change your progress or result there${
    fromCopy ? ': the course carries on from the copy kept on this device' : ''
  }. Your record in the learning system stays as it was.`,
  persistent: true,
});
