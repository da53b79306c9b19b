/**
 * The settings-README.txt shipped beside settings.json in every package (JSON has no
 * comments, so the help lives next to it), saying which values an LMS administrator may
 * change and what the course does with a wrong one. settings.json itself is written once,
 * by the build (src/config/settings-file.ts has its shape); the packager ships that file.
 */
import {
  BRAND_FIELDS,
  CONTACT_FIELDS,
  LOCAL_CONTACT_FIELDS,
  SETTINGS_FIELDS,
  SETTINGS_FILE,
  type CourseSettings,
} from '../../src/config/settings-file.ts';
import { BRAND_ON_PAGE, MAX_SHIFT, TEXT_ON_BRAND } from '../../src/lib/brand-colour.ts';
import { EMAIL_RULE } from '../../src/lib/local-contacts.ts';
import { LOGO_FIELDS, LOGO_MAX_BYTES, PLACEHOLDER_LOGO } from '../../src/lib/logo-file.ts';
import { LOCAL_CONTACT_KINDS } from '../../src/lib/local-contact-words.ts';
import { PASS_MARK_RULE } from '../../src/lib/pass-mark.ts';
import { PHONE_RULE } from '../../src/lib/safe-text.ts';
import { UNNAMED_ORGANISATION } from '../../src/lib/organisation.ts';
import type { PackageKind } from './tracking-meta.ts';
import { EVALUATION_QUESTIONS, evaluationInteractionId } from '../../src/lib/evaluation.ts';

export const SETTINGS_README_FILE = 'settings-README.txt';

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

