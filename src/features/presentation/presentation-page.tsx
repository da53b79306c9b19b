/**
 * Presentation mode: chosen lessons as 16:9 slides for a projector. It reads content and
 * never changes progress: nothing here calls the store's progress actions or a tracker.
 * Each deck (its lessons, and whether it is a 7-minute briefing) is a component of its own,
 * keyed by the deck, so nothing of one deck (slide number, blank screen, loaded lessons)
 * can carry over into the next: a slide number kept from a longer deck once pointed past
 * the end of a shorter one and crashed the page.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useParams } from 'react-router';
import type { Lesson } from '../../course/types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { TeamBriefingsPage } from './team-briefings-page.tsx';
import { buildBriefingSlides, buildSlides } from '../../lib/slides.ts';
import { SlideShow } from './slide-show.tsx';

export function PresentationPage({ briefing = false }: { briefing?: boolean }) {
  const { lessonIds = '' } = useParams();
  const course = useCourse();
  // The facilitator window outlives a change of deck: it follows whichever deck is shown.
  const facilitator = useRef<Window | null>(null);
  const ids = lessonIds.split(',').filter((id) => course.lessons.some((l) => l.id === id));
  if (ids.length === 0) return <TeamBriefingsPage />;
  const deck = `${briefing ? 'briefing' : 'lessons'}:${ids.join(',')}`;
  return <Deck key={deck} ids={ids} briefing={briefing} facilitator={facilitator} />;
}

function Deck({ ids, briefing, facilitator }: { ids: string[]; briefing: boolean; facilitator: RefObject<Window | null> }) {
  const course = useCourse();
  const { loadLesson } = useCourseSource();
  const [lessons, setLessons] = useState<Lesson[]>();
  const key = ids.join(',');

  useEffect(() => {
    let live = true;
    Promise.all(key.split(',').map(loadLesson)).then(
      (l) => live && setLessons(l),
      () => live && setLessons([]),
    );
    return () => {
      live = false;
    };
  }, [key, loadLesson]);

  if (!lessons) return <p className="loading">Loading the slides…</p>;
  const slides = briefing && lessons[0]?.briefing ? buildBriefingSlides(course, lessons[0]) : buildSlides(course, lessons);
  return <SlideShow lessons={lessons} slides={slides} deck={key} briefing={briefing} facilitator={facilitator} />;
}
