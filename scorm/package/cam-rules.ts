/**
 * SCORM CAM rules that the XSDs cannot express or that libxml2 does not enforce:
 * libxml2 never checks that an xs:IDREF names an existing ID, identifierref is a plain
 * string, adlcp:scormtype/scormType is optional in the schemas (and the 2004 wildcards
 * are lax, so a 1.2-style lowercase scormtype passes), and the <schema>/<schemaversion>
 * text is unchecked. Each of these makes a package that uploads fine and then fails to
 * launch or track in some LMSs.
 */
import { EDITIONS, SCHEMA_NAME, type ScormEdition } from './scorm-editions.ts';
import { childrenNamed, elementsNamed, normalizeSpace } from './xml-document.ts';

function defaultOrganizationErrors(manifest: Element): string[] {
  const all = childrenNamed(manifest, 'organizations');
  if (all.length === 0) return ['<manifest> has no <organizations>, so the LMS has nothing to launch'];
  return all.flatMap((organizations) => {
    const ids = childrenNamed(organizations, 'organization').map((o) => normalizeSpace(o.getAttribute('identifier')));
    const def = organizations.getAttribute('default');
    if (def === null) {
      return ids.length > 0 ? ['<organizations> has no default attribute naming the <organization> to launch'] : [];
    }
    if (ids.includes(normalizeSpace(def))) return [];
    const known = ids.length > 0 ? ids.map((id) => `"${id}"`).join(', ') : 'none';
    return [`<organizations default="${def}"> names no <organization> (organization identifiers: ${known})`];
  });
}

function identifierrefErrors(doc: Document): string[] {
  const resources = new Set(elementsNamed(doc, 'resource').map((r) => normalizeSpace(r.getAttribute('identifier'))));
  return elementsNamed(doc, 'item')
    .filter((item) => item.hasAttribute('identifierref'))
    .filter((item) => !resources.has(normalizeSpace(item.getAttribute('identifierref'))))
    .map(
      (item) =>
        `<item identifier="${item.getAttribute('identifier')}" identifierref="${item.getAttribute('identifierref')}"> names no <resource>`,
    );
}

function scormTypeErrors(doc: Document, edition: ScormEdition): string[] {
  const { adlcpNamespace, scormTypeAttribute, label } = EDITIONS[edition];
  return elementsNamed(doc, 'resource')
    .filter((resource) => !resource.hasAttributeNS(adlcpNamespace, scormTypeAttribute))
    .map((resource) => {
      const near = [...resource.attributes].find((a) => a.localName.toLowerCase() === 'scormtype');
      let hint = '';
      if (near && near.localName !== scormTypeAttribute) {
        hint = `; it has ${near.name}, but ${label} spells it adlcp:${scormTypeAttribute}`;
        if (near.localName === 'scormtype') hint += ' (scormtype is the SCORM 1.2 spelling)';
      } else if (near) {
        hint = `; it has ${near.name} in namespace ${near.namespaceURI ?? '(none)'}, but ${label} needs ${adlcpNamespace}`;
      }
      return `<resource identifier="${resource.getAttribute('identifier')}"> lacks adlcp:${scormTypeAttribute} ("sco" or "asset")${hint}`;
    });
}

function schemaVersionErrors(manifest: Element, edition: ScormEdition): string[] {
  const { schemaversion } = EDITIONS[edition];
  const wanted = `<schema>${SCHEMA_NAME}</schema> and <schemaversion>${schemaversion}</schemaversion>`;
  const metadata = childrenNamed(manifest, 'metadata');
  const text = (m: Element, name: string) => normalizeSpace(childrenNamed(m, name)[0]?.textContent);
  const matching = metadata.filter((m) => text(m, 'schema') === SCHEMA_NAME && text(m, 'schemaversion') === schemaversion);
  if (matching.length === 1) return [];
  if (metadata.length === 0) return [`<manifest> has no <metadata>; it must hold ${wanted}`];
  const found = metadata.map((m) => `<schema>${text(m, 'schema')}</schema> and <schemaversion>${text(m, 'schemaversion')}</schemaversion>`);
  return [`manifest <metadata> must hold ${wanted}; found ${found.join(', ')}`];
}

/** The four rules, in the order validate.sh in the shared SCORM notes checks them. */
export function camRuleErrors(doc: Document, edition: ScormEdition): string[] {
  const { cpNamespace, label } = EDITIONS[edition];
  const manifest = doc.documentElement;
  if (manifest.localName !== 'manifest' || manifest.namespaceURI !== cpNamespace) {
    return [
      `the root element is {${manifest.namespaceURI ?? ''}}${manifest.localName}; a ${label} manifest is <manifest xmlns="${cpNamespace}">`,
    ];
  }
  return [
    ...defaultOrganizationErrors(manifest),
    ...identifierrefErrors(doc),
    ...scormTypeErrors(doc, edition),
    ...schemaVersionErrors(manifest, edition),
  ];
}
