/** Local contacts in settings.json: each bad value is refused with its reason, and the rest still applies. */
import { describe, expect, it } from 'vitest';
import { readLocalContacts } from '../../src/app/local-contacts-settings.ts';
import { applySettings, loadSettings } from '../../src/app/settings.ts';
import { settingsJson, settingsOf } from '../../src/config/settings-file.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const mash = { id: 'mash', kind: 'front-door', name: 'Anytown MASH', phone: '01234 567890', hours: '9am to 5pm' };
const procedures = { id: 'procedures', kind: 'procedures', name: 'Anytown procedures', url: 'https://example.org/procedures' };
const apply = (localContacts: unknown) => applySettings(course, { localContacts }, readLocalContacts);

describe('local contacts in settings.json', () => {
  it('are read when every value is good', () => {
    const lead = { id: 'lead', kind: 'safeguarding-lead', name: 'Sam Patel', detail: 'Room 12.', email: 'sam.patel@example.org' };
    const applied = apply([mash, procedures, lead]);
    expect(applied.problems).toEqual([]);
    expect(applied.ignored).toEqual([]);
    expect(applied.course.localContacts).toEqual([mash, procedures, lead]);
  });

  it('are none when the course and the file list none', () => {
    expect(course.localContacts).toEqual([]);
    const applied = apply([]);
    expect(applied.problems).toEqual([]);
    expect(applied.course.localContacts).toEqual([]);
  });

  it('must be a list', () => {
    const applied = apply({ mash });
    expect(applied.problems).toEqual(['localContacts must be a list (use [] for none), so no local contacts are shown']);
    expect(applied.course.localContacts).toEqual([]);
  });

  it.each([
    ['not an object', 'MASH', /local contact 1 must be an object with an id, a kind and a name, so it is left out/],
    [
      'a bad id',
      { ...mash, id: 'My MASH' },
      /local contact 1: id must be lower-case letters, digits and hyphens, so the contact is left out/,
    ],
    [
      'an unknown kind',
      { ...mash, kind: 'police' },
      /local contact 1: kind must be one of front-door, lado, .*, so the contact is left out/,
    ],
    ['no name', { ...mash, name: ' ' }, /local contact 1: name must be text, so the contact is left out/],
    ['markup in the name', { ...mash, name: '<b>MASH</b>' }, /local contact 1: name contains markup .*so the contact is left out/],
    [
      'no way to reach it',
      { id: 'lado', kind: 'lado', name: 'LADO' },
      /"LADO" has no usable phone, email or url, so the contact is left out/,
    ],
    [
      'only a bad way to reach it',
      { id: 'lado', kind: 'lado', name: 'LADO', url: 'javascript:alert(1)' },
      /url is a javascript: address.*"LADO" has no usable phone, email or url, so the contact is left out/s,
    ],
  ])('a contact with %s is left out, with the reason', (_, contact, reason) => {
    const applied = apply([contact, procedures]);
    expect(applied.problems.join('\n')).toMatch(reason);
    expect(applied.course.localContacts).toEqual([procedures]);
  });

  it.each([
    ['a phone that is not a number', { phone: 'call the office' }, 'phone must be a phone number', 'phone'],
    ['a phone that is a script address', { phone: 'javascript:alert(1)' }, 'phone is a javascript: address', 'phone'],
    ['an email that is not an address', { email: 'mailto:x@example.org?bcc=y@example.org' }, 'email must be an e-mail address', 'email'],
    ['a url that is not https', { url: 'http://example.org/procedures' }, 'url must be a full web address starting with https://', 'url'],
    ['a url that is a data address', { url: 'data:text/html,<script>alert(1)</script>' }, 'url contains markup', 'url'],
    ['hours with markup', { hours: '<i>9 to 5</i>' }, 'hours contains markup', 'hours'],
    ['a detail that is not text', { detail: 42 }, 'detail must be text', 'detail'],
  ])('%s is left out of its contact, with the reason, and the contact stays', (_, bad, reason, field) => {
    // Every way to reach it given, so only the bad field goes.
    const applied = apply([{ ...mash, email: 'mash@example.org', url: 'https://example.org/mash', ...bad }]);
    expect(applied.problems).toHaveLength(1);
    expect(applied.problems[0]).toContain(`local contact 1: ${reason}`);
    expect(applied.problems[0]).toMatch(/so it is not shown$/);
    const [kept] = applied.course.localContacts!;
    expect(kept.name).toBe('Anytown MASH');
    expect(kept).not.toHaveProperty(field);
  });

  it('refuses a second contact with the same id, and names fields it does not read', () => {
    const applied = apply([mash, { ...procedures, id: 'mash', colour: 'red' }]);
    expect(applied.problems).toEqual(['local contact 2: id "mash" is used twice, so the contact is left out']);
    expect(applied.ignored).toEqual([expect.stringMatching(/^local contact 2: "colour" \(the course reads only id, kind, name/)]);
    expect(applied.course.localContacts).toEqual([mash]);
  });

  it('leaves the other settings applied when local contacts are wrong', () => {
    const applied = applySettings(course, { organisation: 'Anytown Council', localContacts: 'none' }, readLocalContacts);
    expect(applied.course.organisation).toBe('Anytown Council');
    expect(applied.problems).toHaveLength(1);
  });

  it('are read through loadSettings, which loads their reader only when the file lists some', async () => {
    const respond = (body: unknown) =>
      (async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as typeof fetch;
    expect((await loadSettings(course, respond({ localContacts: [mash] }))).course.localContacts).toEqual([mash]);
    const none = await loadSettings(course, respond({ localContacts: [] }));
    expect(none).toEqual({ course: { ...course, localContacts: [] } });
    // Without the reader (its chunk failed to load), none are shown and the administrator is told.
    expect(applySettings(course, { localContacts: [mash] }).problems).toEqual([expect.stringMatching(/localContacts could not be read/)]);
  });

  it('ship as an empty list in settings.json, where an administrator sees the field', () => {
    const json = JSON.parse(settingsJson(settingsOf(course)));
    expect(json.localContacts).toEqual([]);
    const withContacts = JSON.parse(settingsJson(settingsOf({ ...course, localContacts: [{ ...mash, extra: 'x' } as never] })));
    expect(withContacts.localContacts).toEqual([mash]);
  });
});
