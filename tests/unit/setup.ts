import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../../src/state/store.ts';
import { forgetLearnerRecords } from '../../src/tracking/learner-record.ts';

// findBy and waitFor wait on a condition: lazy chunks (the lesson's activities, the progress
// file panel) are transformed on first import, which takes well over the default second on
// a loaded CI machine (seen: four unit tests failing at once under load). Met conditions
// still return at once.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  resetStore();
  forgetLearnerRecords();
  window.localStorage.clear();
  window.location.hash = '';
});
