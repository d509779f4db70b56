import type { ScormVersion } from './api';

/*
 * imsmanifest.xml of a package with one SCO: SCORM 1.2 (IMS CP 1.1.2 with ADL's adlcp_rootv1p2) or
 * SCORM 2004 4th Edition (IMS CP 1.1.4 with ADL's v1p3 extensions). The schema files the manifest names sit
 * beside it in the package (scripts/scorm/schemas/); a test validates both with xmllint.
 */

export interface ManifestOptions {
  version: ScormVersion;
  /** The package's identifier: letters, digits, '.', '-' and '_' (an XML ID in 1.2). */
  identifier: string;
  title: string;
  /** The launch file, relative to the package root. */
  launch: string;
  /** Every file of the SCO (the launch file included), relative to the package root. */
  files: readonly string[];
  /**
   * The pass mark in whole percent, only when the build is asked to write one into the manifest:
   * `adlcp:masteryscore` (1.2) or the primary objective's minimum normalized measure (2004). Without it,
   * the package reports its own pass mark and the LMS's settings decide.
   */
  masteryScore?: number;
}

const ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** The schema files each version's manifest refers to, as the package must carry them. */
export const SCHEMA_FILES: Record<ScormVersion, readonly string[]> = {
  '1.2': ['adlcp_rootv1p2.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  '2004': [
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
    'datatypes.dtd',
    'XMLSchema.dtd',
  ],
};

export function scormManifest({
  version,
  identifier,
  title,
  launch,
  files,
  masteryScore,
}: ManifestOptions): string {
  if (!ID.test(identifier)) throw new Error(`The package identifier "${identifier}" is not an XML name.`);
  if (
    masteryScore !== undefined &&
    !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100)
  ) {
    throw new Error(`The mastery score must be a whole percent from 0 to 100; got ${masteryScore}.`);
  }
  if (!files.includes(launch)) throw new Error(`The launch file ${launch} is not among the package's files.`);
  const name = escapeXml(title);
  const fileList = files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  const v12 = version === '1.2';
  const root = v12
    ? `<manifest identifier="${identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`
    : `<manifest identifier="${identifier}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`;
  // The pass mark, when asked for: 1.2's masteryscore, or 2004's primary objective satisfied by measure.
  const passMark =
    masteryScore === undefined
      ? ''
      : v12
        ? `
        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`
        : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="final-check" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${masteryScore / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${root}
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v12 ? '1.2' : '2004 4th Edition'}</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${name}</title>
      <item identifier="item-course" identifierref="sco" isvisible="true">
        <title>${name}</title>${passMark}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:${v12 ? 'scormtype' : 'scormType'}="sco" href="${escapeXml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
