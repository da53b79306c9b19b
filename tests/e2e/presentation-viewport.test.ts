/**
 * Presentation mode owns the screen (issue 11): at projector and laptop sizes nothing but the
 * slide and its control strip shows, nothing scrolls, every slide of every deck fits, and B
 * and W blank every pixel of the viewport until any key or click brings the same slide back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBriefingSlides, buildSlides } from '../../src/features/presentation/slides.ts';
import { hashOf, paths } from '../../src/config/paths.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
];

/**
 * The decks to check: a lesson deck (presentation.test.ts already walks every lesson's slides
 * at these sizes, in one deck of the whole course) and every 7-minute briefing.
 */
const DECKS = [
  { name: 'theme-babies', path: paths.present(['theme-babies']), slides: buildSlides(course.meta, lesson('theme-babies')).length },
  ...course.lessons
    .filter((l) => l.briefing)
    .map((l) => ({ name: `7-minute ${l.id}`, path: paths.sevenMinute(l.id), slides: buildBriefingSlides(course.meta, l).length })),
];

function lesson(id: string) {
  return course.lessons.filter((l) => l.id === id);
}

const counter = () => page.locator('.slide-counter').textContent();

async function open(path: string, slides: number) {
  await page.goto('about:blank');
  await page.goto(served.server.url + hashOf(path));
  await expect.poll(counter).toBe(`Slide 1 of ${slides}`);
}

/** What of the page lies outside the slide and its controls, as the room would see it. */
function screen(p: Page) {
  return p.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)].some((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      });
    const bar = document.querySelector('.slide-controls')!.getBoundingClientRect();
    const slide = document.querySelector('.stage')!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      chrome: ['.site-header', '.site-footer', '.skip-link', '.notices', '.page-heading h1'].filter(visible),
      scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth,
      barOnScreen: bar.top >= 0 && bar.left >= 0 && bar.bottom <= innerHeight && bar.right <= innerWidth,
      barBelowSlide: bar.top >= slide.bottom - 0.5,
      ratio: slide.width / slide.height,
    };
  });
}

/** The colours of every pixel of a screenshot, decoded by Chromium itself on a blank page. */
async function pixelsOtherThan(shot: Buffer, rgb: [number, number, number]): Promise<number> {
  const decoder = await served.browser.newPage();
  try {
    return await decoder.evaluate(
      async ({ png, want }) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, image.width, image.height).data;
        let other = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] !== want[0] || data[i + 1] !== want[1] || data[i + 2] !== want[2]) other++;
        }
        return other;
      },
      { png: shot.toString('base64'), want: rgb },
    );
  } finally {
    await decoder.close();
  }
}

describe('presentation mode owns the viewport', () => {
  for (const size of SIZES) {
    it(`at ${size.width}x${size.height}: no course chrome, no scrolling, the controls on screen below a 16:9 slide, and every slide fits`, async () => {
      await page.setViewportSize(size);
      const problems: string[] = [];
      for (const deck of DECKS) {
        await open(deck.path, deck.slides);
        const s = await screen(page);
        if (s.chrome.length) problems.push(`${deck.name}: ${s.chrome.join(', ')} visible`);
        if (s.scrolls) problems.push(`${deck.name}: the page scrolls`);
        if (!s.barOnScreen) problems.push(`${deck.name}: the control bar is cut off`);
        if (!s.barBelowSlide) problems.push(`${deck.name}: the control bar covers the slide`);
        if (Math.abs(s.ratio - 16 / 9) > 0.01) problems.push(`${deck.name}: the slide is ${s.ratio.toFixed(3)}:1, not 16:9`);
        for (let n = 1; n <= deck.slides; n++) {
          if (n > 1) {
            await page.keyboard.press('ArrowRight');
            await expect.poll(counter).toBe(`Slide ${n} of ${deck.slides}`);
          }
          const over = await page
            .locator('.slide')
            .evaluate((el) => Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth));
          if (over > 1) problems.push(`${deck.name} slide ${n} overflows by ${over}px`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  for (const [key, name, rgb] of [
    ['b', 'black', [0, 0, 0]],
    ['w', 'white', [255, 255, 255]],
  ] as const) {
    it(`${key.toUpperCase()} turns every pixel of the viewport ${name}; any key or a click brings back the same slide`, async () => {
      for (const size of [SIZES[0], SIZES[2]]) {
        await page.setViewportSize(size);
        await open(DECKS[0].path, DECKS[0].slides);
        await page.keyboard.press('ArrowRight');
        await expect.poll(counter).toBe(`Slide 2 of ${DECKS[0].slides}`);
        // Focus on a control must not show through either.
        await page.getByRole('button', { name: 'Next slide' }).focus();
        await page.keyboard.press(key);
        await expect.poll(() => page.locator(`.stage.blank-${name}`).count()).toBe(1);
        expect(await pixelsOtherThan(await page.screenshot(), [...rgb])).toBe(0);
        expect(await page.locator(`.stage.blank-${name}`).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
        await page.keyboard.press('x');
        await expect.poll(() => page.locator('.slide').count()).toBe(1);
        expect(await counter()).toBe(`Slide 2 of ${DECKS[0].slides}`);
        await page.keyboard.press(key);
        await expect.poll(() => page.locator(`.stage.blank-${name}`).count()).toBe(1);
        await page.mouse.click(size.width / 2, size.height / 2);
        await expect.poll(() => page.locator('.slide').count()).toBe(1);
        expect(await counter()).toBe(`Slide 2 of ${DECKS[0].slides}`);
      }
    });
  }

  it('the control bar and S open the support slide', async () => {
    await page.setViewportSize(SIZES[1]);
    const deck = DECKS[DECKS.length - 1];
    await open(deck.path, deck.slides);
    await page.getByRole('button', { name: 'Support' }).click();
    await expect.poll(counter).toBe(`Slide ${deck.slides} of ${deck.slides}`);
    expect(await page.locator('.slide h2').textContent()).toBe('Support');
    await page.keyboard.press('Home');
    await expect.poll(counter).toBe(`Slide 1 of ${deck.slides}`);
    await page.locator('body').press('s');
    await expect.poll(counter).toBe(`Slide ${deck.slides} of ${deck.slides}`);
  });
});
