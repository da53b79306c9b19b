import { describe, expect, it } from 'vitest';
import { applySettings, loadSettings, withLmsPassMark } from '../../src/app/settings.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
const respond = (body: string, type = 'application/json', status = 200) =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;

describe('the package settings file', () => {
  it('overrides organisation, pass mark and support contacts', async () => {
    const settings = { organisation: 'Anytown Council', passMark: 70, support: [{ id: 'eap', name: 'EAP', detail: 'Call us', phone: '0800 000 000' }] };
    const { course: applied, notice } = await loadSettings(course, respond(JSON.stringify(settings)));
    expect(notice).toBeUndefined();
    expect(applied).toMatchObject({ organisation: 'Anytown Council', passMark: 70, support: settings.support });
  });

  it('uses the course defaults silently when there is no settings file', async () => {
    expect(await loadSettings(course, respond('not found', 'text/plain', 404))).toEqual({ course });
    expect(await loadSettings(course, respond('<!doctype html>', 'text/html'))).toEqual({ course });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await loadSettings(course, offline)).toEqual({ course });
  });

  it.each([
    ['{ "organisation": ', /not valid JSON/],
    ['{ "passMark": 150 }', /passMark must be a whole number from 1 to 100/],
    ['{ "support": [] }', /support must be a list/],
    ['{ "support": [{ "id": "x" }] }', /support contact 1 needs an id, a name and a detail/],
    ['[1, 2]', /must be a JSON object/],
  ])('a broken file (%s) shows a clear message and falls back to the defaults', async (body, reason) => {
    const { course: applied, notice } = await loadSettings(course, respond(body));
    expect(applied).toBe(course);
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(/settings file could not be used/);
  });

  it('leaves fields it does not mention as they were', () => {
    expect(applySettings(course, {})).toEqual(course);
  });

  it("the LMS's mastery score overrides the pass mark from the settings file and the course", async () => {
    const { course: applied } = await loadSettings(course, respond('{ "passMark": 70 }'));
    expect(withLmsPassMark(applied, 90).passMark).toBe(90);
    expect(withLmsPassMark(applied, undefined).passMark).toBe(70);
  });
});
