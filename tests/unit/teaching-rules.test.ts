/**
 * The build's rules on how the course teaches (issue 9): words between actions, computed
 * times, every leaflet bullet practised, no stale promises. Each is shown failing with the
 * file, the field and the reason an editor needs.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import {
  MAX_WORDS_BETWEEN_ACTIONS,
  READING_WORDS_PER_MINUTE,
  countWords,
  lessonMinutes,
  lessonWords,
} from '../../tools/content-pipeline/word-rule.ts';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('counting the words on screen', () => {
  it('counts words, not markup, and leaves headings out', () => {
    expect(countWords('Two words.')).toBe(2);
    expect(
      countWords([
        ['h3', null, 'A heading'],
        ['p', null, 'One ', ['strong', null, 'two'], ' – three'],
      ]),
    ).toBe(3);
  });

  it('ends a run at each thing the learner does, and starts the next with its feedback', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) =>
      t.replace(
        '    keyPoints: [A point for the slide]\n    notes: A note for the facilitator.\n  - id: two',
        [
          '    keyPoints: [A point for the slide]',
          '    notes: A note for the facilitator.',
          '    activities:',
          `      - text: ${words(40)}`,
          '      - check:',
          '          id: mid',
          '          type: single',
          `          prompt: ${words(5)}`,
          '          choices:',
          `            - { id: a, text: yes, correct: true, feedback: ${words(30, 'right')} }`,
          `            - { id: b, text: no, feedback: ${words(20, 'wrong')} }`,
          '  - id: two',
        ].join('\n'),
      ),
    );
    const lesson = loadCourse(c.dir).lessons.find((l) => l.id === 'first')!;
    const { runs, actions } = lessonWords(lesson);
    expect(actions).toBe(2); // the section check and the lesson check
    expect(runs[0].endsAt).toBe('one activities[1] (check)');
    // outcomes (3) + body + 40 of text + the check's prompt and choices (7)
    const body = countWords(lesson.sections[0].body);
    expect(runs[0].words).toBe(3 + body + 40 + 7);
    // The next run starts with both feedbacks a single choice can show (yours and the right one).
    expect(runs[1].section).toBe('one');
    expect(runs[1].words).toBeGreaterThanOrEqual(50);
  });

  it('works out minutes from the words at the stated speed, plus time to act', () => {
    expect(READING_WORDS_PER_MINUTE).toBe(238);
    expect(lessonMinutes({ words: 238 * 4, actions: 0, items: 0 })).toBe(4);
    expect(lessonMinutes({ words: 238 * 2, actions: 6, items: 30 })).toBeGreaterThan(
      lessonMinutes({ words: 238 * 2, actions: 0, items: 0 }),
    );
    expect(fixture.meta.lessons.every((l) => l.minutes >= 1)).toBe(true);
    expect(fixture.meta.assessment?.minutes).toBeGreaterThanOrEqual(1);
  });
});

describe('the build refuses content that does not teach as promised', () => {
  it('a lesson with too many words before anything to do fails with file, section and count', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) =>
      t.replace('      Some **bold** text', `      ${words(MAX_WORDS_BETWEEN_ACTIONS)} Some **bold** text`),
    );
    const problem = problemsOf(c.dir).find((p) => p.file.endsWith('lessons/first.yaml') && /with nothing to do/.test(p.reason));
    expect(problem?.field).toBe('sections[0] (one)');
    expect(problem?.reason).toMatch(/^\d+ words on screen from here to end of lesson \(check\) with nothing to do: at most 250/);
    expect(Number(problem?.reason.split(' ')[0])).toBeGreaterThan(MAX_WORDS_BETWEEN_ACTIONS);
  });

  it('a leaflet bullet that no question practises fails the build and is named', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('  practises: [fixture.case-drift]\n', ''));
    const problems = problemsOf(c.dir);
    expect(problems).toContainEqual({
      file: expect.stringMatching(/leaflet-points\.yaml$/),
      field: 'themes[0].bullets[0]',
      reason: expect.stringMatching(/"a bullet about case drift" \(fixture\.case-drift\) is practised by no question/),
    });
  });

  it('a claim to a bullet that does not exist, or to more than two, is refused', () => {
    const c = copyFixture();
    c.edit('lessons/first.yaml', (t) => t.replace('[fixture.case-drift]', '[fixture.case-drift, fixture.nothing]'));
    expect(problemsOf(c.dir)).toContainEqual(
      expect.objectContaining({ field: 'check.practises', reason: expect.stringMatching(/"fixture\.nothing", which is not a bullet/) }),
    );
    c.edit('lessons/first.yaml', (t) => t.replace('[fixture.case-drift, fixture.nothing]', '[fixture.case-drift, fixture.a, fixture.b]'));
    expect(problemsOf(c.dir)).toContainEqual(
      expect.objectContaining({ field: 'check.practises', reason: expect.stringMatching(/at most two leaflet bullets/) }),
    );
  });

  it('a bullet not quoted word for word from the leaflet is refused', () => {
    const c = copyFixture();
    c.edit('leaflet-points.yaml', (t) => t.replace('text: a bullet about case drift', 'text: a bullet about drift'));
    expect(problemsOf(c.dir)).toContainEqual(
      expect.objectContaining({ field: 'themes[0].bullets[0].text', reason: expect.stringMatching(/not word for word in the leaflet/) }),
    );
  });

  it('writes the bullet -> question table', () => {
    expect(fixture.practiceTable).toContain('| fixture.case-drift | "a bullet about case drift" | first / lesson check first-check |');
  });

  it('stale "to be added" wording fails with the file and line', () => {
    const c = copyFixture();
    c.edit('lessons/extra.yaml', (t) => t.replace(/^title: (.*)$/m, 'title: $1 (more will be added)'));
    expect(problemsOf(c.dir)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/extra\.yaml$/),
        field: 'line 2',
        reason: expect.stringMatching(/"will be added"/),
      }),
    );
    const d = copyFixture();
    d.edit('lessons/extra.yaml', (t) => t.replace(/^title: (.*)$/m, 'title: $1, coming soon'));
    expect(problemsOf(d.dir)).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/"coming soon"/) }));
  });

  it('lessons over 45 minutes in all fail the build, naming each lesson’s minutes', () => {
    const c = copyFixture();
    // Many short sections, each with a check, so no run is too long but the time adds up.
    const section = (i: number) =>
      [
        `  - id: long-${i}`,
        `    title: Long ${i}`,
        `    body: ${words(230)}`,
        '    keyPoints: [A point]',
        '    activities:',
        '      - check:',
        `          id: c${i}`,
        '          type: single',
        '          prompt: Which?',
        '          choices:',
        '            - { id: a, text: This, correct: true, feedback: Yes. }',
        '            - { id: b, text: That, feedback: No. }',
      ].join('\n');
    c.edit('lessons/extra.yaml', (t) =>
      t.replace('sections:\n', `sections:\n${Array.from({ length: 50 }, (_, i) => section(i)).join('\n')}\n`),
    );
    expect(problemsOf(c.dir)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/course\.yaml$/),
        field: 'lessons',
        reason: expect.stringMatching(/the lessons take \d+ minutes as the build measures them \(first 1, .*extra \d+\): at most 45/),
      }),
    );
  });
});
