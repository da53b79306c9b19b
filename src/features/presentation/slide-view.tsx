/**
 * One slide, in large type: the title, and its points or contacts. Title and section slides
 * wear their theme's look (content/looks.yaml): its icon beside the lesson's name and its
 * colour in a band along the slide's top edge.
 */
import './presentation.css';
import { NOTE_REMINDER, type Slide } from '../../lib/slides.ts';
import { LookIcon, useLessonLook } from '../../components/look-icon.tsx';
import { FittedContacts } from './fitted-contacts.tsx';

export function SlideView({ slide }: { slide: Slide }) {
  const look = useLessonLook(slide.kind === 'title' || slide.kind === 'section' ? slide.lesson : undefined);
  return (
    <div className={look ? `slide-body slide-banded look look-${look}` : 'slide-body'} data-look={look}>
      <SlideContent slide={slide} look={look} />
    </div>
  );
}

function SlideContent({ slide, look }: { slide: Slide; look: string | undefined }) {
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <h2 className="slide-title">
            <LookIcon look={look} />
            {slide.title}
          </h2>
          <Points points={slide.points} />
        </>
      );
    case 'note':
      return (
        <>
          <h2 className="slide-title">{slide.title}</h2>
          <p className="slide-points">{slide.text}</p>
          <p className="slide-small">{NOTE_REMINDER}</p>
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
          <Points points={slide.points} />
        </>
      );
    case 'support':
      return (
        <>
          <h2 className="slide-title">Support</h2>
          <FittedContacts contacts={slide.contacts} />
        </>
      );
  }
}

function Points({ points }: { points: string[] }) {
  return (
    <ul className="slide-points">
      {points.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
