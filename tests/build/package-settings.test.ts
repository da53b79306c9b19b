/**
 * settings.json and its README: defaults from the course, only the fields an
 * administrator may change, and help that states the pass mark each package really uses.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsJson, settingsReadme } from '../../scorm/package/package-settings.ts';

const course = {
  id: 'c',
  organisation: 'Acme Care',
  passMark: 75,
  support: [
    { id: 'line', name: 'Helpline', detail: 'Call us.', phone: '0800 000 000' },
    { id: 'desk', name: 'Service desk', detail: 'Ask IT.', hours: '9 to 5' },
  ],
};

describe('settings.json', () => {
  it('holds the course defaults and nothing else from the course', () => {
    expect(defaultSettings(course)).toEqual({ organisation: 'Acme Care', passMark: 75, support: course.support });
    expect(Object.keys(defaultSettings(course))).toEqual(['organisation', 'passMark', 'support']);
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
    for (const field of ['organisation', 'passMark', 'support', 'id ', 'name ', 'detail ', 'phone ', 'hours ']) {
      expect(readme).toMatch(new RegExp(`^ *${field}`, 'm'));
    }
  });

  it('says which pass mark the LMS will use in each SCORM package', () => {
    expect(settingsReadme('scorm12', settings)).toMatch(/sets it to 75 \(<adlcp:masteryscore>\)/);
    expect(settingsReadme('scorm2004', settings)).toMatch(/sets it to 0\.75 \(<imsss:minNormalizedMeasure>/);
    expect(settingsReadme('web', settings)).toMatch(/without an LMS, so this is the pass mark the course uses/);
    expect(settingsReadme('web', settings)).not.toContain('imsmanifest.xml');
  });
});
