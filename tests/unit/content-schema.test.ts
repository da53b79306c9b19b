import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../tools/content-pipeline/errors.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { compileMarkdown } from '../../tools/content-pipeline/markdown.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';
import { UNSAFE_PROBLEMS, unsafeContent } from '../fixtures/content-unsafe.ts';
import { fixture } from '../fixtures/fixture-course.ts';
import { paths } from '../../src/config/paths.ts';

function expectProblem(problems: ContentProblem[], file: string, field: string, reason: RegExp) {
  expect(problems).toContainEqual(expect.objectContaining({ field, reason: expect.stringMatching(reason) }));
  const hit = problems.find((p) => p.field === field && reason.test(p.reason))!;
  expect(hit.file.endsWith(file)).toBe(true);
}

describe('content schema: good content', () => {
  it('compiles the lessons in course order with optional lessons marked', () => {
    expect(fixture.meta.lessons.map((l) => l.id)).toEqual(['first', 'sensitive', 'extra']);
    expect(fixture.meta.lessons.find((l) => l.id === 'extra')?.optional).toBe(true);
    expect(fixture.meta.lessons[1].contentNote?.topics).toEqual(['the death of a child']);
  });

  it('keeps lesson text out of the course map data', () => {
    expect(JSON.stringify(fixture.meta)).not.toContain('Some ');
  });

  it('compiles Markdown to a tree with internal links resolved to routes', () => {
    const body = fixture.lessons[0].sections[0].body;
    expect(body).toEqual([
      [
        'p',
        null,
        'Some ',
        ['strong', null, 'bold'],
        ' text and a ',
        ['a', { to: paths.lesson('sensitive', 'two') }, 'link to the second lesson'],
        '.',
      ],
    ]);
  });

  it('attaches key terms to the section that explains them', () => {
    expect(fixture.lessons[0].sections[1].keyTerms.map((t) => t.id)).toEqual(['case-drift']);
  });
});

describe('adding a lesson', () => {
  it('takes one content file and one line in the course file', () => {
    const c = copyFixture();
    writeFileSync(
      join(c.dir, 'lessons', 'added.yaml'),
      [
        'id: added',
        'title: Added lesson',
        'kind: summary',
        'outcomes: [learn more]',
        'sections:',
        '  - id: s1',
        '    title: Only',
        '    body: Text.',
        '    keyPoints: [One point]',
        'sources:',
        '  - title: A source',
      ].join('\n'),
    );
    c.edit('course.yaml', (t) => t.replace('  - extra\noptional', '  - extra\n  - added\noptional'));
    const course = loadCourse(c.dir);
    expect(course.meta.lessons.map((l) => l.id)).toEqual(['first', 'sensitive', 'extra', 'added']);
    expect(course.lessons[3].sections[0].body).toEqual([['p', null, 'Text.']]);
  });
});

