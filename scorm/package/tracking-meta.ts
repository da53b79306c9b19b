/**
 * Each package tells the app how to track through one tag in index.html,
 * <meta name="course-tracking" content="scorm12|scorm2004|web">, because an LMS launches
 * the same built files and the app must pick its tracking driver before anything runs
 * (the strict CSP allows no inline script to say it instead). Only that tag is touched.
 */

import type { ScormEdition } from './scorm-editions.ts';

export type PackageKind = ScormEdition | 'web';

const TRACKING_TAG = /<meta\b[^>]*\bname\s*=\s*(["'])course-tracking\1[^>]*>/gi;
const CONTENT_ATTR = /(\bcontent\s*=\s*)(["'])[^"']*\2/i;
const CHARSET_TAG = /([ \t]*)(<meta\s+charset\s*=\s*["']?utf-8["']?\s*\/?>)/i;

/** Returns index.html with the tracking tag set to `kind`, adding the tag after <meta charset> if the build lacks it. */
export function setTrackingMode(html: string, kind: PackageKind): string {
  const tags = html.match(TRACKING_TAG) ?? [];
  if (tags.length > 1) throw new Error(`index.html has ${tags.length} <meta name="course-tracking"> tags; it needs exactly one`);
  if (tags.length === 1) {
    const tag = tags[0];
    if (!CONTENT_ATTR.test(tag)) throw new Error(`index.html: ${tag} has no content attribute`);
    const updated = tag.replace(CONTENT_ATTR, `$1"${kind}"`);
    return html.replace(tag, () => updated);
  }
  if (!CHARSET_TAG.test(html)) {
    throw new Error('index.html has neither <meta name="course-tracking"> nor <meta charset="utf-8" /> to put it after');
  }
  return html.replace(CHARSET_TAG, `$1$2\n$1<meta name="course-tracking" content="${kind}" />`);
}
