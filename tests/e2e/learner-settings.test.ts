/**
 * The learner's own settings, respected (visual identity issue, point 7), in real Chromium
 * against the built course:
 * - text spacing (WCAG 1.4.12): with the spacing the success criterion names applied by
 *   the learner's own style sheet, nothing is clipped and nothing scrolls sideways;
 * - prefers-reduced-motion: no animation and no transition runs, and scrolling jumps;
 * - print is always light, even when the screen is dark.
 * The other settings (dark mode, forced colours, zoom) are in accessibility.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const lessonWithActivities = course.lessons.find((l) => l.sections.some((s) => s.activities.length > 0 && !l.contentNote))!;
const routes = [
  paths.home,
  paths.lesson(lessonWithActivities.id, lessonWithActivities.sections.find((s) => s.activities.length > 0)!.id),
  paths.assessment,
  paths.record,
  paths.support,
  paths.briefing,
];

async function open(route: string) {
  await page.goto(served.server.url + hashOf(route));
  await page.locator('h1').first().waitFor();
  if (route.startsWith(paths.lesson(''))) await page.locator('.lesson-section').first().waitFor();
  if (route === paths.record) await page.locator('.record-facts').waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * WCAG 1.4.12's spacing, as a learner's own style sheet sets it. A constructed style sheet
 * is CSSOM, which the course's Content-Security-Policy allows, as a browser extension would be.
 */
async function applyTextSpacing() {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Visible elements whose own box cuts off their content (overflow hidden or clip), with what they hold. */
async function clipped(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.visibility === 'hidden' || el.getClientRects().length === 0) return false;
        // The visually hidden pattern clips on purpose: its text is for screen readers.
        if (s.position === 'absolute' && el.clientWidth <= 1 && el.clientHeight <= 1) return false;
        const cuts = (o: string) => o === 'hidden' || o === 'clip';
        const x = cuts(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const y = cuts(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return (x || y) && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: "${(el.textContent ?? '').trim().slice(0, 60)}"`),
  );
}

describe('text spacing (WCAG 1.4.12)', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 320, height: 640 },
  ]) {
    it(`loses no text and scrolls no sideways at ${viewport.width} px`, async () => {
      await page.setViewportSize(viewport);
      const found: Record<string, string[]> = {};
      for (const route of routes) {
        await open(route);
        await applyTextSpacing();
        const problems = await clipped();
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (sideways > 0) problems.push(`scrolls sideways by ${sideways} px`);
        if (problems.length) found[route] = problems;
      }
      expect(found).toEqual({});
    });
  }
});

describe('reduced motion', () => {
  it('runs no animation or transition and does not scroll smoothly', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving: Record<string, string[]> = {};
    for (const route of routes) {
      await open(route);
      const found = await page.evaluate(() => {
        const seconds = (list: string) => Math.max(...list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
        const out = [...document.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
          const s = getComputedStyle(el);
          const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          return [
            ...(s.animationName !== 'none' && seconds(s.animationDuration) > 0 ? [`${name} animates`] : []),
            ...(seconds(s.transitionDuration) > 0 ? [`${name} has a transition`] : []),
          ];
        });
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('html scrolls smoothly');
        return out;
      });
      if (found.length) moving[route] = found;
    }
    expect(moving).toEqual({});
    // The course has no motion of its own today, so the rule is also tried on a probe that
    // asks for some (as a future style would): it stands still here, and moves without the preference.
    const probe = () =>
      page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(
          '.motion-probe { transition: opacity 1s; animation: probe-spin 1s infinite; } @keyframes probe-spin { to { opacity: 0.5; } }',
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const el = document.body.appendChild(document.createElement('div'));
        el.className = 'motion-probe';
        const s = getComputedStyle(el);
        const moves = `${s.transitionDuration} ${s.animationName}`;
        el.remove();
        return moves;
      });
    expect(await probe()).toBe('0s none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(paths.home);
    expect(await probe()).toBe('1s probe-spin');
  });
});

describe('print', () => {
  it('is light, with dark text, even when the screen is in dark mode', async () => {
    const luminance = (rgb: string) => {
      const [r, g, b, a = 1] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      // Nothing painted is the paper, or the browser's white page.
      if (a === 0) return 1;
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    /** What is behind the page's text: the body's background, else the root's. */
    const pageBackground = () =>
      page.evaluate(() => {
        const body = getComputedStyle(document.body).backgroundColor;
        return /rgba\(.*, 0\)$/.test(body) || body === 'transparent' ? getComputedStyle(document.documentElement).backgroundColor : body;
      });
    for (const route of [paths.home, paths.lesson(lessonWithActivities.id), paths.record]) {
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      await open(route);
      const onScreen = await pageBackground();
      // The screen really is dark, so a light print is the print styles' doing.
      expect(luminance(onScreen), `${route} on screen`).toBeLessThan(0.3);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = {
        background: await pageBackground(),
        text: await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color),
      };
      expect(luminance(printed.background), `${route} printed background`).toBeGreaterThan(0.9);
      expect(luminance(printed.text), `${route} printed heading`).toBeLessThan(0.35);
    }
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });
});
