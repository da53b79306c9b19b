/**
 * An administrator's logo and brand colour, set in settings.json without a rebuild, in real
 * Chromium under the strict CSP: the header is drawn with them from its first frame (never
 * the course's own look first), in light and in dark mode; the certificate carries the
 * logo; a colour that fails contrast is adjusted or refused, and an oversize or off-path
 * logo is refused, each named in the console while the course still starts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { brandShades } from '../../src/lib/brand-colour.ts';
import { encodeProgress } from '../../src/state/saved-state.ts';
import { contrastRatio } from '../fixtures/contrast.ts';
import { offsiteRequests } from './browser.ts';
import { course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { expectAxeClean } from './axe.ts';

const root = mkdtempSync(join(tmpdir(), 'lfr-branding-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the build whose settings.json adds `settings` to the shipped file, as an administrator would. */
function site(name: string, settings: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  cpSync(DIST, dir, { recursive: true });
  const shipped = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...shipped, ...settings }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return `${name}/`;
}

const BRAND = '#5b2a86';
const branded = site('branded', {
  organisation: 'Anytown Council',
  logo: { path: 'logo.svg', alt: 'Anytown Council' },
  brandColour: BRAND,
});
const refused = site('refused', { brandColour: '#ffff00', logo: { path: 'https://example.org/logo.svg', alt: 'Elsewhere' } });
// Over 100 KB: a valid SVG padded with a comment.
const bigSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--${'x'.repeat(120 * 1024)}--></svg>`;
const adjusted = site('adjusted', { brandColour: '#3399cc', logo: { path: 'big.svg', alt: 'Big' } }, { 'big.svg': bigSvg });
const served = servedCourse(root);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const hex = (css: string) =>
  `#${(css.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

interface FirstHeader {
  background: string;
  color: string;
  logo: { alt: string; src: string; width: string | null; height: string | null } | null;
}

/**
 * Opens `path` of a site in `scheme`, recording the header as it is when it is first put in
 * the document: a MutationObserver's callback runs before the browser can paint what was
 * added, so this is the header's first frame.
 */
async function open(path: string, scheme: 'light' | 'dark', hash = hashOf(paths.home)) {
  const page = await served.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      // The app's header: index.html's copy of the map's cover has one only to keep its place,
      // never shown (tests/e2e/static-cover.test.ts).
      const header = document.querySelector('#root > .site-header');
      if (!header) return;
      observer.disconnect();
      const img = header.querySelector('img');
      const style = getComputedStyle(header);
      (window as unknown as { firstHeader: FirstHeader }).firstHeader = {
        background: style.backgroundColor,
        color: style.color,
        logo: img && {
          alt: img.alt,
          src: img.getAttribute('src') ?? '',
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        },
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(served.server.url + path + hash);
  await page.locator('h1').waitFor();
  const first = await page.evaluate(() => (window as unknown as { firstHeader: FirstHeader }).firstHeader);
  return { page, warnings, first };
}

const axe = expectAxeClean;

const shades = brandShades(BRAND);
if (!shades.ok) throw new Error(`${BRAND} should be usable`);

describe('a logo and brand colour from settings.json', () => {
  it.each(['light', 'dark'] as const)(
    '%s mode: the header is first drawn with the logo and the colour, readable, with no CSP violation and no notice',
    async (scheme) => {
      const problemsBefore = served.browser.problems.length;
      const { page, warnings, first } = await open(branded, scheme);
      expect(first.background).toBe(rgb(shades.shades[scheme]));
      expect(first.logo).toEqual({ alt: 'Anytown Council', src: 'logo.svg', width: '160', height: '48' });
      expect(contrastRatio(hex(first.color), hex(first.background))).toBeGreaterThanOrEqual(4.5);

      const logo = page.locator('header').getByRole('img', { name: 'Anytown Council' });
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
      // The light shade is the administrator's colour as given; dark mode makes it lighter, and says so.
      expect(shades.shades.light).toBe(BRAND);
      expect(warnings).toEqual([
        `settings.json: brandColour ${BRAND}: it is 1.86:1 against the dark mode page #121416 (needs 3:1), so ${shades.shades.dark} is used in dark mode.`,
      ]);
      expect(await page.locator('[data-notice="settings-broken"]').count()).toBe(0);
      // Primary buttons take the colour too.
      const button = page.locator('.button.primary').first();
      expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(rgb(shades.shades[scheme]));
      await axe(page, `${scheme} course map`);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(served.browser.problems.slice(problemsBefore)).toEqual([]);
      await page.close();
    },
  );

  it('the certificate shows the logo with the organisation name', async () => {
    const lessons = Object.fromEntries(course.meta.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }]));
    const passed = encodeProgress(course.meta.id, {
      lessons,
      quiz: { records: [{ score: 90, passed: true }], answers: [], counted: [], reported: true },
    });
    const page = await served.browser.context.newPage();
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      },
      [`learning-from-reviews:${course.meta.id}:local`, passed],
    );
    await page.goto(served.server.url + branded + hashOf(paths.certificate));
    const certificate = page.locator('.certificate');
    await certificate.waitFor();
    const logo = certificate.getByRole('img', { name: 'Anytown Council' });
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
    expect(await certificate.textContent()).toContain('OrganisationAnytown Council');
    await axe(page, 'certificate');
    await page.close();
  });
});

describe('a logo or colour the course cannot use', () => {
  it("a colour too pale to adjust is refused for the course's own, an off-site logo is not fetched, and the course starts", async () => {
    const problemsBefore = served.browser.problems.length;
    const { page, warnings, first } = await open(refused, 'light');
    expect(first.background).toBe(rgb('#0b4f6c'));
    expect(first.logo).toBeNull();
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^settings\.json: brandColour #ffff00: the course's #ffffff text on it is 1\.07:1 in light mode \(needs 4\.5:1\), and it would have to change too much to pass; the nearest that would pass is #[0-9a-f]{6}, so the course's own colour is used\.$/,
        ),
        expect.stringMatching(
          /^settings\.json: logo: path must be the name of an \.svg or \.png file beside index\.html.*, so no logo is shown\.$/,
        ),
      ]),
    );
    // The learner is told something is wrong, and not what.
    expect(await page.locator('[data-notice="settings-broken"]').textContent()).toMatch(
      /Part of this course's settings file could not be used/,
    );
    expect(offsiteRequests(served.browser.requests)).toEqual([]);
    expect(served.browser.problems.slice(problemsBefore)).toEqual([]);
    await page.close();
  });

  it('a colour that fails is adjusted until it passes, and a logo over 100 KB is refused', async () => {
    const { page, warnings, first } = await open(adjusted, 'light');
    const verdict = brandShades('#3399cc');
    expect(verdict.ok && verdict.shades.light).toBe('#2a7da7');
    expect(first.background).toBe(rgb('#2a7da7'));
    expect(first.logo).toBeNull();
    expect(warnings).toEqual(
      expect.arrayContaining([
        "settings.json: brandColour #3399cc: the course's #ffffff text on it is 3.20:1 in light mode (needs 4.5:1), so #2a7da7 is used in light mode.",
        'settings.json: logo: big.svg is 121 KB, over the limit of 100 KB, so no logo is shown.',
      ]),
    );
    await page.close();
  });
});
