/**
 * The leaflet's one line about a review (its code and summary), quoted as the leaflet's
 * words, behind a choice to show it. The line names how a child died or was harmed, so it
 * is never on screen until the learner asks for it; not rendered at all until then, so
 * no width, zoom or find-in-page can show it first.
 */
import { useId, useState } from 'react';
import type { ReviewRef } from '../../course/types.ts';

export function LeafletLine({ review }: { review: ReviewRef }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="leaflet-line">
      <button type="button" className="button" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        {shown ? 'Hide what the leaflet says' : 'Show what the leaflet says'}
      </button>
      <div id={id}>
        {shown && (
          <figure>
            <blockquote>
              <p>
                <strong>{review.code}</strong> – {`${review.summary}.`}
              </p>
            </blockquote>
            <figcaption>
              The leaflet&rsquo;s words, as it printed them: Learning from serious case and incident reviews (2008-12).
            </figcaption>
          </figure>
        )}
      </div>
    </div>
  );
}
