/**
 * Presentation mode: chosen lessons as 16:9 slides for a projector. It reads content and
 * never changes progress: nothing here calls the store's progress actions or a tracker.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { hashOf, paths } from '../../config/paths.ts';
import type { Lesson } from '../../course/types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { onBriefingMessage, send } from './briefing-link.ts';
import { buildBriefingSlides, buildSlides } from './slides.ts';
import { SlideView } from './slide-view.tsx';
import { useSlideKeys } from './use-slide-keys.ts';

export function PresentationPage({ briefing = false }: { briefing?: boolean }) {
  const { lessonIds = '' } = useParams();
  const course = useCourse();
  const { loadLesson } = useCourseSource();
  const navigate = useNavigate();
  const ids = lessonIds.split(',').filter((id) => course.lessons.some((l) => l.id === id));
  const [lessons, setLessons] = useState<Lesson[]>();
  const [index, setIndex] = useState(0);
  const [blank, setBlank] = useState<'black' | 'white'>();
  const [shortcuts, setShortcuts] = useState(true);
  const [fullScreenRefused, setFullScreenRefused] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const facilitator = useRef<Window | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let live = true;
    Promise.all(key.split(',').filter(Boolean).map(loadLesson)).then((l) => live && setLessons(l), () => live && setLessons([]));
    return () => {
      live = false;
    };
  }, [key, loadLesson]);

  const slides = !lessons ? [] : briefing && lessons[0]?.briefing ? buildBriefingSlides(course, lessons[0]) : buildSlides(course, lessons);
  const go = (i: number) => {
    setBlank(undefined);
    setIndex(Math.max(0, Math.min(slides.length - 1, i)));
  };
  // The facilitator window follows every move, and may drive too.
  const indexRef = useRef(index);
  indexRef.current = index;
  const latestGo = useRef(go);
  latestGo.current = go;
  useEffect(() => send(facilitator.current, { kind: 'briefing-slide', lessons: key, index, sevenMinute: briefing }), [key, index, briefing]);
  useEffect(
    () =>
      onBriefingMessage((message, source) => {
        if (message.kind === 'briefing-go') latestGo.current(message.index);
        if (message.kind === 'briefing-hello') {
          facilitator.current = source;
          send(source, { kind: 'briefing-slide', lessons: key, index: indexRef.current, sevenMinute: briefing });
        }
      }),
    [key, briefing],
  );

  useSlideKeys(
    {
      next: () => go(index + 1),
      previous: () => go(index - 1),
      first: () => go(0),
      last: () => go(slides.length - 1),
      jump: (n) => go(n - 1),
      blank: (colour) => setBlank((now) => (now === colour ? undefined : colour)),
      fullScreen: () => {
        stage.current?.requestFullscreen().catch(() => setFullScreenRefused(true));
      },
      leave: () => navigate(paths.home),
    },
    shortcuts,
  );

  if (ids.length === 0) return <BriefingChooser />;
  if (!lessons) return <p className="loading">Loading the slides…</p>;
  const slide = slides[index];
  return (
    <div className="presentation">
      <PageHeading title={`Presentation: ${lessons.map((l) => l.title).join(', ')}`}>Presentation</PageHeading>
      <div ref={stage} className={`stage${blank ? ` blank-${blank}` : ''}`} aria-live="polite">
        {blank ? (
          <p className="visually-hidden">{blank === 'black' ? 'Black screen' : 'White screen'}: press any slide key to go on.</p>
        ) : (
          <div className="slide" data-slide={index + 1}>
            <SlideView slide={slide} />
          </div>
        )}
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
        <button type="button" onClick={() => setBlank((b) => (b === 'black' ? undefined : 'black'))}>
          Black screen
        </button>
        <button type="button" onClick={() => stage.current?.requestFullscreen().catch(() => setFullScreenRefused(true))}>
          Full screen
        </button>
        <button type="button" onClick={() => (facilitator.current = window.open(hashOf(paths.facilitator), 'facilitator'))}>
          Facilitator view
        </button>
        <label className="shortcut-switch">
          <input type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} /> Single-key shortcuts
        </label>
        <Link to={paths.home}>Leave presentation</Link>
      </div>
      {fullScreenRefused && (
        <p role="status">
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

/** Choose what to present: one lesson or several. */
function BriefingChooser() {
  const course = useCourse();
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <PageHeading title="Team briefing" />
      <p>Choose the lessons to show as slides on a projector. Nothing in presentation mode is scored or recorded.</p>
      <h2>7-minute briefing on one theme</h2>
      <ul>
        {course.lessons
          .filter((l) => l.kind === 'theme')
          .map((l) => (
            <li key={l.id}>
              <Link to={paths.sevenMinute(l.id)}>{l.title}</Link>
            </li>
          ))}
      </ul>
      <h2>Lessons as slides</h2>
      <p>
        <Link to={paths.handout}>Printable handout</Link> with each theme's key messages, the reviews, questions and
        support contacts. <Link to={paths.group()}>Group scenarios</Link> to discuss together.
      </p>
      <fieldset>
        <legend>Lessons</legend>
        <ul className="choices">
          {course.lessons.map((l) => (
            <li key={l.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(l.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, l.id] : c.filter((x) => x !== l.id)))}
                />
                {l.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen.length > 0 && (
        <Link className="button primary" to={paths.present(course.lessons.filter((l) => chosen.includes(l.id)).map((l) => l.id))}>
          Start the presentation
        </Link>
      )}
    </>
  );
}
