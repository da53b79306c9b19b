/**
 * The section's key points, as a recap at its end: the same text the briefing slides show
 * (one source, the section's `keyPoints`).
 */
import { useId } from 'react';

export function KeyPoints({ points }: { points: string[] }) {
  const headingId = useId();
  if (points.length === 0) return null;
  return (
    <section className="key-points" aria-labelledby={headingId}>
      <h3 id={headingId}>Key points</h3>
      <ul>
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
