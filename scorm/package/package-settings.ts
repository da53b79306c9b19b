/**
 * settings.json, shipped in every package so an LMS administrator can set the
 * organisation name, pass mark and support contacts without a rebuild, and the
 * settings-README.txt beside it (JSON has no comments, so the help lives next to it).
 * Defaults come from content/course.yaml. Reading the file in the app is not done here.
 */
import type { CourseMeta, SupportContact } from '../../src/course/types.ts';
import type { PackageKind } from './tracking-meta.ts';

export const SETTINGS_FILE = 'settings.json';
export const SETTINGS_README_FILE = 'settings-README.txt';

export interface PackageSettings {
  organisation: string;
  passMark: number;
  support: SupportContact[];
}

/** Copies field by field, so nothing else from the course can leak into the file. */
export function defaultSettings(course: Pick<CourseMeta, 'organisation' | 'passMark' | 'support'>): PackageSettings {
  return {
    organisation: course.organisation,
    passMark: course.passMark,
    support: course.support.map(({ id, name, detail, phone, hours }) => ({
      id,
      name,
      detail,
      ...(phone !== undefined ? { phone } : {}),
      ...(hours !== undefined ? { hours } : {}),
    })),
  };
}

export function settingsJson(settings: PackageSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function passMarkNote(kind: PackageKind, passMark: number): string {
  switch (kind) {
    case 'web':
      return 'This package runs without an LMS, so this is the pass mark the course uses.';
    case 'scorm12':
      return `When the LMS sends a mastery score, it takes precedence over passMark. This
               package's imsmanifest.xml sets it to ${passMark} (<adlcp:masteryscore>);
               many LMSs let you change it in the course's settings. Editing passMark
               here does not change the manifest, so keep the two the same.`;
    case 'scorm2004':
      return `When the LMS sends a passing score, it takes precedence over passMark. This
               package's imsmanifest.xml sets it to ${passMark / 100} (<imsss:minNormalizedMeasure>,
               the pass mark divided by 100); many LMSs let you change it in the course's
               settings. Editing passMark here does not change the manifest, so keep the
               two the same.`;
  }
}

export function settingsReadme(kind: PackageKind, settings: PackageSettings): string {
  const heading = `${SETTINGS_FILE}: settings you may change before you upload or publish this package`;
  const topLevel = kind === 'web' ? 'index.html stays' : 'index.html and imsmanifest.xml stay';
  return `${heading}
${'='.repeat(heading.length)}

No rebuild is needed. Unzip the package, edit ${SETTINGS_FILE} in a plain-text editor,
save it as UTF-8, and zip the files again so that ${topLevel} at the top
of the zip, not inside a folder. ${SETTINGS_FILE} must stay valid JSON: keep the
double quotes, the brackets, and a comma between entries but none after the last one.
The course does not read this README.

organisation   Text. The organisation delivering this training.
               Now: ${JSON.stringify(settings.organisation)}

passMark       A whole number from 1 to 100: the percentage of the final assessment a
               learner needs to pass. Now: ${settings.passMark}
               ${passMarkNote(kind, settings.passMark)}

support        The people and services learners are pointed to when they need help, or
               when the course brings up difficult feelings. Keep at least one. Each
               entry has:
                 id      A short name, unique in the list: lower-case letters, digits and
                         hyphens. Keep the id of an entry you only reword.
                 name    Text. Who to contact.
                 detail  Text. When and why to contact them.
                 phone   Optional text, e.g. "0808 800 5000". Leave it out if none.
                 hours   Optional text, e.g. "24 hours". Leave it out if unknown.
`;
}
