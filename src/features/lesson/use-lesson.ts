/**
 * Loads a lesson's text (a separate chunk per lesson, so the first screen stays small).
 * A failed load (a flaky LMS server) is shown with a retry, never a blank screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Lesson } from '../../course/types.ts';
import { useCourseSource } from '../../components/course-context.tsx';

type LessonLoad = { lesson?: Lesson; failed: boolean; retry: () => void };

export function useLesson(id: string): LessonLoad {
  const { loadLesson } = useCourseSource();
  const [state, setState] = useState<{ id: string; lesson?: Lesson; failed: boolean }>({ id, failed: false });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadLesson(id).then(
      (lesson) => live && setState({ id, lesson, failed: false }),
      () => live && setState({ id, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt, loadLesson]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A stale result for the previous lesson is never shown for this one.
  if (state.id !== id) return { failed: false, retry };
  return { lesson: state.lesson, failed: state.failed, retry };
}
