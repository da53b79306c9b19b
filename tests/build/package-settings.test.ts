/**
 * settings.json and its README: defaults from the course, only the fields an
 * administrator may change, help that states the pass mark each package really uses, and
 * one writer for the file (the build), which the packager ships as built.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, makePackages } from '../../scorm/package/package-course.ts';
import { settingsReadme } from '../../scorm/package/package-settings.ts';
import {
  BRAND_FIELDS,
  CONTACT_FIELDS,
  SETTINGS_FIELDS,
  settingsOf as defaultSettings,
  settingsJson,
} from '../../src/config/settings-file.ts';
import { applySettings } from '../../src/app/settings.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

const course = {
  id: 'c',
  organisation: 'Acme Care',
  passMark: 75,
  countSkippedLessons: false,
  support: [
    { id: 'line', name: 'Helpline', detail: 'Call us.', phone: '0800 000 000' },
    { id: 'desk', name: 'Service desk', detail: 'Ask IT.', hours: '9 to 5' },
  ],
};

describe('settings.json', () => {
  it('holds the course defaults and nothing else from the course', () => {
    expect(defaultSettings(course)).toEqual({
      organisation: 'Acme Care',
      passMark: 75,
      countSkippedLessons: false,
      evaluation: false,
      support: course.support,
      localContacts: [],
    });
    expect(Object.keys(defaultSettings(course))).toEqual([
      'organisation',
      'passMark',
      'countSkippedLessons',
      'evaluation',
      'support',
      'localContacts',
    ]);
  });

  it('drops fields a support contact should not carry', () => {
    const extra = { ...course, support: [{ ...course.support[0], internal: 'x' }] };
    expect(defaultSettings(extra).support).toEqual([course.support[0]]);
  });

  it('is pretty-printed JSON that parses back to the same settings', () => {
    const json = settingsJson(defaultSettings(course));
    expect(json).toContain('\n  "organisation": "Acme Care",\n');
    expect(JSON.parse(json)).toEqual(defaultSettings(course));
  });
});

describe('settings-README.txt', () => {
  const settings = defaultSettings(course);

  it('explains every field', () => {
    const readme = settingsReadme('web', settings);
    const fields = [
      'organisation',
      'passMark',
      'countSkippedLessons',
      'evaluation',
      'support',
      'localContacts',
      'id ',
      'name ',
      'detail ',
      'phone ',
      'hours ',
    ];
    for (const field of [...fields, 'kind ', 'email ', 'url ']) {
      expect(readme).toMatch(new RegExp(`^ *${field}`, 'm'));
    }
  });

  it('says which pass mark the LMS will use in each SCORM package', () => {
    expect(settingsReadme('scorm12', settings)).toMatch(/sets it to 75 \(<adlcp:masteryscore>\)/);
    expect(settingsReadme('scorm2004', settings)).toMatch(/sets it to 0\.75 \(<imsss:minNormalizedMeasure>/);
    expect(settingsReadme('web', settings)).toMatch(/without an LMS, so this is the pass mark the course uses/);
    expect(settingsReadme('web', settings)).not.toContain('imsmanifest.xml');
  });

  it('states the rules the reader applies: the pass-mark rule, phone numbers, no markup or script addresses, the console', () => {
    const readme = settingsReadme('scorm12', settings);
    expect(readme).toMatch(/passMark +A whole number from 1 to 100/);
    expect(readme).toMatch(/phone +Optional\. A phone number: digits, spaces, brackets and hyphens only/);
    expect(readme).toMatch(/tags such as <b> or <script> and addresses such as\njavascript: or data: are refused/);
    expect(readme).toMatch(/There is no field for a web address/);
    expect(readme).toContain(
      `the course reads only ${[...SETTINGS_FIELDS, ...BRAND_FIELDS].join(', ')}, and ${CONTACT_FIELDS.join(', ')} in a\ncontact`,
    );
    expect(readme).toMatch(/url +Optional\. A web page, starting with https:\/\//);
    expect(readme).toMatch(/no usable phone,\nemail or url/);
    expect(readme).toMatch(/named in the browser's console/);
  });

  it('says what countSkippedLessons does, both ways, and that it is off unless changed', () => {
    const readme = settingsReadme('scorm12', settings);
    expect(readme).toMatch(/countSkippedLessons\n +true or false, without quotes\. Now: false/);
    expect(readme).toMatch(
      /false: a skipped lesson stays to do\. The learner is told so beside the\n +lesson \("Skipped: the assessment opens when every lesson is done"\)/,
    );
    expect(readme).toMatch(/true: a lesson skipped on its content note counts towards finishing the\n +lessons/);
    expect(settingsReadme('web', { ...settings, countSkippedLessons: true })).toMatch(/Now: true/);
  });
});

describe('the logo and brand colour in settings-README.txt', () => {
  const settings = defaultSettings(course);

  it('tells an administrator to replace logo.svg and set logo, with its limits, and what happens to a failing colour', () => {
    for (const kind of ['web', 'scorm12', 'scorm2004'] as const) {
      const readme = settingsReadme(kind, settings);
      expect(readme).toMatch(/^logo +Optional: your organisation's logo/m);
      expect(readme).toMatch(/Replace logo\.svg with\n +your own logo under the same name/);
      expect(readme).toContain('"logo": { "path": "logo.svg", "alt": "Anytown Council" }');
      expect(readme).toMatch(/At most 100 KB/);
      expect(readme).toMatch(/alt +Text: what the logo says/);
      expect(readme).toMatch(/^brandColour +Optional/m);
      expect(readme).toMatch(
        /A colour that fails is made\n +darker or lighter until it passes, and the console says which colour is\n +used instead/,
      );
      expect(readme).toMatch(/is refused: the course's\n +own colour is used, and the console names the nearest colour that would\n +pass/);
    }
    expect(settingsReadme('scorm12', settings)).toContain('<file href="logo.png"/>');
    expect(settingsReadme('web', settings)).not.toContain('imsmanifest.xml');
  });
});

describe('the course evaluation in settings-README.txt', () => {
  const settings = defaultSettings(course);

  it('is off unless changed, and an administrator learns how to read the answers in the LMS interaction report', () => {
    for (const kind of ['scorm12', 'scorm2004'] as const) {
      const readme = settingsReadme(kind, settings);
      expect(readme).toMatch(/evaluation +true or false, without quotes\. Now: false\n +false: no evaluation is offered\./);
      expect(readme).toMatch(/under the learner's name/);
      expect(readme).toMatch(/interactions of type likert/);
      expect(readme).toMatch(/interaction \(or "SCORM interactions",\n +"question details"\) report/);
      expect(readme).toContain('evaluation-before, evaluation-after, evaluation-useful, evaluation-role');
      expect(readme).toMatch(/only in a normal launch with credit/);
    }
    expect(settingsReadme('scorm2004', settings)).toMatch(/its question as its description/);
    expect(settingsReadme('scorm12', settings)).not.toMatch(/its question as its description/);
    const web = settingsReadme('web', { ...settings, evaluation: true });
    expect(web).toMatch(/Now: true/);
    expect(web).toMatch(/stay in the learner's own\n +browser/);
    expect(web).not.toMatch(/likert/);
  });
});

describe('one writer for settings.json', () => {
  it('writes only fields the app reads, so the app takes its own file without a word', () => {
    const course = loadCourse(join(PROJECT_ROOT, 'content')).meta;
    const written = JSON.parse(settingsJson(course));
    expect(Object.keys(written)).toEqual([...SETTINGS_FIELDS]);
    expect(applySettings(course, written)).toEqual({ course, problems: [], ignored: [] });
  });

  it('the packager refuses a built settings.json that does not match the content', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'lfr-dist-'));
    cpSync(join(PROJECT_ROOT, 'dist'), dist, { recursive: true });
    writeFileSync(join(dist, 'settings.json'), '{ "organisation": "Edited in dist" }\n');
    const out = join(mkdtempSync(join(tmpdir(), 'lfr-release-')), 'release');
    await expect(makePackages({ distDir: dist, releaseDir: out })).rejects.toThrow(
      /settings\.json does not match .*course\.yaml: build the course again/,
    );
  });
});
