/**
 * The one store. Only this module imports zustand; components read it with narrow
 * selectors. Progress is what gets saved; notices and acknowledged content notes belong
 * to this window only.
 */
import { create, type StateCreator } from 'zustand';
import type { LessonSummary } from '../course/types.ts';
import { reachSection } from '../lib/progress-rules.ts';
import { attemptFits } from '../lib/attempt-fit.ts';
import type { Assessment } from '../course/quiz-types.ts';
import type { Notice } from '../course/tracking.ts';
import type { Answer, AttemptRecord, Position } from '../course/progress.ts';
import type { InteractionRecord } from '../course/tracking.ts';
import { emptyProgress } from './saved-state.ts';
import type { Progress, QuizProgress } from '../course/progress.ts';

interface ProgressSlice {
  progress: Progress;
  /** Records that the learner has opened a section: moves "continue" and may finish the lesson. */
  visitSection: (lesson: LessonSummary, sectionId: string) => void;
  /** The learner chose "Skip for now" on a lesson's content note: kept, so the course can say so, until the lesson is done. */
  skipLesson: (lessonId: string) => void;
}

interface QuizSlice {
  /** Records an answer in the attempt under way (replacing an earlier answer to that step). */
  answerDecision: (answer: Answer) => void;
  /** The assessment step on screen, so a closed window resumes there. */
  viewStep: (at: Position) => void;
  /** Keeps the scenarios drawn from question banks for the attempt under way. */
  setDraw: (drawn: string[]) => void;
  /**
   * Once the assessment's scenarios have loaded: an attempt under way that no longer fits
   * them (a content update) starts again. Records are untouched, so no attempt is used up.
   */
  fitAttempt: (assessment: Assessment) => void;
  /**
   * Ends the attempt; `counts` when its result is now the one that counts. `report` holds
   * the interactions to send when the result has become final (with the score). A null
   * record is practice after a pass: its answers are cleared and nothing is kept.
   */
  finishAttempt: (record: AttemptRecord | null, counts: boolean, report?: InteractionRecord[]) => void;
  /** Interactions waiting for the tracker (this window only); see state/persistence.ts. */
  outbox: InteractionRecord[];
  /** The tracker has taken the counted attempt's interactions. */
  markReported: () => void;
}

interface EvaluationSlice {
  /** The learner sent the course evaluation: kept in the saved state, answered once. */
  answerEvaluation: (answers: Record<string, number>) => void;
  /** An LMS took the evaluation's interactions (TrackerHost.evaluationSent). */
  markEvaluationSent: () => void;
}

