/**
 * A group's progress as a ring with "3/8" inside: a picture of the words beside it, so it
 * is hidden from assistive technology. pathLength 100 makes the dash the percentage.
 */
export function ProgressRing({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : (done / total) * 100;
  return (
    <svg className="progress-ring" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle className="ring-track" cx="20" cy="20" r="17" pathLength={100} />
      <circle
        className="ring-fill"
        cx="20"
        cy="20"
        r="17"
        pathLength={100}
        strokeDasharray={`${percent} 100`}
        transform="rotate(-90 20 20)"
      />
      <text x="20" y="20" dominantBaseline="central" textAnchor="middle">
        {done}/{total}
      </text>
    </svg>
  );
}
