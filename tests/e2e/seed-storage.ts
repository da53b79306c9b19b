/** Saved progress put in a new tab's storage before any of the course's code runs. */
import type { Page } from 'playwright-core';

/**
 * On the tab's first load only (an init script runs on every load; a session flag stops it
 * after the first), storage is emptied and `value` stored under `key`, so no course
 * instance can read or save around the seed, and a reload keeps what the course saved.
 */
export async function seedOnFirstLoad(page: Page, key: string, value: string | null): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      if (value) localStorage.setItem(key, value);
    },
    [key, value ?? ''] as const,
  );
}
