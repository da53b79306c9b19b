/** My record: assembled from progress, results and the private record; the downloads hold every reflection. */
import { describe, expect, it } from 'vitest';
import { buildRecord, toNmcText, toSweMarkdown } from '../../src/lib/cpd-record.ts';
import type { Progress } from '../../src/course/progress.ts';
import { fixture } from '../fixtures/fixture-course.ts';

const course = fixture.meta;
// The fixture has one reflection question; a second lesson gets two, so answers span lessons.
const lessons = fixture.lessons.map((l) =>
  l.id === 'sensitive'
    ? {
        ...l,
        reflection: [
          { id: 's1', text: 'What would you do differently?' },
          { id: 's2', text: 'Who would you talk to?' },
        ],
      }
    : l,
);
const first = course.lessons.find((l) => l.id === 'first')!;
const sensitive = course.lessons.find((l) => l.id === 'sensitive')!;

const progress: Progress = {
  lessons: {
    first: { at: first.sections[first.sections.length - 1].id, done: true },
    sensitive: { at: sensitive.sections[0].id, done: false },
  },
  quiz: {
    records: [
      { score: 60, passed: false },
      { score: 90, passed: true },
    ],
    answers: [],
    counted: [],
    reported: true,
  },
};
const input = {
  answers: {
    first: { r1: 'I will check what I am told against the history.' },
    sensitive: { s1: 'Ask to see the child alone.', s2: 'My supervisor, on Thursday.' },
  },
  notes: { learnt: 'Start again syndrome hides history.', change: 'Read the chronology first.', discuss: 'Case drift in long cases.' },
  first: '2026-11-02',
  last: '2026-11-20',
};

describe('My record', () => {
  const record = buildRecord(course, progress, lessons, input);

  it('is assembled from progress, results and the reflections', () => {
    expect(record.title).toBe(course.title);
    expect(record.version).toBe(course.version);
    expect(record.lessonsDone).toEqual([first.title]);
    expect(record.lessonsRequired).toBe(course.lessons.filter((l) => !l.optional).length);
    // The first pass counts, as the assessment's own rule says.
    expect(record.result).toEqual({ score: 90, passed: true, passMark: course.passMark });
    expect(record.minutes).toBe(first.minutes + course.assessment!.minutes);
    // Outcomes of completed lessons only.
    expect(record.outcomes).toEqual(fixture.lessons.find((l) => l.id === 'first')!.outcomes);
    expect(record.reflections).toEqual([
      { lesson: first.title, question: 'How does this relate to your role?', answer: input.answers.first.r1 },
      { lesson: sensitive.title, question: 'What would you do differently?', answer: input.answers.sensitive.s1 },
      { lesson: sensitive.title, question: 'Who would you talk to?', answer: input.answers.sensitive.s2 },
    ]);
    expect([record.first, record.last]).toEqual(['2026-11-02', '2026-11-20']);
  });

  it('says "not taken" with no attempt, and keeps an answer whose question the course has since removed', () => {
    const r = buildRecord(course, { lessons: {} }, lessons, { answers: { first: { gone: 'Still mine.' } }, notes: {} });
    expect(r.result).toBeUndefined();
    expect(r.minutes).toBe(0);
    expect(r.reflections).toEqual([{ lesson: first.title, question: 'Reflection', answer: 'Still mine.' }]);
  });

  it.each([
    ['Social Work England Markdown', toSweMarkdown],
    ['NMC text', toNmcText],
  ])('the %s download holds every reflection, note and fact', (_, write) => {
    const text = write(record);
    for (const answer of [...Object.values(input.answers.first), ...Object.values(input.answers.sensitive)]) expect(text).toContain(answer);
    for (const note of Object.values(input.notes)) expect(text).toContain(note);
    expect(text).toContain(course.title);
    expect(text).toContain(`version ${course.version}`);
    expect(text).toContain('2026-11-02 to 2026-11-20');
    expect(text).toContain('90%, passed');
  });

  it('the Social Work England download has its headings; the NMC one the reflective account questions', () => {
    const md = toSweMarkdown(record);
    for (const h of [
      '## Activity and why it is relevant',
      '## Date',
      '## What I learnt',
      '## Impact on my practice',
      '## Reflection with peers',
    ])
      expect(md).toContain(h);
    const txt = toNmcText(record);
    for (const h of [
      'What was the nature of the CPD activity?',
      'What did you learn',
      'How did you change or improve your practice',
      'the Code',
    ])
      expect(txt).toContain(h);
  });
});
