/**
 * The SCORM versions the course is packaged for, named once. The id is what the package
 * names, the tracking meta tag, the drivers and the preview LMS use; the label is what a
 * person reads. (The manifest's own schemaversion values live with the manifest editions.)
 */
export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

export const SCORM_LABELS: Record<ScormVersion, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
};

export const isScormVersion = (value: unknown): value is ScormVersion => SCORM_VERSIONS.includes(value as ScormVersion);
