import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../../src/state/store.ts';
import { forgetLearnerRecords } from '../../src/tracking/learner-record.ts';

afterEach(() => {
  cleanup();
  resetStore();
  forgetLearnerRecords();
  window.localStorage.clear();
  window.location.hash = '';
});
