/** Words for each lesson status: shown, not just coloured, so nobody relies on colour. */
import type { LessonStatus } from '../../lib/progress-rules.ts';

export const STATUS_LABEL: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};
