/**
 * The facilitator's window: the current and next slide, the notes for this slide and a
 * clock of elapsed time (never a countdown). Either window can drive; they stay in step.
 */
import { useEffect, useState } from 'react';
import type { Lesson } from '../../course/types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { onBriefingMessage, send, type BriefingMessage } from './briefing-link.ts';
import { FacilitatorGroup } from './facilitator-group.tsx';
import { clampIndex } from './slide-number.ts';
import { buildBriefingSlides, buildSlides } from './slides.ts';
import { SlideView } from './slide-view.tsx';

export function FacilitatorPage() {
  const course = useCourse();
  const { loadLesson } = useCourseSource();
  const [state, setState] = useState<{ lessons: string; index: number; sevenMinute: boolean }>();
  // Kept with the deck they belong to: while the next deck loads, the last one's lessons
  // must not be shown with the new deck's slide number.
  const [loaded, setLoaded] = useState<{ ids: string; lessons: Lesson[] }>({ ids: '', lessons: [] });
  // A group scenario on the room's screen, until a deck is shown again.
  const [group, setGroup] = useState<Extract<BriefingMessage, { kind: 'briefing-group' }>>();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const stop = onBriefingMessage((message) => {
      if (message.kind === 'briefing-slide') setState({ lessons: message.lessons, index: message.index, sevenMinute: message.sevenMinute });
      setGroup(message.kind === 'briefing-group' ? message : message.kind === 'briefing-slide' ? undefined : (g) => g);
    });
    send(window.opener as Window | null, { kind: 'briefing-hello' });
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, []);

  const ids = state?.lessons ?? '';
  useEffect(() => {
    let live = true;
    Promise.all(ids.split(',').filter(Boolean).map(loadLesson)).then(
      (lessons) => live && setLoaded({ ids, lessons }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ids, loadLesson]);

  // The same slides as the presentation window: built the same way from the same content.
  const lessons = loaded.ids === ids ? loaded.lessons : [];
  const slides = state?.sevenMinute && lessons[0]?.briefing ? buildBriefingSlides(course, lessons[0]) : buildSlides(course, lessons);
  // A message is only as good as its sender: never index past the deck.
  const index = clampIndex(state?.index ?? 0, slides.length);
  const go = (i: number) => send(window.opener as Window | null, { kind: 'briefing-go', index: i });
  const minutes = Math.floor((now - started) / 60000);
  const seconds = Math.floor(((now - started) % 60000) / 1000);

  if (group) return <FacilitatorGroup message={group} />;
  if (!state || slides.length <= 1) {
    return (
      <>
        <PageHeading title="Facilitator view" />
        <p>Waiting for the presentation window. Open this view from the presentation's Facilitator view button.</p>
      </>
    );
  }
  const slide = slides[index];
  const next = slides[index + 1];
  const lesson = lessons.find((l) => 'lesson' in slide && l.id === slide.lesson);
  const questions = state.sevenMinute ? (lesson?.briefing?.questions ?? []) : (lesson?.reflection.map((r) => r.text) ?? []);
  return (
    <div className="facilitator">
      <PageHeading title="Facilitator view" />
      <p className="slide-counter">
        Slide {index + 1} of {slides.length} · Elapsed <span className="clock">{`${minutes}:${String(seconds).padStart(2, '0')}`}</span>
      </p>
      <div className="slide-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          Previous slide
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={!next}>
          Next slide
        </button>
      </div>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <p className="facilitator-notes">{slide.notes ?? 'No notes for this slide.'}</p>
      </section>
      {questions.length > 0 && (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">Questions for discussion</h2>
          <ul className="facilitator-questions">
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="current-heading" className="facilitator-slide">
        <h2 id="current-heading">Now showing</h2>
        <div className="slide mini">
          <SlideView slide={slide} />
        </div>
      </section>
      {next && (
        <section aria-labelledby="next-heading" className="facilitator-slide">
          <h2 id="next-heading">Next</h2>
          <div className="slide mini">
            <SlideView slide={next} />
          </div>
        </section>
      )}
    </div>
  );
}