describe('content schema: bad content fails with file, field and reason', () => {
  it('a missing required field', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('title: First lesson\n', ''));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'title', /required/);
  });

  it('a field of the wrong kind', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('kind: intro', 'kind: [intro]'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'kind', /must be one of/);
  });

  it('an unknown field (a typo is not silently ignored)', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('title: First lesson\n', 'title: First lesson\nminuets: 3\n'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', '', /minuets/);
  });

  it('a duplicate section id', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('id: two', 'id: one'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'sections', /duplicate section id "one"/);
  });

  it('a duplicate lesson id', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('id: extra', 'id: first'));
    const problems = problemsOf(c.dir);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'id', reason: expect.stringMatching(/duplicate lesson id "first"/) }));
  });

  it('an unknown lesson in the course order', () => {
    const c = copyFixture();
    c.edit('course.yaml', (t) => t.replace('  - extra\noptional', '  - extra\n  - missing\noptional'));
    expectProblem(problemsOf(c.dir), 'course.yaml', 'lessons[3]', /unknown lesson "missing"/);
  });

  it('a lesson file that is not in the course order', () => {
    const c = copyFixture();
    c.edit('course.yaml', (t) => t.replace('  - extra\noptional:\n  - extra', 'optional:\n  - first'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'id', /not listed/);
  });

  it('a broken internal link to a lesson or a section', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('lesson:sensitive#two', 'lesson:sensitive#nine'));
    c.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', 'See [this](lesson:nowhere).'));
    const problems = problemsOf(c.dir);
    expectProblem(problems, 'lessons/first.yaml', 'sections[0].body', /unknown section "nine"/);
    expectProblem(problems, 'lessons/extra.yaml', 'sections[0].body', /unknown lesson "nowhere"/);
  });

  it('a link of a kind the course does not allow', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', 'See [this](other-page.html) and [that](http://example.org).'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'sections[0].body', /not allowed/);
  });

  it('raw HTML in Markdown, block or inline', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', 'Nothing <b>more</b>.\n\n      <script>alert(1)</script>'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'sections[0].body', /raw HTML is not allowed/);
  });

  it('a sensitive lesson without a content note', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', 'Two children died.'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'contentNote', /mentions "died"/);
  });

  it('a review summary that is not quoted from the leaflet', () => {
    const c = copyFixture();
    c.edit('lessons/sensitive.yaml', (t) => t.replace('summary: a test summary', 'summary: an invented summary'));
    expectProblem(problemsOf(c.dir), 'lessons/sensitive.yaml', 'review.summary', /word for word/);
  });

  it('a key term not explained where it first appears', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('Some **bold** text', 'Some case drift'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'sections[0].keyTerms', /first appears in section "one"/);
  });

  it('a key term missing from the glossary', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('keyTerms: [case-drift]', 'keyTerms: [case-drift, nonsense]'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'sections[1].keyTerms[1]', /unknown term "nonsense"/);
  });

  it('a YAML syntax error, with its line', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('title: Extra lesson', 'title: [Extra lesson'));
    const problems = problemsOf(c.dir);
    expect(problems[0].file).toMatch(/extra\.yaml$/);
    expect(problems[0].field).toMatch(/^line \d+$/);
    expect(problems[0].reason).toMatch(/not valid YAML/);
  });

  it('an invalid id', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('id: two', 'id: Part Two'));
    expectProblem(problemsOf(c.dir), 'lessons/first.yaml', 'sections[1].id', /lower-case/);
  });

  it('a section without key points for the briefing slides', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace(/    keyPoints: \[A point for the slide\]\n/, ''));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'sections[0].keyPoints', /at least one key point/);
  });

  it('a theme lesson without its 7-minute briefing', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('kind: summary', 'kind: theme'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'briefing', /7-minute briefing/);
  });

  it('a top-level heading inside a section', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', '## Big heading'));
    expectProblem(problemsOf(c.dir), 'lessons/extra.yaml', 'sections[0].body', /###/);
  });

  it('a missing course file', () => {
    const c = copyFixture();
    writeFileSync(join(c.dir, 'course.yaml'), '');
    const problems = problemsOf(c.dir);
    expect(problems[0].file).toMatch(/course\.yaml$/);
  });

  it('lists every problem at once, not just the first', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('title: First lesson\n', ''));
    c.edit('lessons/extra.yaml', (t) => t.replace(/^kind: \w+$/m, 'kind: chapter'));
    const problems = problemsOf(c.dir);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'kind']));
  });
});

describe('content schema: unsafe links and markup are refused', () => {
  it('in every kind of content file, each with file, field and reason, all in one run', () => {
    const problems = problemsOf(unsafeContent());
    for (const { file, field, reason } of UNSAFE_PROBLEMS) expectProblem(problems, file, field, reason);
    // Nothing else: each unsafe value is reported once, and no valid file is blamed for it.
    expect(problems).toHaveLength(UNSAFE_PROBLEMS.length);
  });

  it.each([
    ['[x](javascript:alert(1))', 'javascript:alert(1)'],
    ['[x](JavaScript:alert(1))', 'JavaScript:alert(1)'],
    ['[x](java&#x73;cript:alert(1))', 'javascript:alert(1)'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
    ['[x](vbscript:msgbox)', 'vbscript:msgbox'],
  ])('a link the Markdown parser would silently drop (%s) fails the build instead of showing raw Markdown', (source, href) => {
    const out = compileMarkdown(source);
    expect(out.errors).toEqual([expect.stringContaining(`link "${href}" is unsafe`)]);
    expect(out.text).not.toContain('](');
  });

  it('keeps the links the course allows', () => {
    const out = compileMarkdown('[a](https://www.nspcc.org.uk/) [b](mailto:help@example.org) [c](tel:116123) [d](page:support)');
    expect(out.errors).toEqual([]);
    expect(out.nodes).toEqual([
      [
        'p',
        null,
        ['a', { href: 'https://www.nspcc.org.uk/' }, 'a'],
        ' ',
        ['a', { href: 'mailto:help@example.org' }, 'b'],
        ' ',
        ['a', { href: 'tel:116123' }, 'c'],
        ' ',
        ['a', { to: paths.support }, 'd'],
      ],
    ]);
  });

  it('refuses a support phone that is not a phone number', () => {
    const c = copyFixture();
    c.edit('course.yaml', (t) => t.replace('phone: "116 123"', 'phone: call reception'));
    expectProblem(problemsOf(c.dir), 'course.yaml', 'support[0].phone', /must be a phone number/);
  });

  it('accepts a less-than sign that is not markup', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace('title: Extra lesson', 'title: Extra lesson for under 5s < 18 months'));
    expect(loadCourse(c.dir).lessons[2].title).toBe('Extra lesson for under 5s < 18 months');
  });
});
