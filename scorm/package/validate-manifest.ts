/**
 * The one check every manifest goes through before it is zipped: well-formed XML, valid
 * against the official XSDs of its SCORM edition, and the four CAM rules the XSDs miss.
 * Returns readable errors (empty when valid) so packaging can list them all at once.
 */
import { camRuleErrors } from './cam-rules.ts';
import { MANIFEST_FILE } from './manifest-parts.ts';
import type { ScormEdition } from './scorm-editions.ts';
import { parseXml } from './xml-document.ts';
import { schemaErrors } from './xml-schema-check.ts';

export async function validateManifest(xml: string, edition: ScormEdition): Promise<string[]> {
  const parsed = parseXml(xml);
  if (!parsed.ok) return [`${MANIFEST_FILE} is not well-formed XML: ${parsed.error}`];
  return [...(await schemaErrors(xml, edition)), ...camRuleErrors(parsed.doc, edition)];
}
