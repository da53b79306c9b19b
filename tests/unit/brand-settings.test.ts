/**
 * settings.json's logo and brandColour, read by src/app/brand-settings.ts: each wrong value
 * is named in the console with its field and reason, the course keeps its own look for
 * that field, and the rest of the file still applies. The browser's own checks (the CSP,
 * the first frame, a real image) are in tests/e2e/branding.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { LOGO_WAIT_MS, readBrand, type MeasureImage } from '../../src/app/brand-settings.ts';
import { loadSettings } from '../../src/app/settings.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48"></svg>';

/** A server holding these files (text, by name), and settings.json; records every request. */
function server(files: Record<string, { body: string; type?: string; length?: number }>) {
  const requested: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const name = String(input).replace(/^\.\//, '');
    requested.push(name);
    const file = files[name];
    if (!file) return new Response('not found', { status: 404 });
    const headers: Record<string, string> = { 'content-type': file.type ?? 'image/svg+xml' };
    if (file.length !== undefined) headers['content-length'] = String(file.length);
    return new Response(file.body, { headers });
  }) as typeof fetch;
  return { fetcher, requested };
}
const measure: MeasureImage = async () => ({ width: 160, height: 48 });
const report = () => ({ course: { ...course }, problems: [] as string[], ignored: [] as string[] });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('the logo in settings.json', () => {
  it('is read with its alt text and its own size when the file beside index.html is a small image', async () => {
    const out = report();
    const { fetcher, requested } = server({ 'logo.svg': { body: SVG } });
    await readBrand({ logo: { path: 'logo.svg', alt: 'Anytown Council' } }, out, fetcher, measure);
    expect(out.course.logo).toEqual({ src: 'logo.svg', alt: 'Anytown Council', width: 160, height: 48 });
    expect(out.problems).toEqual([]);
    expect(requested).toEqual(['logo.svg']);
  });

  it('is still shown when the browser gives it no size (an SVG with only a viewBox, in some browsers), with no size attributes', async () => {
    const out = report();
    const sizeless: MeasureImage = async () => ({});
    await readBrand({ logo: { path: 'logo.svg', alt: 'Anytown Council' } }, out, server({ 'logo.svg': { body: SVG } }).fetcher, sizeless);
    expect(out.course.logo).toEqual({ src: 'logo.svg', alt: 'Anytown Council' });
    expect(out.problems).toEqual([]);
  });

  it.each([
    ['"logo.svg"', 'logo.svg', /^logo must be an object with a path and an alt, so no logo is shown$/],
    ['no path', { alt: 'A' }, /^logo: path must be the name of an \.svg or \.png file beside index\.html/],
    ['a folder above', { path: '../logo.svg', alt: 'A' }, /^logo: path must be/],
    ['a sub-folder', { path: 'images/logo.svg', alt: 'A' }, /^logo: path must be/],
    ['an absolute path', { path: '/logo.svg', alt: 'A' }, /^logo: path must be/],
    ['a web address', { path: 'https://example.org/logo.svg', alt: 'A' }, /^logo: path must be/],
    ['a data: address', { path: 'data:image/svg+xml,<svg/>', alt: 'A' }, /^logo: path must be/],
    ['a javascript: address', { path: 'javascript:alert(1)//.svg', alt: 'A' }, /^logo: path must be/],
    ['a GIF', { path: 'logo.gif', alt: 'A' }, /^logo: path must be/],
    ['".." inside a name', { path: 'a..svg', alt: 'A' }, /^logo: path must be/],
    ['no alt', { path: 'logo.svg' }, /^logo: alt must be text, so no logo is shown$/],
    ['an empty alt', { path: 'logo.svg', alt: '  ' }, /^logo: alt must be text, so no logo is shown$/],
    ['markup in the alt', { path: 'logo.svg', alt: '<img src=x onerror=alert(1)>' }, /^logo: alt contains markup/],
  ])('is refused with %s, and nothing is fetched', async (_, logo, why) => {
    const out = report();
    const { fetcher, requested } = server({ 'logo.svg': { body: SVG } });
    await readBrand({ logo }, out, fetcher, measure);
    expect(out.course.logo).toBeUndefined();
    expect(out.problems).toEqual([expect.stringMatching(why)]);
    expect(requested).toEqual([]);
  });

  it('is refused when the file is missing, over 100 KB (as declared or as read), or not an image', async () => {
    const cases: [Record<string, { body: string; length?: number }>, MeasureImage, RegExp][] = [
      [{}, measure, /^logo: logo\.svg could not be loaded \(the server answered 404\), so no logo is shown$/],
      [
        { 'logo.svg': { body: 'x'.repeat(100 * 1024 + 1) } },
        measure,
        /^logo: logo\.svg is 101 KB, over the limit of 100 KB, so no logo is shown$/,
      ],
      [{ 'logo.svg': { body: SVG, length: 5_000_000 } }, measure, /^logo: logo\.svg is 4883 KB, over the limit of 100 KB/],
      [
        { 'logo.svg': { body: '<!doctype html>' } },
        async () => {
          throw new Error('EncodingError');
        },
        /^logo: logo\.svg is not an image the browser can show, so no logo is shown$/,
      ],
    ];
    for (const [files, measureWith, why] of cases) {
      const out = report();
      await readBrand({ logo: { path: 'logo.svg', alt: 'A' } }, out, server(files).fetcher, measureWith);
      expect(out.course.logo).toBeUndefined();
      expect(out.problems).toEqual([expect.stringMatching(why)]);
    }
  });

  it('is given up after 5 seconds when the server does not answer, so the course still starts; the console says so, not the learner', async () => {
    vi.useFakeTimers();
    try {
      const out = report();
      let signal: AbortSignal | undefined;
      let answer: (r: Response) => void = () => {};
      const slow = ((_input: RequestInfo | URL, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>((done) => (answer = done));
      }) as typeof fetch;
      const read = readBrand({ logo: { path: 'logo.svg', alt: 'A' }, brandColour: '#2a7aa0' }, out, slow, measure);
      await vi.advanceTimersByTimeAsync(LOGO_WAIT_MS);
      expect(await read).toEqual({ light: '#2a7aa0', dark: '#2a7aa0' });
      expect(out.course.logo).toBeUndefined();
      // A slow network is not a broken settings file: no learner-facing problem.
      expect(out.problems).toEqual([]);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('the logo took more than 5 seconds to load, so no logo is shown this time'),
      );
      expect(signal?.aborted).toBe(true);
      // An answer after the wait changes nothing: the course is already drawn without it.
      answer(new Response('not found', { status: 404 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(out.problems).toEqual([]);
      expect(out.course.logo).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('names an unknown field in the logo and still shows it', async () => {
    const out = report();
    await readBrand({ logo: { path: 'logo.svg', alt: 'A', width: 40 } }, out, server({ 'logo.svg': { body: SVG } }).fetcher, measure);
    expect(out.course.logo?.src).toBe('logo.svg');
    expect(out.ignored).toEqual(['logo: "width" (the course reads only path, alt)']);
  });
});

describe('the brand colour in settings.json', () => {
  it.each([['blue'], ['#fff'], ['0b4f6c'], ['#0b4f6cff'], ['rgb(11, 79, 108)'], [11], [null]])(
    'is refused when not # and six hex digits (%s)',
    async (colour) => {
      const out = report();
      expect(await readBrand({ brandColour: colour }, out, server({}).fetcher)).toBeUndefined();
      expect(out.problems).toEqual([
        'brandColour must be a colour written as # and six hex digits, such as "#0b4f6c", so the course\'s own colour is used',
      ]);
    },
  );

  it("is refused when too pale to adjust, saying why and that the course's own colour is used", async () => {
    const out = report();
    expect(await readBrand({ brandColour: '#ffff00' }, out, server({}).fetcher)).toBeUndefined();
    expect(out.problems).toEqual([
      expect.stringMatching(/^brandColour #ffff00: the course's #ffffff text on it is 1\.07:1 .*, so the course's own colour is used$/),
    ]);
  });

  it('is adjusted when it fails, told in the console but not as a problem', async () => {
    const out = report();
    expect(await readBrand({ brandColour: '#3399cc' }, out, server({}).fetcher)).toEqual({ light: '#2a7da7', dark: '#2a7da7' });
    expect(out.problems).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      "settings.json: brandColour #3399cc: the course's #ffffff text on it is 3.20:1 in light mode (needs 4.5:1), so #2a7da7 is used in light mode.",
      "settings.json: brandColour #3399cc: the course's #ffffff text on it is 3.20:1 in dark mode (needs 4.5:1), so #2a7da7 is used in dark mode.",
    ]);
  });
});

describe('loading settings.json with a logo and colour', () => {
  it('a wrong logo or colour shows the learner the settings notice; the rest of the file still applies', async () => {
    const settings = JSON.stringify({ organisation: 'Anytown Council', brandColour: 'purple', logo: { path: '../x.svg', alt: 'A' } });
    const { fetcher, requested } = server({ 'settings.json': { body: settings, type: 'application/json' } });
    const { course: applied, notice } = await loadSettings(course, fetcher);
    expect(applied.organisation).toBe('Anytown Council');
    expect(applied.logo).toBeUndefined();
    expect(notice?.id).toBe('settings-broken');
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    expect(warnings).toEqual([
      expect.stringMatching(/^settings\.json: logo: path must be/),
      expect.stringMatching(/^settings\.json: brandColour must be a colour/),
    ]);
    expect(requested).toEqual(['settings.json']);
  });

  it('a file with neither loads nothing more', async () => {
    const { fetcher, requested } = server({ 'settings.json': { body: '{ "organisation": "Anytown Council" }', type: 'application/json' } });
    const { course: applied, notice } = await loadSettings(course, fetcher);
    expect(applied.logo).toBeUndefined();
    expect(notice).toBeUndefined();
    expect(requested).toEqual(['settings.json']);
  });
});
