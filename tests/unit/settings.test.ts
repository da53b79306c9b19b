import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { applySettings, loadSettings, withLmsPassMark } from '../../src/app/settings.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const respond = (body: string, type = 'application/json', status = 200) =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;
const badSettings = (name: string) => readFileSync(resolve('tests/fixtures/settings', name), 'utf8');

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

describe('the package settings file', () => {
  it('overrides organisation, pass mark and support contacts', async () => {
    const settings = {
      organisation: 'Anytown Council',
      passMark: 70,
      support: [{ id: 'eap', name: 'EAP', detail: 'Call us', phone: '0800 000 000' }],
    };
    const { course: applied, notice } = await loadSettings(course, respond(JSON.stringify(settings)));
    expect(notice).toBeUndefined();
    expect(applied).toMatchObject({ organisation: 'Anytown Council', passMark: 70, support: settings.support });
    expect(warnings()).toEqual([]);
  });

  it('uses the course defaults silently when there is no settings file', async () => {
    expect(await loadSettings(course, respond('not found', 'text/plain', 404))).toEqual({ course });
    expect(await loadSettings(course, respond('<!doctype html>', 'text/html'))).toEqual({ course });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadSettings(course, offline)).toEqual({ course });
    expect(warnings()).toEqual([]);
  });

  it.each([
    ['{ "organisation": ', /not valid JSON/],
    ['[1, 2]', /must be a JSON object/],
  ])('an unusable file (%s) shows a clear message and falls back to the defaults', async (body, reason) => {
    const { course: applied, notice } = await loadSettings(course, respond(body));
    expect(applied).toBe(course);
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(/settings file could not be used/);
    expect(warnings().join('\n')).toMatch(reason);
  });

  it.each([
    ['{ "passMark": 150 }', /passMark must be a whole number from 1 to 100/],
    ['{ "support": [] }', /support must be a list/],
    ['{ "support": [{ "id": "x" }] }', /support contact 1: name must be text; support contact 1: detail must be text/],
  ])('a wrong field (%s) is named in the console, and the course keeps its own value for it', async (body, reason) => {
    const { course: applied, notice } = await loadSettings(course, respond(body));
    expect(applied).toEqual(course);
    expect(notice?.message).toMatch(
      /Part of this course's settings file could not be used.*console names each problem.*tell your learning administrator/,
    );
    expect(notice?.message).not.toMatch(reason);
    expect(warnings().join('\n')).toMatch(reason);
  });

  it('leaves fields it does not mention as they were', () => {
    expect(applySettings(course, {})).toEqual({ course, problems: [], ignored: [] });
  });

  it('countSkippedLessons is off unless the file turns it on, and only true or false is taken', async () => {
    expect(course.countSkippedLessons).toBe(false);
    expect((await loadSettings(course, respond('{ "countSkippedLessons": true }'))).course.countSkippedLessons).toBe(true);
    expect((await loadSettings(course, respond('{ "countSkippedLessons": false }'))).course.countSkippedLessons).toBe(false);
    expect(warnings()).toEqual([]);
    const { course: applied, notice } = await loadSettings(course, respond('{ "countSkippedLessons": "yes" }'));
    expect(applied.countSkippedLessons).toBe(false);
    expect(notice?.message).toMatch(/Part of this course's settings file could not be used/);
    expect(warnings()).toEqual([
      "settings.json: countSkippedLessons must be true or false (without quotes), so the course's own value of false applies.",
    ]);
  });

  it('the course evaluation is off unless the file turns it on, and only true or false is taken', async () => {
    expect(course.evaluation).toBe(false);
    expect((await loadSettings(course, respond('{ "evaluation": true }'))).course.evaluation).toBe(true);
    expect(warnings()).toEqual([]);
    const { course: applied, notice } = await loadSettings(course, respond('{ "evaluation": "yes" }'));
    expect(applied.evaluation).toBe(false);
    expect(notice?.message).toMatch(/Part of this course's settings file could not be used/);
    expect(warnings()).toEqual(['settings.json: evaluation must be true or false (without quotes), so no course evaluation is offered.']);
  });

  it("the LMS's mastery score overrides the pass mark from the settings file and the course", async () => {
    const { course: applied } = await loadSettings(course, respond('{ "passMark": 70 }'));
    expect(withLmsPassMark(applied, 90).passMark).toBe(90);
    expect(withLmsPassMark(applied, undefined).passMark).toBe(70);
  });
});

describe('unsafe settings', () => {
  it('refuses markup and script or data addresses field by field, keeping every safe value', async () => {
    const { course: applied, notice } = await loadSettings(course, respond(badSettings('unsafe.json')));
    expect(applied.organisation).toBe(course.organisation);
    expect(applied.passMark).toBe(70);
    expect(applied.support).toEqual([
      { id: 'eap', name: 'Employee support', detail: 'Call us.' },
      { id: 'web', name: 'Wellbeing portal', detail: 'Our intranet page.', hours: '9 to 5' },
      { id: 'line', name: 'Helpline', detail: 'Call any time.', phone: '+44 (0)800 222-222', hours: '24 hours' },
    ]);
    // Nothing that could become a tel:javascript: or tel:data: link survives.
    expect(JSON.stringify(applied)).not.toMatch(/javascript:|data:|<script|<img/);
    expect(notice?.message).toMatch(/Part of this course's settings file could not be used/);
    expect(notice?.message).not.toMatch(/javascript:|data:|<script|<img/);
    const console = warnings();
    expect(console).toEqual([
      expect.stringMatching(
        /^settings\.json: organisation contains markup \("<img src=x onerror=alert\(1\)>"\).*course's own value is used/,
      ),
      expect.stringMatching(
        /^settings\.json: support contact 1: phone is a javascript: address, which is never allowed.*so no phone is shown/,
      ),
      expect.stringMatching(/^settings\.json: support contact 2: phone is a data: address, which is never allowed.*so no phone is shown/),
      expect.stringMatching(/^settings\.json: support contact 3: name contains markup \("<script>"\).*so the contact is left out/),
      expect.stringMatching(/^settings\.json: support contact 4: detail is a javascript: address.*so the contact is left out/),
    ]);
  });

  it('refuses a phone that is not a phone number', () => {
    const { course: applied, problems } = applySettings(course, {
      support: [{ id: 'a', name: 'A', detail: 'D', phone: 'call reception' }],
    });
    expect(applied.support).toEqual([{ id: 'a', name: 'A', detail: 'D' }]);
    expect(problems).toEqual([expect.stringMatching(/support contact 1: phone must be a phone number \(digits, spaces/)]);
  });

  it("uses the course's own contacts when no contact is safe", async () => {
    const { course: applied } = await loadSettings(course, respond(badSettings('all-contacts-unsafe.json')));
    expect(applied.support).toEqual(course.support);
    expect(warnings().at(-1)).toMatch(/no support contact could be used, so the course's own contacts are shown/);
  });

  it('names unknown fields (a url on a contact, a typo) in the console and applies the rest', async () => {
    const { course: applied, notice } = await loadSettings(course, respond(badSettings('unknown-field.json')));
    expect(applied.organisation).toBe('Anytown Council');
    expect(applied.support).toEqual([{ id: 'eap', name: 'Employee support', detail: 'Our wellbeing pages.' }]);
    expect(notice).toBeUndefined();
    expect(warnings()).toEqual([
      'settings.json: unknown field ignored in settings.json: "colour" (the course reads only organisation, passMark, countSkippedLessons, evaluation, support, localContacts, logo, brandColour).',
      'settings.json: unknown field ignored in support contact 1: "url" (the course reads only id, name, detail, phone, hours).',
    ]);
  });

  it('leaves out a second contact with the same id', () => {
    const contact = { id: 'a', name: 'A', detail: 'D' };
    const { course: applied, problems } = applySettings(course, { support: [contact, { ...contact, name: 'B' }] });
    expect(applied.support).toEqual([contact]);
    expect(problems).toEqual([expect.stringMatching(/support contact 2: id "a" is used twice/)]);
  });
});
