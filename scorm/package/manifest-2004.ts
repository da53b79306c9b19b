/**
 * Writes the imsmanifest.xml of the SCORM 2004 4th Edition package: one organization,
 * one item, one SCO (index.html) that lists every file in the package. The pass mark
 * becomes the primary objective's minNormalizedMeasure with satisfiedByMeasure="true":
 * that is what makes the LMS set cmi.scaled_passing_score (and then derive
 * success_status from cmi.score.scaled). The LMS's own navigation is left as it is: no
 * adlnav:presentation, since the course has no exit or continue button of its own.
 */
import { EDITIONS, SCHEMA_NAME } from './scorm-editions.ts';
import { LAUNCH_FILE, checkManifestInput, escapeXml, fileElements, manifestIds, type ManifestInput } from './manifest-parts.ts';

export function buildManifest2004(input: ManifestInput): string {
  checkManifestInput(input);
  const ids = manifestIds(input);
  const { cpNamespace, adlcpNamespace, schemaversion } = EDITIONS.scorm2004;
  const title = escapeXml(input.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${escapeXml(input.version)}"
          xmlns="${cpNamespace}"
          xmlns:adlcp="${adlcpNamespace}"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="${cpNamespace} imscp_v1p1.xsd
                              ${adlcpNamespace} adlcp_v1p3.xsd
                              http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd
                              http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd
                              http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>${SCHEMA_NAME}</schema>
    <schemaversion>${schemaversion}</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${input.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_FILE}">
${fileElements(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
