/** The content-side SCORM runtime as one chunk, loaded only by SCORM packages. */
import { dialect12 } from './dialect-12.ts';
import { dialect2004 } from './dialect-2004.ts';

export { locateApi } from './find-api.ts';
export { createScormTracker } from './scorm-tracker.ts';
export const dialectFor = (mode: 'scorm12' | 'scorm2004') => (mode === 'scorm12' ? dialect12 : dialect2004);
