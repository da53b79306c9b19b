/**
 * Full progress fits in 1,500 characters of suspend data (SCORM 1.2 allows 4,096 for the
 * whole course, and some LMSs less), measured on the real course's ids, and on that course
 * grown by half as many sections again with long ids, so the bound keeps meaning something
 * as the content grows.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Progress } from '../../src/course/progress.ts';
import type { Assessment, DecisionStep } from '../../src/course/quiz-types.ts';
import type { CourseMeta } from '../../src/course/types.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { MAX_RECORDS } from '../../src/state/store.ts';
import { withTrackingFields } from '../../src/tracking/tracking-fields.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';

const compiled = loadCourse(resolve('content'));
const real = compiled.meta;
const assessment = compiled.assessment!;
const BUDGET = 1500;

/** Half as many sections again in every lesson, each id 48 characters long. */
function grown(course: CourseMeta): CourseMeta {
  const long = (lesson: string, n: number) => `${lesson}-an-added-section-with-a-long-id-${n}`.padEnd(48, 'x').slice(0, 48);
  return {
    ...course,
    lessons: course.lessons.map((l) => ({
      ...l,
      sections: [
        ...l.sections,
        ...Array.from({ length: Math.ceil(l.sections.length / 2) }, (_, n) => ({ id: long(l.id, n), title: 'Added' })),
      ],
    })),
  };
}

/**
 * Every decision of every scenario answered (more than one path takes), with every choice
 * picked, a latency of 9,999 seconds each and an hour between answers: more than any learner.
 */
function everyAnswer(a: Assessment, from: number): Answer[] {
  let time = from;
  return a.scenarios.flatMap((s) =>
    Object.values(s.steps)
      .filter((st): st is DecisionStep => st.kind === 'decision')
      .map((st) => ({ scenario: s.id, step: st.id, response: st.choices.map((c) => c.id), seconds: 9999, at: (time += 3_600_000) })),
  );
}

/**
 * Every lesson finished and its every section visited, the bookmark on the longest section
 * id, the most attempt records kept (fails just below the pass mark, then the pass), the
 * pass's answers reported, and a practice attempt after it with every decision answered.
 */
function fullProgress(course: CourseMeta): Progress {
  const places = course.lessons.flatMap((l) => l.sections.map((s) => ({ lesson: l.id, section: s.id })));
  const position = places.reduce((a, b) => (b.lesson.length + b.section.length > a.lesson.length + a.section.length ? b : a));
  const fails = Array.from({ length: MAX_RECORDS - 1 }, () => ({ score: course.passMark - 1, passed: false }));
  const answers = everyAnswer(assessment, Date.UTC(2099, 0, 1));
  return {
    lessons: Object.fromEntries(course.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }])),
    position,
    quiz: {
      records: [...fails, { score: 100, passed: true }],
      answers,
      counted: everyAnswer(assessment, Date.UTC(2098, 0, 1)),
      at: answers.at(-1)!,
      reported: true,
    },
  };
}

/** As the SCORM driver stores it, with its save counter and next interaction index at their largest. */
const suspendData = (course: CourseMeta, progress: Progress) =>
  withTrackingFields(encodeProgress(course.id, progress), { saves: 999_999_999, nextInteraction: 999_999_999 });

describe('the size of full progress in suspend data', () => {
  it.each([
    ['the real course', real],
    ['the real course with half as many sections again, with long ids', grown(real)],
  ])(`stays within ${BUDGET} characters for %s, and reads back whole`, (_, course) => {
    expect(course.lessons.length).toBeGreaterThan(10);
    const progress = fullProgress(course);
    const raw = suspendData(course, progress);
    console.info(`full progress, ${course.lessons.reduce((n, l) => n + l.sections.length, 0)} sections: ${raw.length} characters`);
    expect(raw.length).toBeLessThanOrEqual(BUDGET);
    expect(decodeProgress(raw, course)).toMatchObject({
      ok: true,
      dropped: 0,
      progress: { lessons: progress.lessons, position: progress.position },
    });
  });

  it('does not grow with the number of sections once every lesson is finished', () => {
    expect(suspendData(grown(real), fullProgress(grown(real))).length - suspendData(real, fullProgress(real)).length).toBeLessThanOrEqual(
      48,
    );
  });

  it('stays far within SCORM 1.2’s 4,096 before a pass too, when nothing has been reported yet', () => {
    // The most attempts kept, all fails, the counted fail's answers kept with their times
    // for the LMS, and an attempt under way: the largest state a learner can reach.
    const full = fullProgress(grown(real));
    const progress: Progress = {
      ...full,
      quiz: {
        ...full.quiz!,
        records: Array.from({ length: MAX_RECORDS }, () => ({ score: real.passMark - 1, passed: false })),
        reported: false,
      },
    };
    const raw = suspendData(real, progress);
    console.info(`largest state before a pass: ${raw.length} characters`);
    expect(raw.length).toBeLessThanOrEqual(2000);
  });
});
