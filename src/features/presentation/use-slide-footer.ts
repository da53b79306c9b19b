/**
 * Whether slides show their footer (the course's title, "Slide n of N"): the presenter's
 * choice for this browser session. It lives in sessionStorage, apart from the learner's
 * saved progress and anything sent to an LMS; where storage is blocked (a cross-site LMS
 * frame) the choice still holds until the page is left.
 */
import { useState } from 'react';

export const SLIDE_FOOTER_KEY = 'learning-from-reviews:slide-footer';

function remembered(): boolean {
  try {
    return sessionStorage.getItem(SLIDE_FOOTER_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function useSlideFooter(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  const set = (value: boolean) => {
    setOn(value);
    try {
      sessionStorage.setItem(SLIDE_FOOTER_KEY, value ? 'on' : 'off');
    } catch {
      // Storage is blocked: the choice lasts as long as this page.
    }
  };
  return [on, set];
}
