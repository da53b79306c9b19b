/**
 * Runs the real packaging on the built course (dist/, which `npm test` builds first) into
 * a temporary folder, unzips each package and checks what an LMS will see. Also checks
 * that packaging refuses to write anything when the build is missing or a manifest is bad.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { PROJECT_ROOT, makePackages, type WrittenPackage } from '../../scorm/package/package-course.ts';
import { validateManifest } from '../../scorm/package/validate-manifest.ts';
import { parseXml } from '../../scorm/package/xml-document.ts';
import { writeZipAtomically } from '../../scorm/package/write-zip.ts';
import { copyFixture } from '../fixtures/content-copy.ts';
import { settingsJson } from '../../src/config/settings-file.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const course = loadCourse(join(PROJECT_ROOT, 'content')).meta;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// Loose on purpose: the tag in index.html is written by hand, in whatever spacing.
const TRACKING_TAG = /\s*<meta\b[^>]*\bname="course-tracking"[^>]*>/g;

function distFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const path of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
    const full = join(DIST, path);
    if (statSync(full).isFile()) files.set(path.split('\\').join('/'), readFileSync(full));
  }
  return files;
}

function manifestDoc(zip: Record<string, Uint8Array>): Document {
  const parsed = parseXml(decode(zip['imsmanifest.xml']));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
}

let release: string;
let written: WrittenPackage[];
const zips: Record<string, Record<string, Uint8Array>> = {};

beforeAll(async () => {
  release = join(mkdtempSync(join(tmpdir(), 'lfr-release-')), 'release');
  written = await makePackages({ releaseDir: release });
  for (const kind of ['scorm12', 'scorm2004', 'web']) {
    zips[kind] = unzipSync(readFileSync(join(release, `learning-from-reviews-${kind}.zip`)));
  }
}, 60_000);

describe('npm run package', () => {
  it('writes the three zips and nothing else', () => {
    expect(readdirSync(release).sort()).toEqual([
      'learning-from-reviews-scorm12.zip',
      'learning-from-reviews-scorm2004.zip',
      'learning-from-reviews-web.zip',
    ]);
    expect(written.map((w) => w.kind)).toEqual(['scorm12', 'scorm2004', 'web']);
  });

  it.each(['scorm12', 'scorm2004', 'web'])('puts every built file into the %s zip, unchanged except index.html', (kind) => {
    const zip = zips[kind];
    const dist = distFiles();
    // This includes the build's own settings.json, if it writes one: the packaged copy
    // must match it, or the app's defaults and the package's would disagree.
    for (const [path, bytes] of dist) {
      expect(zip[path], path).toBeDefined();
      if (path !== 'index.html') expect(Buffer.from(zip[path]).equals(bytes), path).toBe(true);
    }
    const generated =
      kind === 'web' ? ['settings-README.txt', 'settings.json'] : ['imsmanifest.xml', 'settings-README.txt', 'settings.json'];
    expect(Object.keys(zip).sort()).toEqual([...new Set([...dist.keys(), ...generated])].sort());
    expect(Object.keys(zip).filter((p) => p.endsWith('.xsd'))).toEqual([]);
  });

  it.each(['scorm12', 'scorm2004', 'web'])('sets the tracking mode of the %s package in index.html and changes nothing else', (kind) => {
    const packaged = decode(zips[kind]['index.html']);
    const built = readFileSync(join(DIST, 'index.html'), 'utf8');
    const tags = packaged.match(TRACKING_TAG) ?? [];
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(new RegExp(`\\bcontent="${kind}"`));
    expect(packaged.replace(TRACKING_TAG, '')).toBe(built.replace(TRACKING_TAG, ''));
  });

  it.each(['scorm12', 'scorm2004', 'web'])('ships settings.json with the course defaults in the %s package', (kind) => {
    const settings: unknown = JSON.parse(decode(zips[kind]['settings.json']));
    expect(settings).toEqual({
      organisation: course.organisation,
      passMark: course.passMark,
      countSkippedLessons: false,
      evaluation: false,
      support: course.support,
      localContacts: [],
    });
    const readme = decode(zips[kind]['settings-README.txt']);
    for (const field of [
      'organisation',
      'passMark',
      'countSkippedLessons',
      'evaluation',
      'support',
      'localContacts',
      'id',
      'name',
      'detail',
      'phone',
      'hours',
    ])
      expect(readme).toContain(field);
  });

  it('leaves the manifest out of the web package', () => {
    expect(zips.web['imsmanifest.xml']).toBeUndefined();
    expect(zips.web['index.html']).toBeDefined();
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('the %s package', (kind) => {
  it('has index.html and imsmanifest.xml at the root of the zip', () => {
    expect(zips[kind]['index.html']).toBeDefined();
    expect(zips[kind]['imsmanifest.xml']).toBeDefined();
  });

  it('has a manifest that passes the XSDs and the CAM rules', async () => {
    expect(await validateManifest(decode(zips[kind]['imsmanifest.xml']), kind)).toEqual([]);
  });

  it('lists every file in the zip in its one SCO resource, and only those', () => {
    const doc = manifestDoc(zips[kind]);
    const [resource, ...others] = [...doc.getElementsByTagNameNS('*', 'resource')];
    expect(others).toEqual([]);
    expect(resource.getAttribute('href')).toBe('index.html');
    const listed = [...resource.getElementsByTagNameNS('*', 'file')].map((f) => decodeURIComponent(f.getAttribute('href') ?? ''));
    const inZip = Object.keys(zips[kind]).filter((p) => p !== 'imsmanifest.xml');
    expect([...listed].sort()).toEqual([...inZip].sort());
    // The placeholder an administrator replaces under the same name: an LMS that imports
    // only listed files keeps the replacement.
    expect(listed).toContain('logo.svg');
  });

  it('takes identifier, version, title and pass mark from the course content', () => {
    const doc = manifestDoc(zips[kind]);
    expect(doc.documentElement.getAttribute('identifier')).toBe(`${course.id}-${course.version}`);
    expect(doc.documentElement.getAttribute('version')).toBe(course.version);
    const titles = [...doc.getElementsByTagNameNS('*', 'title')].map((t) => t.textContent);
    expect(titles).toEqual([course.title, course.title]);
    if (kind === 'scorm12') {
      expect(doc.getElementsByTagNameNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'masteryscore')[0]?.textContent).toBe(
        String(course.passMark),
      );
    } else {
      const measure = doc.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'minNormalizedMeasure')[0];
      expect(Number(measure?.textContent)).toBe(course.passMark / 100);
    }
  });
});

describe('packaging refuses to write', () => {
  it('when the course has not been built, saying how to build it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lfr-release-')), 'release');
    const missing = join(tmpdir(), 'lfr-no-such-dist');
    await expect(makePackages({ distDir: missing, releaseDir: out })).rejects.toThrow(
      /index\.html not found: build the course first with "npm run build"/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('any zip when one manifest is invalid, leaving the previous release as it was', async () => {
    // SCORM 1.2 caps the manifest version at 20 characters; 2004 does not. So only the
    // 1.2 manifest is invalid, and the 2004 and web zips must not be written either.
    const content = copyFixture();
    content.edit('course.yaml', (t) => t.replace('version: 0.1.0', 'version: 1.0.12345678901234567890'));
    // The built course with the fixture's settings.json, as a build of the fixture would have.
    const dist = mkdtempSync(join(tmpdir(), 'lfr-dist-'));
    cpSync(DIST, dist, { recursive: true });
    writeFileSync(join(dist, 'settings.json'), settingsJson(loadCourse(content.dir).meta));
    const out = mkdtempSync(join(tmpdir(), 'lfr-release-'));
    writeFileSync(join(out, 'fixture-course-scorm12.zip'), 'previous release');
    await expect(makePackages({ distDir: dist, contentDir: content.dir, releaseDir: out })).rejects.toThrow(
      /fixture-course-scorm12\.zip: imsmanifest\.xml line \d+: Element 'manifest', attribute 'version': \[facet 'maxLength'\]/,
    );
    expect(readdirSync(out)).toEqual(['fixture-course-scorm12.zip']);
    expect(readFileSync(join(out, 'fixture-course-scorm12.zip'), 'utf8')).toBe('previous release');
  });
});

describe('writing a zip', () => {
  it('leaves no partial file behind when it fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'lfr-zip-'));
    const target = join(out, 'course.zip');
    mkdirSync(target);
    writeFileSync(join(target, 'in-the-way'), 'a folder where the zip should go');
    expect(() => writeZipAtomically(target, { 'index.html': new Uint8Array([1]) })).toThrow();
    expect(readdirSync(out)).toEqual(['course.zip']);
  });
});
