import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStore } from '../../src/state/store.ts';

afterEach(() => {
  cleanup();
  resetStore();
  window.localStorage.clear();
  window.location.hash = '';
});
