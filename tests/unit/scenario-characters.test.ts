import { describe, expect, it } from 'vitest';
import { childRoleWord } from '../../tools/content-pipeline/character-rules.ts';
import type { ContentProblem } from '../../tools/content-pipeline/errors.ts';
import { drawCharacter } from '../../tools/content-pipeline/illustrations.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const HOME = 'scenarios/home-visit.yaml';
const MEETING = 'scenarios/meeting.yaml';

/** The fixture with `yaml` as the meeting scenario's characters (home-visit has Sam and Alex). */
function withMeetingCharacters(yaml: string) {
  const c = copyFixture();
  c.edit(MEETING, (t) => t.replace('start: m1\n', `characters:\n${yaml}start: m1\n`));
  return c;
}
const person = (id: string, look: string, extra = '') =>
  `  - id: ${id}\n    role: Parent\n    description: A parent.\n${extra}    look: { ${look} }\n`;

const expectProblem = (problems: ContentProblem[], file: string, field: string, reason: RegExp) =>
  expect(problems).toContainEqual({
    file: expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}$`)),
    field,
    reason: expect.stringMatching(reason),
  });

describe('scenario characters: good content', () => {
  it('compiles each character to its role, name and an SVG file in illustrations/, without the author-only description', () => {
    const [sam, alex] = fixture.assessment!.scenarios[0].characters;
    expect(sam).toEqual({
      id: 'sam',
      name: 'Sam',
      role: 'Health visitor',
      src: expect.stringMatching(/^illustrations\/home-visit-sam-[0-9a-f]{8}\.svg$/),
      size: 96,
    });
    expect(alex.role).toBe('Parent');
    expect(JSON.stringify(fixture.assessment)).not.toContain('The parent at home.');
    expect(fixture.illustrations.map((i) => i.fileName)).toEqual([sam.src, alex.src]);
  });

  it('draws an SVG file of its own: no data: URL, no script, no image pulled from elsewhere, the licence in its metadata', () => {
    for (const { svg } of fixture.illustrations) {
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 704 704"/);
      expect(svg).not.toMatch(/data:|<script|<image|<foreignObject|href=/i);
      expect(svg).toContain('https://creativecommons.org/publicdomain/zero/1.0/');
    }
  });

  it('draws the same look the same way every time, and a changed look under a new file name', () => {
    const look = { skin: 'tone-3', hair: 'bun', expression: 'smile' } as const;
    expect(drawCharacter('s', 'a', look)).toEqual(drawCharacter('s', 'a', look));
    expect(drawCharacter('s', 'a', { ...look, skin: 'tone-4' }).fileName).not.toBe(drawCharacter('s', 'a', look).fileName);
  });

  it('accepts a look given only to an adult of concern when someone else in another scenario has it too', () => {
    const c = withMeetingCharacters(person('pat', 'skin: tone-5, hair: short', '    concern: true\n'));
    const course = loadCourse(c.dir);
    expect(course.assessment!.scenarios[1].characters.map((p) => p.id)).toEqual(['pat']);
  });

  it('a scenario with no characters shows none', () => {
    expect(fixture.assessment!.scenarios[1].characters).toEqual([]);
  });
});

describe('scenario characters: bad content fails with file, field and reason', () => {
  it('an unknown trait value', () => {
    const c = withMeetingCharacters(person('pat', 'skin: green, hair: short'));
    expectProblem(problemsOf(c.dir), MEETING, 'characters[0].look.skin', /must be one of: tone-1, tone-2, tone-3, tone-4, tone-5/);
  });

  it('a part the course does not offer (sunglasses, a comic expression)', () => {
    const c = withMeetingCharacters(person('pat', 'skin: tone-1, hair: short, glasses: sunglasses, expression: rage'));
    const problems = problemsOf(c.dir);
    expectProblem(problems, MEETING, 'characters[0].look.glasses', /must be one of: round, square/);
    expectProblem(problems, MEETING, 'characters[0].look.expression', /must be one of: smile, calm/);
  });

  it('a photograph or other field the schema does not know', () => {
    const c = withMeetingCharacters(person('pat', 'skin: tone-1, hair: short', '    photo: pat.jpg\n'));
    expectProblem(problemsOf(c.dir), MEETING, 'characters[0]', /photo/);
  });

  it('a missing look', () => {
    const c = withMeetingCharacters('  - id: pat\n    role: Parent\n    description: A parent.\n');
    expectProblem(problemsOf(c.dir), MEETING, 'characters[0].look', /required|expected object/i);
  });

  it('duplicate character ids', () => {
    const c = withMeetingCharacters(person('pat', 'skin: tone-1, hair: short') + person('pat', 'skin: tone-2, hair: long'));
    expectProblem(problemsOf(c.dir), MEETING, 'characters[1].id', /duplicate character id "pat"/);
  });

  it('a child: the course never draws one', () => {
    const c = copyFixture();
    c.edit(MEETING, (t) =>
      t.replace(
        'start: m1\n',
        'characters:\n  - id: jo\n    role: Young person\n    description: Jo, 14.\n    look: { skin: tone-1, hair: short }\nstart: m1\n',
      ),
    );
    expectProblem(problemsOf(c.dir), MEETING, 'characters[0].role', /names a child \("Young person"\).*never draws children/);
  });

  it('a skin tone, hair or facial hair that only adults of concern have, in whichever scenario', () => {
    const c = withMeetingCharacters(person('pat', 'skin: tone-4, hair: twists, facialHair: beard', '    concern: true\n'));
    const problems = problemsOf(c.dir);
    expectProblem(problems, MEETING, 'characters[0].look.skin', /skin "tone-4" is given only to adults marked concern: true \(pat\)/);
    expectProblem(problems, MEETING, 'characters[0].look.hair', /hair "twists" is given only to adults marked concern: true/);
    expectProblem(problems, MEETING, 'characters[0].look.facialHair', /facialHair "beard" is given only to adults marked concern: true/);
    // Sam's short hair and tone-5 are shared with no one of concern: not reported.
    expect(problems.filter((p) => p.file.endsWith(HOME))).toEqual([]);
  });

  it('too many people for a phone row', () => {
    const c = withMeetingCharacters(Array.from({ length: 7 }, (_, i) => person(`p${i}`, 'skin: tone-1, hair: short')).join(''));
    expectProblem(problemsOf(c.dir), MEETING, 'characters', /at most 6/);
  });

  it('a lesson (and so a real review) cannot list characters', () => {
    const c = copyFixture();
    c.edit(
      'lessons/extra.yaml',
      (t) => `${t}characters:\n  - id: pat\n    role: Parent\n    description: A parent.\n    look: { skin: tone-1, hair: short }\n`,
    );
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', '', /characters/);
  });
});

describe('the words that make a role a child', () => {
  it.each([
    ['Child', 'Child'],
    ['Teenage son', 'Teenage'],
    ['Baby', 'Baby'],
    ['Pupil', 'Pupil'],
    ['Young person', 'Young person'],
  ])('refuses "%s"', (role, word) => expect(childRoleWord(role)).toBe(word));

  it.each(['Parent', 'Health visitor', "Children's social worker", 'Child protection lead', 'Childminder', "Kerry's ex-partner"])(
    'allows "%s"',
    (role) => expect(childRoleWord(role)).toBeUndefined(),
  );
});
