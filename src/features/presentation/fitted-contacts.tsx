/**
 * The support slide's contacts, made to fit the slide. The build checks every slide it knows
 * (tools/content-pipeline/slide-fit.ts), but an administrator's settings.json can list more
 * or longer contacts than the course ships, and the stage hides what overflows: the last
 * contact, often the organisation's own service, would vanish from the slide the room is
 * told to use when upset. So the list steps down, a density at a time (smaller type, then
 * two columns), until the slide no longer overflows; again whenever the slide is resized.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SupportContact } from '../../course/types.ts';
import { contactLine } from '../../lib/slides.ts';

/** Densities in presentation.css, `.slide-contacts[data-fit]`: 0 is the slides' own type. */
const DENSEST = 3;

export function FittedContacts({ contacts }: { contacts: SupportContact[] }) {
  const list = useRef<HTMLUListElement>(null);
  const [fit, setFit] = useState(0);
  const [resized, setResized] = useState(0);

  // Before paint, so no overflowing frame is ever shown: one step per render until it fits.
  useLayoutEffect(() => {
    const slide = list.current?.closest('.slide');
    if (slide && fit < DENSEST && slide.scrollHeight > slide.clientHeight + 1) setFit(fit + 1);
  }, [fit, resized, contacts]);

  // A larger or smaller screen (full screen, another projector) starts again from the largest type.
  useEffect(() => {
    const slide = list.current?.closest('.slide');
    if (!slide || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) return void (first = false);
      setFit(0);
      setResized((n) => n + 1);
    });
    observer.observe(slide);
    return () => observer.disconnect();
  }, []);

  return (
    <ul ref={list} className="slide-points slide-contacts" data-fit={fit}>
      {contacts.map((c) => (
        <li key={c.id}>{contactLine(c)}</li>
      ))}
    </ul>
  );
}
