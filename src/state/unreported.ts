/**
 * A final result whose interactions no LMS confirmed (the saved state has no x:1, e.g. the
 * LMS refused them and this browser kept no copy): at the next launch they are built again
 * from the counted answers, with the times they were answered, and handed to the tracker,
 * which sends them before anything else it has to write after start-up.
 */
import type { Assessment } from '../course/quiz-types.ts';
import type { CourseMeta } from '../course/types.ts';
import { toInteractions } from '../lib/quiz-reporting.ts';
import { standing } from '../lib/quiz-rules.ts';
import { useStore } from './store.ts';

export async function resendUnreported(
  course: CourseMeta,
  loadAssessment: () => Promise<Assessment | null>,
  now = new Date(),
): Promise<void> {
  const quiz = useStore.getState().progress.quiz;
  if (!course.assessment || !quiz || quiz.reported || quiz.counted.length === 0) return;
  if (!standing(quiz.records, course.assessment.attempts, course.assessment.keep).final) return;
  const assessment = await loadAssessment();
  // Reported meanwhile (the driver resent them from its own copy): nothing to do.
  if (!assessment || useStore.getState().progress.quiz?.reported) return;
  const report = toInteractions(assessment, quiz.counted, now);
  if (report.length > 0) useStore.setState({ outbox: report });
}