interface NoticeSlice {
  notices: Notice[];
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

interface SessionSlice {
  /** Lessons whose content note the learner chose to continue past, in this window. */
  acknowledged: string[];
  acknowledgeNote: (lessonId: string) => void;
}

export type Store = ProgressSlice & QuizSlice & EvaluationSlice & NoticeSlice & SessionSlice;

const emptyQuiz = (): QuizProgress => ({ records: [], answers: [], counted: [], reported: false });

/**
 * With unlimited attempts the history could outgrow SCORM 1.2's 4,096 characters: past 25
 * attempts keep the best and the latest (limited attempts never get there).
 */
export const MAX_RECORDS = 25;
function keepRecords(records: AttemptRecord[]): AttemptRecord[] {
  if (records.length <= MAX_RECORDS) return records;
  const best = records.reduce((b, r) => (r.score > b.score ? r : b));
  const latest = records.slice(-(MAX_RECORDS - 1));
  return latest.includes(best) ? records.slice(-MAX_RECORDS) : [best, ...latest];
}

const quizSlice: StateCreator<Store, [], [], QuizSlice> = (set) => {
  const update = (change: (quiz: QuizProgress) => Partial<QuizProgress>) =>
    set(({ progress }) => {
      const quiz = progress.quiz ?? emptyQuiz();
      return { progress: { ...progress, quiz: { ...quiz, ...change(quiz) } } };
    });
  return {
    answerDecision: (answer) =>
      update((q) => ({
        answers: [...q.answers.filter((a) => !(a.scenario === answer.scenario && a.step === answer.step)), answer],
        at: { scenario: answer.scenario, step: answer.step },
      })),
    viewStep: (at) => update((q) => (q.at?.scenario === at.scenario && q.at.step === at.step ? {} : { at })),
    setDraw: (drawn) => update((q) => (q.drawn ? {} : { drawn })),
    fitAttempt: (assessment) =>
      set(({ progress }) => {
        const q = progress.quiz;
        if (!q || attemptFits(assessment, q)) return {};
        const quiz: QuizProgress = { ...q, answers: [] };
        delete quiz.at;
        delete quiz.drawn;
        return { progress: { ...progress, quiz } };
      }),
    finishAttempt: (record, counts, report) =>
      set(({ progress }) => {
        const q = progress.quiz ?? emptyQuiz();
        const quiz: QuizProgress = {
          ...q,
          records: record ? keepRecords([...q.records, record]) : q.records,
          answers: [],
          at: undefined,
          drawn: undefined,
          ...(counts
            ? { counted: q.answers, countedDrawn: q.drawn, reported: false, countedAt: Math.floor(Date.now() / 1000) * 1000 }
            : {}),
        };
        // Absent rather than undefined, so the saved shape stays exact.
        if (!quiz.drawn) delete quiz.drawn;
        if (!quiz.countedDrawn) delete quiz.countedDrawn;
        return { progress: { ...progress, quiz }, ...(report ? { outbox: report } : {}) };
      }),
    outbox: [],
    markReported: () => {
      set(() => ({ outbox: [] }));
      update(() => ({ reported: true }));
    },
  };
};

const progressSlice: StateCreator<Store, [], [], ProgressSlice> = (set) => ({
  progress: emptyProgress(),
  visitSection: (lesson, sectionId) =>
    set(({ progress }) => {
      const before = progress.lessons[lesson.id];
      const after = reachSection(lesson, before, sectionId);
      const samePlace = progress.position?.lesson === lesson.id && progress.position.section === sectionId;
      if (samePlace && before && before.at === after.at && before.done === after.done) return {};
      const next: Progress = {
        ...progress,
        lessons: { ...progress.lessons, [lesson.id]: after },
        position: { lesson: lesson.id, section: sectionId },
      };
      // A finished lesson is no longer skipped (absent rather than empty, so the saved shape stays exact).
      if (after.done && progress.skipped?.includes(lesson.id)) {
        const skipped = progress.skipped.filter((id) => id !== lesson.id);
        if (skipped.length) next.skipped = skipped;
        else delete next.skipped;
      }
      return { progress: next };
    }),
  skipLesson: (lessonId) =>
    set(({ progress }) =>
      progress.lessons[lessonId]?.done || progress.skipped?.includes(lessonId)
        ? {}
        : { progress: { ...progress, skipped: [...(progress.skipped ?? []), lessonId] } },
    ),
});

const evaluationSlice: StateCreator<Store, [], [], EvaluationSlice> = (set) => ({
  answerEvaluation: (answers) =>
    set(({ progress }) => (progress.evaluation ? {} : { progress: { ...progress, evaluation: { answers: { ...answers }, sent: false } } })),
  markEvaluationSent: () =>
    set(({ progress }) =>
      !progress.evaluation || progress.evaluation.sent
        ? {}
        : { progress: { ...progress, evaluation: { ...progress.evaluation, sent: true } } },
    ),
});

const noticeSlice: StateCreator<Store, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotice: (notice) => set(({ notices }) => (notices.some((n) => n.id === notice.id) ? {} : { notices: [...notices, notice] })),
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) })),
});

const sessionSlice: StateCreator<Store, [], [], SessionSlice> = (set) => ({
  acknowledged: [],
  acknowledgeNote: (lessonId) =>
    set(({ acknowledged }) => (acknowledged.includes(lessonId) ? {} : { acknowledged: [...acknowledged, lessonId] })),
});

export const useStore = create<Store>()((...a) => ({
  ...progressSlice(...a),
  ...quizSlice(...a),
  ...evaluationSlice(...a),
  ...noticeSlice(...a),
  ...sessionSlice(...a),
}));

const initialState = useStore.getState();

/** For tests and a fresh start: back to an empty store. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
