/**
 * Messages about saving and restoring progress. A polite live region, so a screen reader
 * hears a notice that appears while the learner works. Persistent notices (nothing is
 * reaching the LMS) cannot be dismissed; some carry an action such as "Try saving again".
 */
import { useStore } from '../state/store.ts';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice${n.persistent ? ' persistent' : ''}`} data-notice={n.id}>
          <p>{n.message}</p>
          {n.action && (
            <button type="button" onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          {!n.persistent && (
            <button type="button" onClick={() => dismiss(n.id)}>
              Dismiss<span className="visually-hidden"> this message</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
