/**
 * Loads the assessment's scenarios (a separate chunk), with a retry when that fails. Before
 * anything shows them, a saved attempt under way that no longer fits them starts again.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Assessment } from '../course/quiz-types.ts';
import { useCourseSource } from './course-context.tsx';
import { useStore } from '../state/store.ts';

export function useAssessment(): { assessment?: Assessment | null; failed: boolean; retry: () => void } {
  const { loadAssessment } = useCourseSource();
  const [state, setState] = useState<{ assessment?: Assessment | null; failed: boolean }>({ failed: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadAssessment().then(
      (assessment) => {
        if (!live) return;
        if (assessment) useStore.getState().fitAttempt(assessment);
        setState({ assessment, failed: false });
      },
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [loadAssessment, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
