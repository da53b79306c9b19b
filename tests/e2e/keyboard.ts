/** Keyboard-only helpers: reach an element with Tab, as a keyboard user would, then press a key. */
import type { Locator, Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab, `backwards`) until the target has focus; fails if it is not reachable within `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60, backwards = false): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: target not found');
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await handle.evaluate((el) => el === document.activeElement)) {
      // The focus must be visible: WCAG 2.4.7.
      const outline = await handle.evaluate((el) => getComputedStyle(el).outlineStyle);
      if (outline === 'none') throw new Error('tabTo: focused element shows no focus outline');
      return;
    }
  }
  throw new Error(`tabTo: could not reach ${await target.evaluate((el) => el.outerHTML.slice(0, 120))} by Tab`);
}

export async function activate(page: Page, target: Locator, limit?: number): Promise<void> {
  await tabTo(page, target, limit);
  await page.keyboard.press('Enter');
}
