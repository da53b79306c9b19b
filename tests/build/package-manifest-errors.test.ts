/**
 * Broken manifests are caught, each with an error that names what is wrong. Several of
 * these pass the XSDs (libxml2 does not check IDREFs, and the 2004 wildcards are lax), so
 * the tests also pin down which check catches what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest12 } from '../../scorm/package/manifest-12.ts';
import { buildManifest2004 } from '../../scorm/package/manifest-2004.ts';
import type { ManifestInput } from '../../scorm/package/manifest-parts.ts';
import { packageContentErrors } from '../../scorm/package/package-contents-check.ts';
import { PROJECT_ROOT } from '../../scorm/package/package-course.ts';
import { validateManifest } from '../../scorm/package/validate-manifest.ts';
import { schemaErrors } from '../../scorm/package/xml-schema-check.ts';

const input: ManifestInput = { identifier: 'demo', title: 'Demo', version: '1.0.0', passMark: 80, files: ['index.html', 'app.js'] };
const good12 = buildManifest12(input);
const good2004 = buildManifest2004(input);

/** Replaces text that must be there, so a test never silently checks an unbroken manifest. */
function breakManifest(xml: string, from: string | RegExp, to: string): string {
  const broken = xml.replace(from, to);
  if (broken === xml) throw new Error(`${String(from)} is not in the manifest`);
  return broken;
}

const fixture = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/package', name), 'utf8');

describe('known-answer manifests written by hand', () => {
  it('accepts the valid examples', async () => {
    expect(await validateManifest(fixture('example-scorm12.xml'), 'scorm12')).toEqual([]);
    expect(await validateManifest(fixture('example-scorm2004.xml'), 'scorm2004')).toEqual([]);
  });

  it('rejects a bad scormtype value (1.2: "SCO", 2004: "quiz")', async () => {
    expect(await validateManifest(fixture('broken-scorm12-bad-scormtype.xml'), 'scorm12')).toEqual([
      "imsmanifest.xml line 22: Element 'resource', attribute 'adlcp:scormtype': [facet 'enumeration'] The value 'SCO' is not an element of the set {'asset', 'sco'}.",
    ]);
    expect(await validateManifest(fixture('broken-scorm2004-bad-scormtype.xml'), 'scorm2004')).toEqual([
      "imsmanifest.xml line 27: Element 'resource', attribute 'adlcp:scormType': [facet 'enumeration'] The value 'quiz' is not an element of the set {'sco', 'asset'}.",
    ]);
  });

  it('rejects a manifest with no <organizations>', async () => {
    for (const [file, edition] of [
      ['broken-scorm12-missing-organizations.xml', 'scorm12'],
      ['broken-scorm2004-missing-organizations.xml', 'scorm2004'],
    ] as const) {
      const errors = await validateManifest(fixture(file), edition);
      expect(errors).toContainEqual(
        expect.stringMatching(/Element 'resources': This element is not expected\. Expected is \( organizations \)/),
      );
      expect(errors).toContain('<manifest> has no <organizations>, so the LMS has nothing to launch');
    }
  });
});

describe.each([
  ['scorm12', good12],
  ['scorm2004', good2004],
] as const)('a broken %s manifest', (edition, good) => {
  it('is caught when the default organization does not exist (the XSDs let this pass)', async () => {
    const broken = breakManifest(good, 'default="demo-1.0.0-org"', 'default="nope"');
    expect(await schemaErrors(broken, edition)).toEqual([]);
    expect(await validateManifest(broken, edition)).toEqual([
      '<organizations default="nope"> names no <organization> (organization identifiers: "demo-1.0.0-org")',
    ]);
  });

  it('is caught when an item names a resource that does not exist', async () => {
    const broken = breakManifest(good, 'identifierref="demo-1.0.0-sco"', 'identifierref="demo-missing"');
    expect(await validateManifest(broken, edition)).toEqual([
      '<item identifier="demo-1.0.0-item" identifierref="demo-missing"> names no <resource>',
    ]);
  });

  it('is caught when the schemaversion is wrong', async () => {
    const right = edition === 'scorm12' ? '1.2' : '2004 4th Edition';
    const broken = breakManifest(good, `<schemaversion>${right}</schemaversion>`, '<schemaversion>2004 3rd Edition</schemaversion>');
    expect(await validateManifest(broken, edition)).toEqual([
      `manifest <metadata> must hold <schema>ADL SCORM</schema> and <schemaversion>${right}</schemaversion>; found <schema>ADL SCORM</schema> and <schemaversion>2004 3rd Edition</schemaversion>`,
    ]);
  });

  it('is caught when it is not well-formed XML', async () => {
    const [error, ...more] = await validateManifest(good.replace('</manifest>', ''), edition);
    expect(error).toMatch(/^imsmanifest.xml is not well-formed XML: /);
    expect(more).toEqual([]);
  });

  it('is caught when checked as the other edition', async () => {
    const errors = await validateManifest(good, edition === 'scorm12' ? 'scorm2004' : 'scorm12');
    expect(errors).toContainEqual(expect.stringMatching(/^the root element is \{.+\}manifest; a SCORM .+ manifest is <manifest xmlns=/));
  });
});

describe('the SCORM 2004 scormType attribute', () => {
  it('is caught in the 1.2 lowercase spelling, which the XSDs let through', async () => {
    const broken = breakManifest(good2004, 'adlcp:scormType="sco"', 'adlcp:scormtype="sco"');
    expect(await schemaErrors(broken, 'scorm2004')).toEqual([]);
    expect(await validateManifest(broken, 'scorm2004')).toEqual([
      '<resource identifier="demo-1.0.0-sco"> lacks adlcp:scormType ("sco" or "asset"); it has adlcp:scormtype, but SCORM 2004 4th Edition spells it adlcp:scormType (scormtype is the SCORM 1.2 spelling)',
    ]);
  });

  it('is caught in the SCORM 1.2 adlcp namespace', async () => {
    const broken = breakManifest(
      good2004,
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    );
    expect(await validateManifest(broken, 'scorm2004')).toContain(
      '<resource identifier="demo-1.0.0-sco"> lacks adlcp:scormType ("sco" or "asset"); it has adlcp:scormType in namespace http://www.adlnet.org/xsd/adlcp_rootv1p2, but SCORM 2004 4th Edition needs http://www.adlnet.org/xsd/adlcp_v1p3',
    );
  });

  it('is caught when missing altogether', async () => {
    const broken = breakManifest(good2004, ' adlcp:scormType="sco"', '');
    expect(await validateManifest(broken, 'scorm2004')).toEqual([
      '<resource identifier="demo-1.0.0-sco"> lacks adlcp:scormType ("sco" or "asset")',
    ]);
  });
});

describe('the package contents check', () => {
  it('passes when the manifest lists exactly the files in the zip', () => {
    expect(packageContentErrors(good12, ['imsmanifest.xml', 'index.html', 'app.js'])).toEqual([]);
  });

  it('names a file in the zip that the manifest leaves out, and a listed file the zip lacks', () => {
    expect(packageContentErrors(good12, ['imsmanifest.xml', 'index.html', 'extra.js'])).toEqual([
      '"extra.js" is in the package but the manifest does not list it',
      'the manifest lists "app.js" but the package has no such file',
    ]);
  });

  it('counts the launch page as missing when only the resource href names it', () => {
    const noFileEntry = breakManifest(good2004, /\s*<file href="index.html"\/>/, '');
    expect(packageContentErrors(noFileEntry, ['imsmanifest.xml', 'app.js'])).toEqual([
      'the manifest lists "index.html" but the package has no such file',
    ]);
  });
});
