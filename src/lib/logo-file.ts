/**
 * The rules for settings.json's `logo`, shared by the reader (src/app/brand-settings.ts,
 * a chunk of its own) and the packager's settings-README.txt, and kept apart from
 * src/config/settings-file.ts so that they stay out of the first load.
 */
export const LOGO_FIELDS = ['path', 'alt'] as const;

/** A logo is a small mark on every screen: a larger file is refused rather than slowing each launch. */
export const LOGO_MAX_BYTES = 100 * 1024;

/** The file the package ships for an administrator to replace, under the same name. */
export const PLACEHOLDER_LOGO = 'logo.svg';

/** A file name beside index.html: no folder, no "..", no scheme, so the logo can only come from the package. */
const LOGO_PATH = /^[a-z0-9_-][a-z0-9_.-]*\.(svg|png)$/i;
export const isLogoPath = (v: unknown): v is string => typeof v === 'string' && LOGO_PATH.test(v) && !v.includes('..');
export const LOGO_PATH_RULE = `the name of an .svg or .png file beside index.html, such as "${PLACEHOLDER_LOGO}" (no folder, "/", ".." or web address)`;
