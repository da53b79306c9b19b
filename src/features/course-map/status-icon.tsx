/**
 * The picture of a lesson's status on the course map: an empty circle, a half-filled one, a
 * tick, a dashed circle for skipped, a padlock for an assessment not open yet. Decorative:
 * the status is always written beside it.
 */
import type { ReactNode } from 'react';
import type { MapStatus } from './status-label.ts';

export type IconStatus = MapStatus | 'locked';

const SHAPES: Record<IconStatus, ReactNode> = {
  'not-started': <circle cx="12" cy="12" r="9" />,
  'in-progress': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path className="status-icon-fill" d="M12 3a9 9 0 0 1 0 18z" />
    </>
  ),
  done: (
    <>
      <circle className="status-icon-fill" cx="12" cy="12" r="10" />
      <path className="status-icon-tick" d="m7.5 12.5 3 3 6-6.5" />
    </>
  ),
  skipped: (
    <>
      <circle cx="12" cy="12" r="9" strokeDasharray="3.5 3" />
      <path d="M9 12h6m-2.5-3 3 3-3 3" />
    </>
  ),
  locked: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </>
  ),
};

export function StatusIcon({ status }: { status: IconStatus }) {
  return (
    <svg className={`status-icon is-${status}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {SHAPES[status]}
    </svg>
  );
}
