/**
 * A group scenario on the room's screen, run like a deck: it owns the viewport (the
 * presentation styles), moves on with a clicker (Next reveals a decision's answers first),
 * blanks with B and W, and keeps the facilitator window in step. That window, never this
 * one, shows the facilitator notes. Nothing is scored, saved or sent.
 */
import './presentation.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hashOf, paths } from '../../config/paths.ts';
import type { Scenario } from '../../course/quiz-types.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { onBriefingMessage, send, type BriefingMessage } from './briefing-link.ts';
import { GroupScreenView } from './group-screen-view.tsx';
import { branches, nextScreen, screenKey, screenName, type Screen } from './group-screens.ts';
import { useSlideKeys } from './use-slide-keys.ts';
import { useLiveState } from './use-live-state.ts';

export function GroupRoom({ scenario }: { scenario: Scenario }) {
  const course = useCourse();
  const navigate = useNavigate();
  // The screens shown so far: Previous goes back along the path the group took.
  // Keys read the live values, not the rendered ones (see useLiveState).
  const [history, setHistory, historyRef] = useLiveState<Screen[]>([{ at: 'title' }]);
  const [chosen, setChosen, chosenRef] = useLiveState<string | undefined>(undefined);
  const [blank, setBlank, blankRef] = useLiveState<'black' | 'white' | undefined>(undefined);
  const [shortcuts, setShortcuts] = useState(true);
  const [fullScreenRefused, setFullScreenRefused] = useState(false);
  const room = useRef<HTMLDivElement>(null);
  const facilitator = useRef<Window | null>(null);
  const screen = history[history.length - 1];
  const following = nextScreen(scenario, screen, chosen);
  const step = screen.at === 'step' ? scenario.steps[screen.id] : undefined;
  const decision = step?.kind === 'decision' ? step : undefined;
  const revealing = decision !== undefined && screen.at === 'step' && !screen.revealed;

  const moveTo = (to: Screen[]) => {
    setBlank(undefined);
    setChosen(undefined);
    setHistory(to);
  };
  const next = () => {
    const path = historyRef.current;
    const to = nextScreen(scenario, path[path.length - 1], chosenRef.current);
    if (to) moveTo([...path, to]);
  };
  const previous = () => historyRef.current.length > 1 && moveTo(historyRef.current.slice(0, -1));
  const support = () => {
    const path = historyRef.current;
    if (path[path.length - 1].at !== 'support') moveTo([...path, { at: 'support' }]);
  };

  const status: BriefingMessage = { kind: 'briefing-group', scenario: scenario.id, screen, first: history.length === 1, last: !following };
  const latest = useRef({ next, previous, status });
  latest.current = { next, previous, status };
  useEffect(() => send(facilitator.current, latest.current.status), [screen]);
  useEffect(
    () =>
      onBriefingMessage((message, source) => {
        if (message.kind === 'briefing-move') latest.current[message.move]();
        if (message.kind === 'briefing-hello') {
          facilitator.current = source;
          send(source, latest.current.status);
        }
      }),
    [],
  );

  // A window already open from a deck keeps its page (the same hash): tell it what is on screen now.
  const openFacilitator = () => {
    facilitator.current = window.open(hashOf(paths.facilitator), 'facilitator');
    send(facilitator.current, status);
  };
  const fullScreen = () => room.current?.requestFullscreen().catch(() => setFullScreenRefused(true));
  useSlideKeys(
    {
      next,
      previous,
      first: () => moveTo([{ at: 'title' }]),
      last: () => undefined,
      jump: () => undefined,
      blank: setBlank,
      blanked: () => blankRef.current !== undefined,
      unblank: () => setBlank(undefined),
      support,
      fullScreen,
      leave: () => navigate(paths.group()),
    },
    shortcuts,
  );

  return (
    <div ref={room} className="presentation group-room">
      <PageHeading title={`Group scenario: ${scenario.title}`}>{scenario.title}</PageHeading>
      <div className="stage-area">
        <div
          className={`stage${blank ? ` blank-${blank}` : ''}`}
          aria-live="polite"
          onClick={blank ? () => setBlank(undefined) : undefined}
        >
          {blank ? (
            <p className="visually-hidden">{blank === 'black' ? 'Black screen' : 'White screen'}: press any key to go back.</p>
          ) : (
            <div className="slide group-screen" data-screen={screenKey(screen)}>
              <GroupScreenView scenario={scenario} screen={screen} support={course.support} />
            </div>
          )}
        </div>
      </div>
      <div className="slide-controls">
        <button type="button" onClick={previous} disabled={history.length === 1}>
          Previous
        </button>
        <span className="slide-counter">{screenName(scenario, screen)}</span>
        <button type="button" onClick={next} disabled={!following}>
          {revealing ? 'Reveal' : 'Next'}
        </button>
        {decision && !revealing && branches(decision) && (
          <span role="group" aria-label="The group chose" className="group-chose">
            The group chose:
            {decision.choices.map((c, i) => (
              <button key={c.id} type="button" aria-pressed={chosen === c.id} onClick={() => setChosen(chosen === c.id ? undefined : c.id)}>
                {i + 1}
              </button>
            ))}
          </span>
        )}
        <button type="button" onClick={() => setBlank('black')}>
          Black screen
        </button>
        <button type="button" onClick={support}>
          Support
        </button>
        <button type="button" onClick={fullScreen}>
          Full screen
        </button>
        <button type="button" onClick={openFacilitator}>
          Facilitator view
        </button>
        <label className="shortcut-switch">
          <input type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} /> Single-key shortcuts
        </label>
        <Link to={paths.group()}>All group scenarios</Link>
      </div>
      {fullScreenRefused && (
        <p role="status" className="presentation-status">
          Full screen is not allowed here (your learning system&apos;s frame may block it).{' '}
          <a href={window.location.href} target="_blank" rel="noopener">
            Open the scenario in its own window
          </a>
          .
        </p>
      )}
    </div>
  );
}
