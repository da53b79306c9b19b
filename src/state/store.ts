/**
 * The one store. Only this module imports zustand; components read it with narrow
 * selectors. Progress is what gets saved; notices and acknowledged content notes belong
 * to this window only.
 */
import { create, type StateCreator } from 'zustand';
import type { LessonSummary } from '../course/types.ts';
import { reachSection } from '../lib/progress-rules.ts';
import type { Notice } from '../tracking/tracker.ts';
import { emptyProgress, type Progress } from './saved-state.ts';

interface ProgressSlice {
  progress: Progress;
  /** Records that the learner has opened a section: moves "continue" and may finish the lesson. */
  visitSection: (lesson: LessonSummary, sectionId: string) => void;
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

export type Store = ProgressSlice & NoticeSlice & SessionSlice;

const progressSlice: StateCreator<Store, [], [], ProgressSlice> = (set) => ({
  progress: emptyProgress(),
  visitSection: (lesson, sectionId) =>
    set(({ progress }) => {
      const before = progress.lessons[lesson.id];
      const after = reachSection(lesson, before, sectionId);
      const samePlace = progress.position?.lesson === lesson.id && progress.position.section === sectionId;
      if (samePlace && before && before.at === after.at && before.done === after.done) return {};
      return {
        progress: {
          lessons: { ...progress.lessons, [lesson.id]: after },
          position: { lesson: lesson.id, section: sectionId },
        },
      };
    }),
});

const noticeSlice: StateCreator<Store, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotice: (notice) =>
    set(({ notices }) => (notices.some((n) => n.id === notice.id) ? {} : { notices: [...notices, notice] })),
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) })),
});

const sessionSlice: StateCreator<Store, [], [], SessionSlice> = (set) => ({
  acknowledged: [],
  acknowledgeNote: (lessonId) =>
    set(({ acknowledged }) => (acknowledged.includes(lessonId) ? {} : { acknowledged: [...acknowledged, lessonId] })),
});

export const useStore = create<Store>()((...a) => ({
  ...progressSlice(...a),
  ...noticeSlice(...a),
  ...sessionSlice(...a),
}));

const initialState = useStore.getState();

/** For tests and a fresh start: back to an empty store. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
