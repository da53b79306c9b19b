/**
 * Saved progress survives a content update: states written by release 39e6a61 (saved-state
 * v1) in the web edition and in both SCORM packages (tests/fixtures/saved-states), restored
 * through the app's real start-up path and, for SCORM, the real driver against scorm-again,
 * first with today's content, then with content changed the ways a rewrite changes it.
 * Nothing here names a section or scenario: what the learner had is read from the fixture.
 */
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/course/quiz-types.ts';
import type { CourseMeta, LessonSummary } from '../../src/course/types.ts';
import { assessmentStatus } from '../../src/lib/assessment-status.ts';
import { courseProgress, lessonStatus, resumeTarget } from '../../src/lib/progress-rules.ts';
import { decodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { captured, crafted, EDITIONS, relaunch, savedValue, type Edition, type Relaunched } from '../fixtures/saved-states/relaunch.ts';

const compiled = loadCourse(resolve('content'));
const course = compiled.meta;
const assessment = compiled.assessment!;

/** What the learner had, read from the edition's fixture with today's content. */
function had(edition: Edition, moment: 'partWay' | 'attemptUnderWay' | 'results') {
  const decoded = decodeProgress(savedValue(edition, captured[edition].states[moment], course.id), course);
  if (!decoded.ok) throw new Error(`the ${moment} fixture does not decode`);
  return decoded.progress;
}
const lessonOf = (c: CourseMeta, id: string) => c.lessons.find((l) => l.id === id)!;
const withSections = (c: CourseMeta, id: string, change: (s: LessonSummary['sections']) => LessonSummary['sections']): CourseMeta => ({
  ...c,
  lessons: c.lessons.map((l) => (l.id === id ? { ...l, sections: change(l.sections) } : l)),
});
const withoutScenario = (a: Assessment, id: string): Assessment => ({ ...a, scenarios: a.scenarios.filter((s) => s.id !== id) });
const progress = () => useStore.getState().progress;
const decodedNow = (r: Relaunched, c: CourseMeta) => {
  const result = decodeProgress(r.saved() ?? '', c);
  if (!result.ok) throw new Error(`unreadable saved state: ${r.saved()}`);
  return result.progress;
};

let open: Relaunched | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});
const launch = (...args: Parameters<typeof relaunch>) => (open = relaunch(...args));

beforeAll(() => {
  // The fixtures are what they claim: v1, with the moments the tests rely on.
  for (const edition of EDITIONS) {
    for (const moment of ['partWay', 'attemptUnderWay', 'results'] as const) {
      expect(savedValue(edition, captured[edition].states[moment], course.id)).toMatch(/^v1;c:/);
    }
  }
});

