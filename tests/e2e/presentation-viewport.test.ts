/**
 * Presentation mode owns the screen (issue 11): at projector and laptop sizes nothing but the
 * slide and its control strip shows, nothing scrolls, every slide of every deck fits (with its
 * footer), the build's fit model is never more lenient than Chromium, the footer can be
 * switched off for the session, and B and W blank every pixel of the viewport until any key
 * or click brings the same slide back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBriefingSlides, buildSlides, type Slide } from '../../src/lib/slides.ts';
import { SMALLEST, slideFit } from '../../tools/content-pipeline/slide-fit.ts';
import { SLIDE_FOOTER_KEY } from '../../src/features/presentation/use-slide-footer.ts';
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

  it("at 1024x768 the slide is the model's 1024x576, and the build's fit model never expects less height than Chromium uses, on any slide of the course or a 7-minute briefing", async () => {
    await page.setViewportSize(SMALLEST.screen);
    const decks: { name: string; path: string; slides: Slide[] }[] = [
      { name: 'every lesson', path: paths.present(course.lessons.map((l) => l.id)), slides: buildSlides(course.meta, course.lessons) },
      ...course.lessons
        .filter((l) => l.briefing)
        .map((l) => ({ name: `7-minute ${l.id}`, path: paths.sevenMinute(l.id), slides: buildBriefingSlides(course.meta, l) })),
    ];
    const problems: string[] = [];
    let closest = Infinity;
    for (const deck of decks) {
      await open(deck.path, deck.slides.length);
      const box = await page.locator('.slide').evaluate((el) => [el.clientWidth, el.clientHeight]);
      expect(box).toEqual([SMALLEST.slide.width, SMALLEST.slide.height]);
      for (let n = 1; n <= deck.slides.length; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await expect.poll(counter).toBe(`Slide ${n} of ${deck.slides.length}`);
        }
        // What the slide's content, footer and padding take, however much room is left over.
        const used = await page.locator('.slide').evaluate((el) => {
          const style = getComputedStyle(el);
          const height = (selector: string) => el.querySelector(selector)?.getBoundingClientRect().height ?? 0;
          return height('.slide-body') + height('.slide-footer') + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        });
        const model = slideFit(deck.slides[n - 1]).need;
        closest = Math.min(closest, model - used);
        if (model < used) problems.push(`${deck.name} slide ${n}: the model expects ${model}px, Chromium uses ${used.toFixed(1)}px`);
      }
    }
    expect(problems).toEqual([]);
    // Conservative, but not wildly so: on the tightest slide the model is within a quarter of the slide.
    expect(closest).toBeLessThan(SMALLEST.slide.height / 4);
  });

  it('every slide has the footer (course title, Slide n of N); the "Slide footer" switch turns it off for the session, not in what is saved', async () => {
    await page.setViewportSize(SIZES[1]);
    const deck = DECKS[0];
    await open(deck.path, deck.slides);
    const footer = () => page.locator('.slide-footer').allTextContents();
    const toggle = page.getByRole('button', { name: 'Slide footer' });
    const saved = await page.evaluate(() => JSON.stringify(localStorage));
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    for (let n = 1; n <= deck.slides; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect.poll(footer).toEqual([`${course.meta.title}Slide ${n} of ${deck.slides}`]);
    }
    // Off: no footer on this or any other slide, remembered across a reload of the deck.
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('.slide-footer').count()).toBe(0);
    await page.keyboard.press('Home');
    await expect.poll(counter).toBe(`Slide 1 of ${deck.slides}`);
    expect(await page.locator('.slide-footer').count()).toBe(0);
    await page.reload();
    await expect.poll(counter).toBe(`Slide 1 of ${deck.slides}`);
    expect(await page.getByRole('button', { name: 'Slide footer' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.slide-footer').count()).toBe(0);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), SLIDE_FOOTER_KEY)).toBe('off');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(saved);
    // On again, for the tests that follow.
    await page.getByRole('button', { name: 'Slide footer' }).click();
    await expect.poll(footer).toEqual([`${course.meta.title}Slide 1 of ${deck.slides}`]);
  });

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
