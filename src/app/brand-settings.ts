/**
 * settings.json's logo and brand colour, loaded as a chunk of its own only when the file
 * sets one of them (the shipped file sets neither), and awaited before the course is drawn,
 * so the first frame already has them. Each is judged as the other settings are: a wrong
 * value is named in the console and the course's own look is used. The colour reaches the
 * page through the CSSOM (a constructed stylesheet), which the strict CSP allows where an
 * inline style would be refused.
 */
import { SETTINGS_FILE } from '../config/settings-file.ts';
import type { CourseMeta, Logo } from '../course/types.ts';
import { HEX_COLOUR } from '../lib/contrast.ts';
import { brandShades, type BrandShades } from '../lib/brand-colour.ts';
import { LOGO_FIELDS, LOGO_MAX_BYTES, LOGO_PATH_RULE, isLogoPath } from '../lib/logo-file.ts';
import { isObject, textProblem, unknownFields, type SettingsReport } from './settings-checks.ts';
import './brand.css';

const NO_LOGO = 'so no logo is shown';
export const LOGO_WAIT_MS = 5000;
const KB = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/**
 * The image's own size once the browser has decoded it (none, when the browser gives 0 for
 * it, as some do for an SVG with only a viewBox: it is still a logo they can show); throws
 * when it is not an image the browser can show.
 */
export type MeasureImage = (src: string) => Promise<{ width?: number; height?: number }>;

const measureImage: MeasureImage = async (src) => {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img.naturalWidth && img.naturalHeight ? { width: img.naturalWidth, height: img.naturalHeight } : {};
};

async function readLogo(v: unknown, out: SettingsReport, fetcher: typeof fetch, measure: MeasureImage): Promise<Logo | undefined> {
  if (!isObject(v)) {
    out.problems.push(`logo must be an object with a path and an alt, ${NO_LOGO}`);
    return undefined;
  }
  out.ignored.push(...unknownFields('logo', v, LOGO_FIELDS));
  const { path, alt } = v;
  const problem = isLogoPath(path) ? textProblem('logo: alt', alt) : `logo: path must be ${LOGO_PATH_RULE}`;
  if (problem) {
    out.problems.push(`${problem}, ${NO_LOGO}`);
    return undefined;
  }
  const file = path as string;
  try {
    const response = await fetcher(`./${file}`);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    // A declared size over the limit is refused before the file is read.
    const declared = Number(response.headers.get('content-length') ?? 0);
    const bytes = declared > LOGO_MAX_BYTES ? declared : (await response.blob()).size;
    if (bytes > LOGO_MAX_BYTES) {
      out.problems.push(`logo: ${file} is ${KB(bytes)}, over the limit of ${KB(LOGO_MAX_BYTES)}, ${NO_LOGO}`);
      return undefined;
    }
  } catch (e) {
    out.problems.push(`logo: ${file} could not be loaded (${(e as Error).message}), ${NO_LOGO}`);
    return undefined;
  }
  try {
    return { src: file, alt: alt as string, ...(await measure(`./${file}`)) };
  } catch {
    out.problems.push(`logo: ${file} is not an image the browser can show, ${NO_LOGO}`);
    return undefined;
  }
}

function readColour(v: unknown, out: SettingsReport): BrandShades | undefined {
  const own = "so the course's own colour is used";
  if (typeof v !== 'string' || !HEX_COLOUR.test(v)) {
    out.problems.push(`brandColour must be a colour written as # and six hex digits, such as "#0b4f6c", ${own}`);
    return undefined;
  }
  const verdict = brandShades(v);
  if (!verdict.ok) {
    out.problems.push(`brandColour ${v}: ${verdict.why}, ${own}`);
    return undefined;
  }
  // Changed to pass, not refused: the administrator is told, the learner need not be.
  for (const note of verdict.notes) console.warn(`${SETTINGS_FILE}: brandColour ${v}: ${note}.`);
  return verdict.shades;
}

/**
 * Reads `logo` and `brandColour` from the settings object into `out` (the logo into its
 * course, problems into its lists), and returns the colours to paint, if any.
 */
export async function readBrand(
  s: Record<string, unknown>,
  out: SettingsReport & { course: CourseMeta },
  fetcher: typeof fetch,
  measure = measureImage,
): Promise<BrandShades | undefined> {
  if (s.logo !== undefined) {
    // The course waits for the logo before it is drawn: a server that never answers must not
    // keep it from starting. A slow network is not a wrong setting, so the learner is not told
    // the settings are broken; the administrator reads it in the console. The reading is
    // stopped, and what it finds after the wait is dropped: the course is drawn by then.
    const stop = new AbortController();
    const own: SettingsReport = { problems: [], ignored: [] };
    const abortable = ((input, init) => fetcher(input, { ...init, signal: stop.signal })) as typeof fetch;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), LOGO_WAIT_MS)));
    const logo = await Promise.race([readLogo(s.logo, own, abortable, measure), late]);
    clearTimeout(timer);
    if (logo === 'late') {
      stop.abort();
      console.warn(`${SETTINGS_FILE}: the logo took more than ${LOGO_WAIT_MS / 1000} seconds to load, ${NO_LOGO} this time.`);
    } else {
      out.problems.push(...own.problems);
      out.ignored.push(...own.ignored);
      if (logo) out.course.logo = logo;
    }
  }
  return s.brandColour === undefined ? undefined : readColour(s.brandColour, out);
}

/**
 * Mutates the document: adds a stylesheet after the course's own that sets the brand
 * colour in light and dark mode. Browsers without constructed stylesheets (and jsdom)
 * keep the course's colour.
 */
export function paintBrand(shades: BrandShades): void {
  if (!('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root{--color-brand:${shades.light}}@media (prefers-color-scheme: dark){:root{--color-brand:${shades.dark}}}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Reads both fields into `out` and, with a usable colour, mutates the page's colours (paintBrand). */
export async function applyBrand(s: Record<string, unknown>, out: SettingsReport & { course: CourseMeta }, fetcher: typeof fetch) {
  const shades = await readBrand(s, out, fetcher);
  if (shades) paintBrand(shades);
}