describe.each(EDITIONS)('progress saved by the %s edition of release 39e6a61 (saved-state v1)', (edition) => {
  const states = captured[edition].states;

  describe('part-way through the lessons', () => {
    const before = had(edition, 'partWay');
    const finished = Object.keys(before.lessons).filter((id) => before.lessons[id].done);
    const bookmark = before.position!;
    const bookmarkIndex = lessonOf(course, bookmark.lesson).sections.findIndex((s) => s.id === bookmark.section);

    it('the fixture has a finished lesson and a bookmark inside a section past the first', () => {
      expect(finished.length).toBeGreaterThan(0);
      expect(before.lessons[bookmark.lesson].done).toBe(false);
      expect(bookmarkIndex).toBeGreaterThan(0);
    });

    it('restores as it was, and the next save is v2 with the same progress', () => {
      const r = launch(edition, states.partWay, course);
      expect(progress()).toEqual(before);
      expect(resumeTarget(course, progress())).toEqual(bookmark);
      const lesson = lessonOf(course, bookmark.lesson);
      useStore.getState().visitSection(lesson, lesson.sections[0].id);
      expect(r.saved()).toMatch(/^v2;/);
      expect(decodedNow(r, course).lessons).toEqual(before.lessons);
    });

    it('a finished lesson stays finished when its sections are renamed, removed and added', () => {
      let changed = course;
      for (const id of finished) {
        changed = withSections(changed, id, (sections) => [
          { id: 'a-new-opening-section', title: 'New' },
          ...sections.slice(1).map((s) => ({ ...s, id: `${s.id}-renamed` })),
        ]);
      }
      const r = launch(edition, states.partWay, changed);
      for (const id of finished) expect(lessonStatus(progress().lessons[id])).toBe('done');
      expect(courseProgress(changed, progress()).done).toBe(finished.length);
      // And still after the learner moves on and it is saved again.
      const lesson = lessonOf(changed, bookmark.lesson);
      useStore.getState().visitSection(lesson, lesson.sections[0].id);
      for (const id of finished) expect(decodedNow(r, changed).lessons[id].done).toBe(true);
    });

    it('a bookmark to a removed section resumes at the start of its lesson', () => {
      const changed = withSections(course, bookmark.lesson, (sections) => sections.filter((s) => s.id !== bookmark.section));
      launch(edition, states.partWay, changed);
      const first = lessonOf(changed, bookmark.lesson).sections[0].id;
      expect(resumeTarget(changed, progress())).toEqual({ lesson: bookmark.lesson, section: first });
      expect(progress().lessons[bookmark.lesson]).toEqual({ at: first, done: false });
      for (const id of finished) expect(progress().lessons[id].done).toBe(true);
    });

    it('a bookmark crafted to point at a section that no longer exists resumes at the start of its lesson', () => {
      const { suspendData } = crafted.states.bookmarkToRemovedSection;
      launch(edition, states.partWay, course, suspendData);
      const lesson = lessonOf(course, bookmark.lesson);
      expect(resumeTarget(course, progress())).toEqual({ lesson: lesson.id, section: lesson.sections[0].id });
      for (const id of finished) expect(progress().lessons[id].done).toBe(true);
    });

    it('sections added before the bookmark do not move it: progress is kept by section id, not position', () => {
      const changed = withSections(course, bookmark.lesson, (sections) => [
        { id: 'added-first', title: 'Added' },
        { id: 'added-second', title: 'Added' },
        ...sections,
      ]);
      launch(edition, states.partWay, changed);
      expect(resumeTarget(changed, progress())).toEqual(bookmark);
      expect(progress().lessons[bookmark.lesson]).toEqual({ at: bookmark.section, done: false });
    });
  });

  describe('with an assessment attempt under way', () => {
    const before = had(edition, 'attemptUnderWay');
    const quiz = before.quiz!;

    it('the fixture has a recorded attempt and answers under way, with the step on screen', () => {
      expect(quiz.records.length).toBe(1);
      expect(quiz.answers.length).toBeGreaterThan(1);
      expect(quiz.at).toBeDefined();
    });

    it('resumes at the same step with the same answers when its scenarios and steps still exist', () => {
      const r = launch(edition, states.attemptUnderWay, course);
      useStore.getState().fitAttempt(assessment);
      expect(progress().quiz).toEqual(quiz);
      expect(assessmentStatus(course, progress())).toMatchObject({ inProgress: true, attemptsUsed: 1, locked: false });
      // Answering on saves the attempt whole, as v2.
      const last = quiz.answers.at(-1)!;
      useStore.getState().viewStep({ scenario: last.scenario, step: last.step });
      useStore.getState().answerDecision({ ...last, seconds: 3 });
      expect(decodedNow(r, course).quiz?.answers).toHaveLength(quiz.answers.length);
      expect(r.saved()).toMatch(/^v2;/);
    });

    it.each([
      ['its first scenario is removed', () => withoutScenario(assessment, quiz.answers[0].scenario)],
      [
        'a step it answered is renamed',
        () => ({
          ...assessment,
          scenarios: assessment.scenarios.map((s) =>
            s.id === quiz.answers[0].scenario
              ? {
                  ...s,
                  steps: Object.fromEntries(Object.entries(s.steps).map(([id, st]) => [id === quiz.answers[0].step ? 'renamed' : id, st])),
                }
              : s,
          ),
        }),
      ],
    ])('restarts without using up an attempt when %s', (_, change) => {
      const r = launch(edition, states.attemptUnderWay, course);
      const lmsBefore = r.lms?.sets().length;
      useStore.getState().fitAttempt(change());
      const after = progress().quiz!;
      expect(after.answers).toEqual([]);
      expect(after.at).toBeUndefined();
      expect(after.records).toEqual(quiz.records);
      expect(after.counted).toEqual(quiz.counted);
      expect(assessmentStatus(course, progress())).toMatchObject({ inProgress: false, attemptsUsed: 1 });
      // Saved without the attempt, and nothing about the result reached the LMS.
      expect(decodedNow(r, course).quiz).toMatchObject({ answers: [], records: quiz.records });
      if (r.lms) {
        const written = r.lms.sets().slice(lmsBefore);
        expect(written.filter(([e]) => /interactions|score|status/.test(e) && !e.endsWith('completion_status'))).toEqual([]);
      }
    });

    it.each(['attemptForRemovedScenario', 'attemptForRemovedStep'])('restarts the crafted %s without using up an attempt', (name) => {
      launch(edition, states.attemptUnderWay, course, crafted.states[name].suspendData);
      expect(progress().quiz!.answers.length).toBeGreaterThan(0);
      useStore.getState().fitAttempt(assessment);
      expect(progress().quiz).toMatchObject({ answers: [], records: quiz.records });
      expect(progress().quiz!.at).toBeUndefined();
      expect(assessmentStatus(course, progress())).toMatchObject({ inProgress: false, attemptsUsed: 1 });
    });
  });

  describe('with results', () => {
    const before = had(edition, 'results');

    it('the fixture holds a pass, reported', () => {
      expect(before.quiz).toMatchObject({ records: [{ passed: false }, { score: 100, passed: true }], reported: true });
    });

    it.each([
      ['today’s content', () => ({ c: course, a: assessment })],
      [
        'a scenario removed and every section renamed',
        () => ({
          c: course.lessons.reduce((c, l) => withSections(c, l.id, (s) => s.map((x) => ({ ...x, id: `${x.id}-v2` }))), course),
          a: withoutScenario(assessment, before.quiz!.counted[0].scenario),
        }),
      ],
    ])('with %s: the result and the LMS status never go down, and nothing reported is sent again', async (_, content) => {
      const { c, a } = content();
      const r = launch(edition, states.results, c);
      await r.resend(a);
      useStore.getState().fitAttempt(a);
      // The learner looks at a lesson again, and practises after the pass.
      const lesson = c.lessons[0];
      useStore.getState().visitSection(lesson, lesson.sections[0].id);
      const scenario = a.scenarios[0];
      useStore.getState().answerDecision({ scenario: scenario.id, step: scenario.start, response: ['a'], seconds: 2 });

      expect(courseProgress(c, progress()).complete).toBe(true);
      expect(assessmentStatus(c, progress())).toMatchObject({ passed: true, counted: { score: 100, passed: true }, final: true });
      const saved = decodedNow(r, c);
      expect(saved.quiz).toMatchObject({ records: before.quiz!.records, reported: true });
      if (!r.lms) return;
      const lms = r.lms;
      const get = (element: string) => (edition === 'scorm12' ? lms.api.LMSGetValue(element) : lms.api.GetValue(element));
      expect(lms.sets().filter(([e]) => e.startsWith('cmi.interactions.'))).toEqual([]);
      expect(Number(get('cmi.interactions._count'))).toBe(before.quiz!.counted.length);
      if (edition === 'scorm12') {
        expect(lms.setsOf('cmi.core.lesson_status').every((s) => s === 'passed')).toBe(true);
        expect(get('cmi.core.lesson_status')).toBe('passed');
        expect(get('cmi.core.score.raw')).toBe('100');
      } else {
        expect(lms.setsOf('cmi.completion_status').every((s) => s === 'completed')).toBe(true);
        expect(lms.setsOf('cmi.success_status').every((s) => s === 'passed')).toBe(true);
        expect(get('cmi.completion_status')).toBe('completed');
        expect(get('cmi.success_status')).toBe('passed');
        expect(get('cmi.score.raw')).toBe('100');
      }
    });
  });
});
