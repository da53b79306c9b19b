/** One slide, in large type: the title, and its points or contacts; a theme's or review's icon beside its name. */
import './presentation.css';
import type { Slide } from './slides.ts';
import { LookIcon, useLessonLook } from '../../components/look-icon.tsx';

export function SlideView({ slide }: { slide: Slide }) {
  const look = useLessonLook(slide.kind === 'support' ? undefined : slide.lesson);
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <h2 className="slide-title">
            <LookIcon look={look} />
            {slide.title}
          </h2>
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
          <p className="slide-kicker">
            <LookIcon look={look} />
            {slide.title}
          </p>
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
