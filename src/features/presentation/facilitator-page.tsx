/**
 * The facilitator's window, laid out to fit a laptop (1366x768) without scrolling: the
 * current and next slide side by side, the notes and questions below, and the clocks (only
 * here, never on the projected slide). Either window can drive; they stay in step by
 * messages, so it keeps working wherever the presentation window is moved or full-screened.
 */
import './presentation.css';
import { useEffect, useState } from 'react';
import type { Lesson } from '../../course/types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { onBriefingMessage, send, type BriefingMessage } from './briefing-link.ts';
import { FacilitatorGroup } from './facilitator-group.tsx';
import { clampIndex } from './slide-number.ts';
import { buildBriefingSlides, buildSlides } from '../../lib/slides.ts';
import { SlideView } from './slide-view.tsx';
import { FacilitatorClocks } from './facilitator-clocks.tsx';

export function FacilitatorPage() {
  const course = useCourse();
  const { loadLesson } = useCourseSource();
  const [state, setState] = useState<{ lessons: string; index: number; sevenMinute: boolean }>();
  // Kept with the deck they belong to: while the next deck loads, the last one's lessons
  // must not be shown with the new deck's slide number.
  const [loaded, setLoaded] = useState<{ ids: string; lessons: Lesson[] }>({ ids: '', lessons: [] });
  // A group scenario on the room's screen, until a deck is shown again.
  const [group, setGroup] = useState<Extract<BriefingMessage, { kind: 'briefing-group' }>>();

  useEffect(() => {
    const stop = onBriefingMessage((message) => {
      if (message.kind === 'briefing-slide') setState({ lessons: message.lessons, index: message.index, sevenMinute: message.sevenMinute });
      setGroup(message.kind === 'briefing-group' ? message : message.kind === 'briefing-slide' ? undefined : (g) => g);
    });
    send(window.opener as Window | null, { kind: 'briefing-hello' });
    return stop;
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
  const supportIndex = slides.map((s) => s.kind).lastIndexOf('support');
  return (
    <div className="facilitator">
      <div className="facilitator-bar">
        <PageHeading title="Facilitator view" />
        <p className="slide-counter">
          Slide {index + 1} of {slides.length}
        </p>
        <div className="slide-controls">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            Previous slide
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={!next}>
            Next slide
          </button>
          {supportIndex >= 0 && (
            <button type="button" onClick={() => go(supportIndex)}>
              Support
            </button>
          )}
        </div>
        <FacilitatorClocks countdown={state.sevenMinute} />
      </div>
      <section aria-labelledby="current-heading" className="facilitator-slide current">
        <h2 id="current-heading">Now showing</h2>
        <div className="slide mini">
          <SlideView slide={slide} />
        </div>
      </section>
      <section aria-labelledby="next-heading" className="facilitator-slide next">
        <h2 id="next-heading">Next</h2>
        {next ? (
          <div className="slide mini">
            <SlideView slide={next} />
          </div>
        ) : (
          <p>This is the last slide.</p>
        )}
      </section>
      <div className="facilitator-text">
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
      </div>
    </div>
  );
}
