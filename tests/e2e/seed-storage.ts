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
      // about:blank (closeTab leaves through it) has no storage to seed.
      if (location.protocol === 'about:' || sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      if (value) localStorage.setItem(key, value);
    },
    [key, value ?? ''] as const,
  );
}

/**
 * Closes a tab of the course so that nothing it saves can land after the next tab's seed:
 * leaving the page first runs its pagehide save while the tab is alive, and the close
 * comes after. (Twice a test failed on a start page that showed other progress than its
 * seed, just after the tab before it was closed: a save landing late, then merged as from
 * another tab, would do that.)
 */
export async function closeTab(page: Page): Promise<void> {
  if (!page.isClosed()) {
    await page.goto('about:blank');
    await page.close();
  }
}
