/** One slide, in large type: the title, and its points or contacts. */
import type { Slide } from './slides.ts';

export function SlideView({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <h2 className="slide-title">{slide.title}</h2>
          <ul className="slide-points">
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      );
    case 'note':
      return (
        <>
          <h2 className="slide-title">{slide.title}</h2>
          <p className="slide-points">{slide.note.text}</p>
          <p className="slide-small">Take a break at any time. Support details are on the last slide.</p>
        </>
      );
    case 'section':
      return (
        <>
          <p className="slide-kicker">{slide.title}</p>
          <h2 className="slide-title">{slide.heading}</h2>
          <ul className="slide-points">
            {slide.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      );
    case 'support':
      return (
        <>
          <h2 className="slide-title">Support</h2>
          <ul className="slide-points slide-contacts">
            {slide.contacts.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.phone ? `: ${c.phone}` : ''}
              </li>
            ))}
          </ul>
        </>
      );
  }
}
