/**
 * Turns the built course in dist/ into the release zips: SCORM 1.2, SCORM 2004 4th
 * Edition, and a plain web package for use without an LMS. All of them are assembled
 * and checked in memory first; nothing is written unless every manifest is valid and
 * lists exactly the files in its zip, so a failed run leaves the last release as it was.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { buildManifest12 } from './manifest-12.ts';
import { buildManifest2004 } from './manifest-2004.ts';
import { LAUNCH_FILE, MANIFEST_FILE, type ManifestInput } from './manifest-parts.ts';
import { packageContentErrors } from './package-contents-check.ts';
import { SETTINGS_FILE, settingsJson, settingsOf } from '../../src/config/settings-file.ts';
import { SETTINGS_README_FILE, settingsReadme } from './package-settings.ts';
import { setTrackingMode, type PackageKind } from './tracking-meta.ts';
import { validateManifest } from './validate-manifest.ts';
import { writeZipAtomically } from './write-zip.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGE_KINDS: readonly PackageKind[] = ['scorm12', 'scorm2004', 'web'];

export interface PackageOptions {
  /** The built course; default dist/. */
  distDir?: string;
  /** Where course.yaml lives; default content/. */
  contentDir?: string;
  /** Where the zips go; default release/. Created if missing. */
  releaseDir?: string;
}

export interface WrittenPackage {
  kind: PackageKind;
  file: string;
  /** Zip entry paths, sorted. */
  entries: string[];
}

export class PackagingError extends Error {
  constructor(readonly problems: string[]) {
    super(`Packaging stopped; no zip was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PackagingError';
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Every file under dir, keyed by its zip path (forward slashes, whatever the OS). */
function readTree(dir: string, prefix = '', into = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, `${prefix}${name}/`, into);
    else into.set(`${prefix}${name}`, readFileSync(path));
  }
  return into;
}

const MANIFEST_BUILDERS = { scorm12: buildManifest12, scorm2004: buildManifest2004 } as const;

export async function makePackages(options: PackageOptions = {}): Promise<WrittenPackage[]> {
  const distDir = resolve(options.distDir ?? join(PROJECT_ROOT, 'dist'));
  const contentDir = resolve(options.contentDir ?? join(PROJECT_ROOT, 'content'));
  const releaseDir = resolve(options.releaseDir ?? join(PROJECT_ROOT, 'release'));

  if (!existsSync(join(distDir, LAUNCH_FILE))) {
    throw new PackagingError([
      `${join(distDir, LAUNCH_FILE)} not found: build the course first with "npm run build" ("npm run package" builds, then packages)`,
    ]);
  }
  const dist = readTree(distDir);
  if (dist.has(MANIFEST_FILE)) {
    throw new PackagingError([
      `${join(distDir, MANIFEST_FILE)} exists, but each package gets its own generated manifest: remove it from the build (public/ perhaps)`,
    ]);
  }
  const course = loadCourse(contentDir).meta;
  // settings.json has one writer, the build; a copy that does not match the content was
  // built from other content (or edited in dist/), and would contradict the manifest.
  const built = dist.get(SETTINGS_FILE);
  if (!built || new TextDecoder().decode(built) !== settingsJson(course)) {
    throw new PackagingError([
      `${join(distDir, SETTINGS_FILE)} ${built ? `does not match ${join(contentDir, 'course.yaml')}` : 'is missing'}: build the course again with "npm run build"`,
    ]);
  }
  const settings = settingsOf(course);
  const indexHtml = new TextDecoder().decode(dist.get(LAUNCH_FILE));

  const planned = PACKAGE_KINDS.map((kind) => {
    // Ours replace any file of the same name in dist/; settings.json is the build's, as built.
    const files = new Map(dist);
    files.set(LAUNCH_FILE, encode(setTrackingMode(indexHtml, kind)));
    files.set(SETTINGS_README_FILE, encode(settingsReadme(kind, settings)));
    let manifest: string | undefined;
    if (kind !== 'web') {
      const input: ManifestInput = {
        identifier: course.id,
        title: course.title,
        version: course.version,
        passMark: course.passMark,
        files: [...files.keys()],
      };
      manifest = MANIFEST_BUILDERS[kind](input);
      files.set(MANIFEST_FILE, encode(manifest));
    }
    return { kind, file: join(releaseDir, `${course.id}-${kind}.zip`), files, manifest };
  });

  const problems = await Promise.all(
    planned.map(async ({ kind, file, files, manifest }) => {
      if (kind === 'web' || manifest === undefined) return [];
      const errors = [...(await validateManifest(manifest, kind)), ...packageContentErrors(manifest, [...files.keys()])];
      return errors.map((e) => `${basename(file)}: ${e}`);
    }),
  );
  if (problems.flat().length > 0) throw new PackagingError(problems.flat());

  mkdirSync(releaseDir, { recursive: true });
  for (const { file, files } of planned) writeZipAtomically(file, Object.fromEntries(files));
  return planned.map(({ kind, file, files }) => ({ kind, file, entries: [...files.keys()].sort() }));
}
