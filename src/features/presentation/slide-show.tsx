/**
 * One deck on screen: the slide, its controls and keys, and the facilitator window kept in
 * step. The slide number is kept in the URL (`?slide=n`): a move REPLACES the history entry,
 * so Back leaves the deck rather than stepping back one slide, and a reload or bookmark
 * opens at the same slide. A deck change is a link to another deck, which pushes an entry.
 */
import './presentation.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { hashOf, paths } from '../../config/paths.ts';
import type { Lesson } from '../../course/types.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useCourse } from '../../components/course-context.tsx';
import { onBriefingMessage, send } from './briefing-link.ts';
import { clampIndex, SLIDE_PARAM, slideIndex, slideParam } from './slide-number.ts';
import type { Slide } from '../../lib/slides.ts';
import { SlideView } from './slide-view.tsx';
import { SlideFooter } from './slide-footer.tsx';
import { useSlideFooter } from './use-slide-footer.ts';
import { useSlideKeys } from './use-slide-keys.ts';
import { useLiveState } from './use-live-state.ts';

interface Props {
  lessons: Lesson[];
  slides: Slide[];
  /** The deck's lesson ids, as the facilitator window loads them. */
  deck: string;
  briefing: boolean;
  facilitator: RefObject<Window | null>;
}

export function SlideShow({ lessons, slides, deck, briefing, facilitator }: Props) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get(SLIDE_PARAM);
  // Keys read the live values, not the rendered ones (see useLiveState).
  const [index, setIndex, indexRef] = useLiveState(() => slideIndex(raw, slides.length));
  const [blank, setBlank, blankRef] = useLiveState<'black' | 'white' | undefined>(undefined);
  const [shortcuts, setShortcuts] = useState(true);
  const [footer, setFooter] = useSlideFooter();
  const courseTitle = useCourse().title;
  const [fullScreenRefused, setFullScreenRefused] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const room = useRef<HTMLDivElement>(null);
  const supportIndex = Math.max(0, slides.map((s) => s.kind).lastIndexOf('support'));

  // Slide numbers this window wrote and the router has not shown yet. The router commits a
  // navigation later than the move (in a transition), so a URL arriving with one of these is
  // an echo of a move already on screen, not a request to go back to it.
  const written = useRef<string[]>([]);
  const writeUrl = (i: number) => {
    const value = slideParam(i);
    if (written.current[written.current.length - 1] === value) return;
    written.current.push(value);
    const next = new URLSearchParams(params);
    next.set(SLIDE_PARAM, value);
    setParams(next, { replace: true });
  };
  const go = (i: number) => {
    setBlank(undefined);
    const target = clampIndex(i, slides.length);
    if (target === indexRef.current) return;
    setIndex(target);
    writeUrl(target);
  };
  const latestWrite = useRef(writeUrl);
  latestWrite.current = writeUrl;

  // The URL changed from outside (the address bar, a bookmark of this same deck), or says
  // nothing usable: follow it, clamped, and write back the number actually shown.
  useEffect(() => {
    const echo = written.current.indexOf(raw ?? '');
    if (echo >= 0) {
      written.current.splice(0, echo + 1);
      return;
    }
    const wanted = slideIndex(raw, slides.length);
    setIndex(wanted);
    if (raw !== slideParam(wanted)) latestWrite.current(wanted);
  }, [raw, slides.length, setIndex]);

  // The facilitator window follows every move, and may drive too.
  const latestGo = useRef(go);
  latestGo.current = go;
  useEffect(
    () => send(facilitator.current, { kind: 'briefing-slide', lessons: deck, index, sevenMinute: briefing }),
    [facilitator, deck, index, briefing],
  );
  useEffect(
    () =>
      onBriefingMessage((message, source) => {
        if (message.kind === 'briefing-go') latestGo.current(message.index);
        if (message.kind === 'briefing-hello') {
          facilitator.current = source;
          send(source, { kind: 'briefing-slide', lessons: deck, index: indexRef.current, sevenMinute: briefing });
        }
      }),
    [facilitator, deck, briefing, indexRef],
  );

  useSlideKeys(
    {
      next: () => go(indexRef.current + 1),
      previous: () => go(indexRef.current - 1),
      first: () => go(0),
      last: () => go(slides.length - 1),
      jump: (n) => go(n - 1),
      blank: (colour) => setBlank(colour),
      blanked: () => blankRef.current !== undefined,
      unblank: () => setBlank(undefined),
      support: () => go(supportIndex),
      fullScreen: () => {
        room.current?.requestFullscreen().catch(() => setFullScreenRefused(true));
      },
      leave: () => navigate(paths.home),
    },
    shortcuts,
  );

  return (
    // The deck owns the viewport: the course's header and footer are hidden while it shows
    // (styles.css), the slide is letterboxed to 16:9, and the controls keep a strip of their own.
    <div ref={room} className="presentation">
      <PageHeading title={`Presentation: ${lessons.map((l) => l.title).join(', ')}`}>Presentation</PageHeading>
      <div className="stage-area">
        <div
          ref={stage}
          className={`stage${blank ? ` blank-${blank}` : ''}`}
          aria-live="polite"
          onClick={blank ? () => setBlank(undefined) : undefined}
        >
          {blank ? (
            <p className="visually-hidden">{blank === 'black' ? 'Black screen' : 'White screen'}: press any key to go back to the slide.</p>
          ) : (
            <div className="slide deck-slide" data-slide={index + 1}>
              <SlideView slide={slides[index]} />
              {footer && <SlideFooter title={courseTitle} number={index + 1} count={slides.length} />}
            </div>
          )}
        </div>
      </div>
      <div className="slide-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          Previous slide
        </button>
        <span className="slide-counter">
          Slide {index + 1} of {slides.length}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1}>
          Next slide
        </button>
        <button type="button" onClick={() => setBlank('black')}>
          Black screen
        </button>
        <button type="button" onClick={() => go(supportIndex)}>
          Support
        </button>
        <button type="button" onClick={() => room.current?.requestFullscreen().catch(() => setFullScreenRefused(true))}>
          Full screen
        </button>
        <button type="button" onClick={() => (facilitator.current = window.open(hashOf(paths.facilitator), 'facilitator'))}>
          Facilitator view
        </button>
        <button type="button" aria-pressed={footer} onClick={() => setFooter(!footer)}>
          Slide footer
        </button>
        <label className="shortcut-switch">
          <input type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} /> Single-key shortcuts
        </label>
        <Link to={paths.home}>Leave presentation</Link>
      </div>
      {fullScreenRefused && (
        <p role="status" className="presentation-status">
          Full screen is not allowed here (your learning system's frame may block it).{' '}
          <a href={window.location.href} target="_blank" rel="noopener">
            Open the presentation in its own window
          </a>
          .
        </p>
      )}
    </div>
  );
}
