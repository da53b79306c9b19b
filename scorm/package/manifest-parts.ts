/**
 * Pieces both manifest builders share: the input they take, XML escaping, turning the
 * course id and version into a valid xs:ID, and the <file> list. Kept pure (no file
 * access) so the manifests can be tested from plain values.
 */
import { PASS_MARK_RULE, isPassMark } from '../../src/lib/pass-mark.ts';

export interface ManifestInput {
  /** The course id from content/course.yaml. */
  identifier: string;
  title: string;
  /** The course version, e.g. 1.0.0. */
  version: string;
  /** Percentage needed to pass: a valid pass mark (src/lib/pass-mark.ts). */
  passMark: number;
  /** Every file in the package except imsmanifest.xml, as zip paths with forward slashes. */
  files: string[];
}

/** The SCO every package launches. */
export const LAUNCH_FILE = 'index.html';
export const MANIFEST_FILE = 'imsmanifest.xml';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * xs:ID is an NCName. We keep to ASCII letters, digits, '-', '_' and '.', and start with
 * a letter or '_', because some LMSs also use the identifier in URLs and folder names.
 */
export function toXmlId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

export interface ManifestIds {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

export function manifestIds(input: ManifestInput): ManifestIds {
  const manifest = toXmlId(`${input.identifier}-${input.version}`);
  return { manifest, organization: `${manifest}-org`, item: `${manifest}-item`, resource: `${manifest}-sco` };
}

/** <file href> is a URL, so a path segment with a space or '#' must be percent-encoded. */
export function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Throws on input that would make a manifest wrong in ways the schemas cannot see:
 * a pass mark out of range, or a file list that does not match what the zip will hold.
 */
export function checkManifestInput(input: ManifestInput): void {
  if (!isPassMark(input.passMark)) {
    throw new Error(`passMark must be ${PASS_MARK_RULE}, got ${input.passMark}`);
  }
  if (!input.files.includes(LAUNCH_FILE)) throw new Error(`files must include ${LAUNCH_FILE}, the launch page`);
  if (input.files.includes(MANIFEST_FILE)) throw new Error(`files must not include ${MANIFEST_FILE} itself`);
  if (new Set(input.files).size !== input.files.length) throw new Error('files lists the same path twice');
  const bad = input.files.find((f) => f === '' || f.startsWith('/') || f.includes('\\') || f.split('/').includes('..'));
  if (bad !== undefined) throw new Error(`files must be relative zip paths with forward slashes, got "${bad}"`);
}

export function fileElements(files: string[], indent: string): string {
  return [...files]
    .sort()
    .map((f) => `${indent}<file href="${escapeXml(fileHref(f))}"/>`)
    .join('\n');
}
