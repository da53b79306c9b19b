/**
 * Writes the imsmanifest.xml of the SCORM 1.2 package: one organization, one item, one
 * SCO (index.html) that lists every file in the package. The pass mark travels as
 * adlcp:masteryscore, which the LMS hands to the course as cmi.student_data.mastery_score
 * and may use itself to set passed/failed at LMSFinish.
 */
import { EDITIONS, SCHEMA_NAME } from './scorm-editions.ts';
import { LAUNCH_FILE, checkManifestInput, escapeXml, fileElements, manifestIds, type ManifestInput } from './manifest-parts.ts';

export function buildManifest12(input: ManifestInput): string {
  checkManifestInput(input);
  const ids = manifestIds(input);
  const { cpNamespace, adlcpNamespace, schemaversion } = EDITIONS.scorm12;
  const title = escapeXml(input.title);
  // The schema types masteryscore as free text; LMSs expect a plain 0-100 number.
  const mastery = String(input.passMark);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${escapeXml(input.version)}"
          xmlns="${cpNamespace}"
          xmlns:adlcp="${adlcpNamespace}"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="${cpNamespace} imscp_rootv1p1p2.xsd
                              http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd
                              ${adlcpNamespace} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>${SCHEMA_NAME}</schema>
    <schemaversion>${schemaversion}</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">
${fileElements(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
