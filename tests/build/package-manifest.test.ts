/**
 * The manifest builders: what the real course's manifests say, that they pass the
 * official XSDs and the CAM rules, and that odd input (a title with markup characters,
 * an id starting with a digit, a file name with a space) still gives a valid manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { buildManifest12 } from '../../scorm/package/manifest-12.ts';
import { buildManifest2004 } from '../../scorm/package/manifest-2004.ts';
import { toXmlId, type ManifestInput } from '../../scorm/package/manifest-parts.ts';
import { manifestFilePaths } from '../../scorm/package/package-contents-check.ts';
import { PROJECT_ROOT } from '../../scorm/package/package-course.ts';
import { validateManifest } from '../../scorm/package/validate-manifest.ts';
import { parseXml } from '../../scorm/package/xml-document.ts';

const course = loadCourse(join(PROJECT_ROOT, 'content')).meta;
const courseInput: ManifestInput = {
  identifier: course.id,
  title: course.title,
  version: course.version,
  passMark: course.passMark,
  files: ['index.html', 'assets/index-abc123.js', 'assets/index-abc123.css', 'favicon.svg', 'settings.json'],
};

function parse(xml: string): Document {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
}
const text = (doc: Document, localName: string) => [...doc.getElementsByTagNameNS('*', localName)].map((e) => e.textContent);

describe.each([
  ['scorm12', buildManifest12],
  ['scorm2004', buildManifest2004],
] as const)('the %s manifest', (edition, build) => {
  it('is valid against the official XSDs and the four CAM rules', async () => {
    expect(await validateManifest(build(courseInput), edition)).toEqual([]);
  });

  it('takes its identifier, version and title from the course', () => {
    const doc = parse(build(courseInput));
    expect(doc.documentElement.getAttribute('identifier')).toBe(`${course.id}-${course.version}`);
    expect(doc.documentElement.getAttribute('version')).toBe(course.version);
    expect(text(doc, 'title')).toEqual([course.title, course.title]);
  });

  it('has one organization, one item and one SCO launching index.html that lists every file', () => {
    const doc = parse(build(courseInput));
    expect(doc.getElementsByTagNameNS('*', 'organization')).toHaveLength(1);
    expect(doc.getElementsByTagNameNS('*', 'item')).toHaveLength(1);
    const resources = doc.getElementsByTagNameNS('*', 'resource');
    expect(resources).toHaveLength(1);
    expect(resources[0].getAttribute('href')).toBe('index.html');
    const attribute = edition === 'scorm12' ? 'scormtype' : 'scormType';
    expect(resources[0].getAttributeNS(resources[0].lookupNamespaceURI('adlcp'), attribute)).toBe('sco');
    expect([...resources[0].getElementsByTagNameNS('*', 'file')].map((f) => f.getAttribute('href')).sort()).toEqual(
      [...courseInput.files].sort(),
    );
  });

  it('leaves the LMS navigation alone (no adlnav:presentation)', () => {
    expect(parse(build(courseInput)).getElementsByTagNameNS('*', 'presentation')).toHaveLength(0);
  });

  it('escapes markup in the title and copes with awkward ids and file names', async () => {
    const xml = build({
      identifier: '2nd-course',
      title: 'Risk & "resilience" <in> families',
      version: '2.0.0',
      passMark: 70,
      files: ['index.html', 'assets/read me#1.txt'],
    });
    expect(xml).toContain('Risk &amp; &quot;resilience&quot; &lt;in&gt; families');
    expect(await validateManifest(xml, edition)).toEqual([]);
    const doc = parse(xml);
    expect(doc.documentElement.getAttribute('identifier')).toBe('id-2nd-course-2.0.0');
    expect(text(doc, 'title')[0]).toBe('Risk & "resilience" <in> families');
    expect(manifestFilePaths(xml).paths).toContain('assets/read me#1.txt');
    expect(xml).toContain('href="assets/read%20me%231.txt"');
  });

  it('refuses input that would make a wrong package', () => {
    expect(() => build({ ...courseInput, passMark: 0 })).toThrow(/passMark must be a whole number from 1 to 100/);
    expect(() => build({ ...courseInput, passMark: 101 })).toThrow(/passMark/);
    expect(() => build({ ...courseInput, passMark: 75.5 })).toThrow(/passMark must be a whole number/);
    expect(() => build({ ...courseInput, files: ['app.js'] })).toThrow(/must include index.html/);
    expect(() => build({ ...courseInput, files: ['index.html', 'imsmanifest.xml'] })).toThrow(/must not include imsmanifest.xml/);
    expect(() => build({ ...courseInput, files: ['index.html', 'index.html'] })).toThrow(/same path twice/);
    expect(() => build({ ...courseInput, files: ['index.html', '../secret'] })).toThrow(/relative zip paths/);
  });
});

describe('the pass mark in each manifest', () => {
  it('is the SCORM 1.2 mastery score', () => {
    expect(text(parse(buildManifest12(courseInput)), 'masteryscore')).toEqual([String(course.passMark)]);
    expect(text(parse(buildManifest12({ ...courseInput, passMark: 65 })), 'masteryscore')).toEqual(['65']);
  });

  it('is the SCORM 2004 primary objective, satisfied by a measure of passMark / 100', () => {
    for (const passMark of [course.passMark, 7, 65, 100]) {
      const doc = parse(buildManifest2004({ ...courseInput, passMark }));
      const objective = doc.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'primaryObjective')[0];
      expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
      expect(Number(text(doc, 'minNormalizedMeasure')[0])).toBe(passMark / 100);
    }
    expect(text(parse(buildManifest2004({ ...courseInput, passMark: 7 })), 'minNormalizedMeasure')).toEqual(['0.07']);
  });
});

describe('identifiers', () => {
  it('are valid xs:IDs', () => {
    expect(toXmlId('learning-from-reviews-1.0.0')).toBe('learning-from-reviews-1.0.0');
    expect(toXmlId('9lives-1.0.0')).toBe('id-9lives-1.0.0');
    expect(toXmlId('-x')).toBe('id--x');
    expect(toXmlId('café course/1')).toBe('caf-course-1');
    expect(toXmlId('café course/1')).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });
});

describe('the driver schemas', () => {
  it('name XSDs that exist, so native xmllint can use them from the repo as well', () => {
    for (const driver of ['validate-scorm12.xsd', 'validate-scorm2004-4th.xsd']) {
      const dir = join(PROJECT_ROOT, 'scorm/package/schemas');
      const locations = [...readFileSync(join(dir, driver), 'utf8').matchAll(/schemaLocation="([^"]+)"/g)].map((m) => m[1]);
      expect(locations.length).toBeGreaterThan(1);
      for (const location of locations) expect(existsSync(join(dir, location)), location).toBe(true);
    }
  });
});
