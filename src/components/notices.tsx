/**
 * Messages about saving and restoring progress. A polite live region, so a screen reader
 * hears a notice that appears while the learner works.
 */
import { useStore } from '../state/store.ts';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite" className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.message}</p>
          <button type="button" onClick={() => dismiss(n.id)}>
            Dismiss<span className="visually-hidden"> this message</span>
          </button>
        </div>
      ))}
    </div>
  );
}