/** Where the evaluation's answers end up, and how an administrator reads them. */
function evaluationNote(kind: PackageKind): string {
  const ids = EVALUATION_QUESTIONS.map((q) => `${evaluationInteractionId(q.id)}`).join(', ');
  if (kind === 'web')
    return `This package runs without an LMS: the answers stay in the learner's own
               browser, in their record of the course, and are sent nowhere, so no
               one but the learner can read them.`;
  const description = kind === 'scorm2004' ? '\n               Each carries its question as its description.' : '';
  return `In an LMS the answers reach the LMS under the learner's name (learners are
               told so before they answer), as unscored interactions of type likert,
               sent after the assessment's interactions and after the status: result
               neutral, no correct response, the answer a single digit 1 to 5.${description}
               To read them, open the LMS's interaction (or "SCORM interactions",
               "question details") report for this course and filter the interaction id
               on: ${ids}
               (confidence before the course, confidence after it, usefulness,
               relevance to the learner's role; 1 is lowest, 5 highest). They are sent
               once per learner, only in a normal launch with credit (not in preview,
               browse, review or no-credit launches).`;
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

/** A PNG logo has a new name, which a SCORM manifest must list too. */
function pngNote(kind: PackageKind): string {
  if (kind === 'web') return 'For a PNG logo, add it as logo.png and give that path.';
  return `For a PNG logo, add it as logo.png, give that path, and list it in
               imsmanifest.xml beside logo.svg: <file href="logo.png"/> (many LMSs
               import only the files the manifest lists).`;
}

function brandNotes(kind: PackageKind): string {
  const kb = LOGO_MAX_BYTES / 1024;
  return `logo           Optional: your organisation's logo, shown small at the top of every
               screen and on the certificate of completion. Not set: no logo is shown.
               This package ships a placeholder, ${PLACEHOLDER_LOGO} (a box saying "Your logo"),
               which is never shown unless you set this field. Replace ${PLACEHOLDER_LOGO} with
               your own logo under the same name, then add:
                 "logo": { "path": "${PLACEHOLDER_LOGO}", "alt": "Anytown Council" }
                 path    The name of an .svg or .png file beside index.html: no
                         folder, "/", ".." or web address. At most ${kb} KB.
                 alt     Text: what the logo says, usually your organisation's name.
                         Screen readers read it to learners who cannot see the logo.
               ${pngNote(kind)}
               The logo sits on a white plate in the header, so draw it for a white
               background. A logo with another path, no alt, over ${kb} KB, missing, or
               not an image the browser can show is not shown.

brandColour    Optional: your organisation's colour for the header bar, the main
               buttons and the accent lines, written as # and six hex digits, e.g.
               "#5b2a86". Not set: the course's own colour is used.
               The header's white text must stay readable on it (at least ${TEXT_ON_BRAND}:1,
               WCAG 1.4.3), and the colour must stand out from the page (at least ${BRAND_ON_PAGE}:1,
               WCAG 1.4.11), in light and in dark mode. A colour that fails is made
               darker or lighter until it passes, and the console says which colour is
               used instead (in dark mode a dark colour is made lighter, as the course's
               own is). A colour that would have to move more than ${MAX_SHIFT * 100}% of the way to
               black or white (a pale one such as "#ffff00") is refused: the course's
               own colour is used, and the console names the nearest colour that would
               pass. Browsers too old for constructed stylesheets (Safari before 16.4)
               show the course's own colour.
`;
}

export function settingsReadme(kind: PackageKind, settings: CourseSettings): string {
  const heading = `${SETTINGS_FILE}: settings you may change before you upload or publish this package`;
  const topLevel = kind === 'web' ? 'index.html stays' : 'index.html and imsmanifest.xml stay';
  return `${heading}
${'='.repeat(heading.length)}

No rebuild is needed. Unzip the package, edit ${SETTINGS_FILE} in a plain-text editor,
save it as UTF-8, and zip the files again so that ${topLevel} at the top
of the zip, not inside a folder. ${SETTINGS_FILE} must stay valid JSON: keep the
double quotes, the brackets, and a comma between entries but none after the last one.
The course does not read this README.

organisation   Text. The organisation delivering this training, named in the course's
               accessibility statement. Left as ${JSON.stringify(UNNAMED_ORGANISATION)}, it names none and
               says "your organisation" instead. Now: ${JSON.stringify(settings.organisation)}

passMark       ${capital(PASS_MARK_RULE)}: the percentage of the final assessment a
               learner needs to pass. Now: ${settings.passMark}
               ${passMarkNote(kind, settings.passMark)}

countSkippedLessons
               true or false, without quotes. Now: ${settings.countSkippedLessons}
               Some lessons start with a content note (for example before a lesson about
               the death of a child), where a learner may choose "Skip for now".
               false: a skipped lesson stays to do. The learner is told so beside the
               lesson ("Skipped: the assessment opens when every lesson is done"), with
               a way back to it; the lessons, and so the course, are finished only when
               every lesson is done.
               true: a lesson skipped on its content note counts towards finishing the
               lessons, as if done: the final assessment opens and the course can be
               completed without it. The learner is told so and can still go back to it.
               Choose true only where your organisation accepts that a learner may leave
               out a distressing lesson and still complete the training.

evaluation     true or false, without quotes. Now: ${settings.evaluation ?? false}
               false: no evaluation is offered.
               true: after the final assessment, learners are offered an optional
               evaluation of ${EVALUATION_QUESTIONS.length} questions on a scale of 1 to 5 (nothing typed).
               ${evaluationNote(kind)}

support        The people and services learners are pointed to when they need help, or
               when the course brings up difficult feelings. Keep at least one. In team
               briefings they are the support slide: a long list is set in two columns
               and smaller type so that every contact stays on the slide, so keep it
               short (eight or fewer) for type the back of a room can read. Each
               entry has:
                 id      A short name, unique in the list: lower-case letters, digits and
                         hyphens. Keep the id of an entry you only reword.
                 name    Text. Who to contact.
                 detail  Text. When and why to contact them.
                 phone   Optional. A phone number: ${PHONE_RULE},
                         e.g. "0808 800 5000". Learners can tap it to call. Leave it out
                         if none.
                 hours   Optional text, e.g. "24 hours". Leave it out if unknown.

localContacts  Optional: your local safeguarding contacts and documents, shown on the
               Support page and at the end of the Summary lesson. The course ships none ([]); with none, learners are told
               to ask their manager or named safeguarding lead. Each entry has:
                 id      A short name, unique in the list: lower-case letters, digits and
                         hyphens.
                 kind    One of:
${Object.entries(LOCAL_CONTACT_KINDS)
  .map(([kind, k]) => `                           ${kind.padEnd(18)}${k.label}`)
  .join('\n')}
                 name    Text. The team, person or document, e.g. "Anytown Children's
                         Services Front Door".
                 detail  Optional text: when to contact them. Left out, the course says
                         what that kind of contact is for.
                 phone   Optional. A phone number:
                         ${PHONE_RULE}.
                 email   Optional. ${capital(EMAIL_RULE)}.
                 url     Optional. A web page, starting with https://, e.g. your local
                         procedures or escalation policy. It opens in a new tab.
                 hours   Optional text, e.g. "9am to 5pm, Monday to Friday".
               Give each at least a phone, an email or a url: a contact with none of
               them is left out. Example:
                 "localContacts": [
                   { "id": "mash", "kind": "front-door", "name": "Anytown MASH",
                     "phone": "01234 567890", "hours": "9am to 5pm" },
                   { "id": "escalation", "kind": "escalation",
                     "name": "Anytown escalation policy",
                     "url": "https://example.org/escalation" }
                 ]
               Current: ${settings.localContacts?.length ?? 0} listed.

${brandNotes(kind)}
What the course checks
----------------------
All text is shown exactly as written: tags such as <b> or <script> and addresses such as
javascript: or data: are refused. There is no field for a web address in a support
contact; give one in the detail as plain text (e.g. "See the wellbeing page on the intranet"). A local
contact's url must start with https://, and its email must be only an e-mail address.
A local contact missing its id, kind or name is left out, as is one with no usable phone,
email or url; a wrong optional field is left out of its contact.
If ${SETTINGS_FILE} is not valid JSON, the course uses all of its own values. Otherwise
a value the course cannot use is replaced by the course's own value for that field
(a support contact missing its id, name or detail is left out; a wrong phone or hours is
left out of its contact), the rest of the file still applies, and learners see a notice
asking them to tell their learning administrator. Each problem, and any field the course
does not read (the course reads only ${[...SETTINGS_FIELDS, ...BRAND_FIELDS].join(', ')}, and ${CONTACT_FIELDS.join(', ')} in a
contact, ${LOCAL_CONTACT_FIELDS.join(', ')} in a local contact, ${LOGO_FIELDS.join(', ')} in the logo), is named in the browser's console (open the developer tools, Console tab) as a
line starting with ${SETTINGS_FILE}:.
`;
}
