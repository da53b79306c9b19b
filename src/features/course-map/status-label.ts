/**
 * A lesson's status on the course map, in words: shown beside its icon, never by colour or
 * icon alone. "Skipped" is the map's own: a lesson passed over on its content note and not
 * begun since (one begun since shows how far it got).
 */
import type { Progress } from '../../course/progress.ts';
import { isSkipped, lessonStatus, type LessonStatus } from '../../lib/progress-rules.ts';

export type MapStatus = LessonStatus | 'skipped';

export const STATUS_LABEL: Record<MapStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export function mapStatus(progress: Progress, lessonId: string): MapStatus {
  const status = lessonStatus(progress.lessons[lessonId]);
  return status === 'not-started' && isSkipped(progress, lessonId) ? 'skipped' : status;
}
