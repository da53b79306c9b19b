/**
 * The clocks in the facilitator window only (never on the projected slide): time elapsed,
 * and for a 7-minute briefing the time left. Each can be paused or hidden (WCAG 2.2.2). They
 * are timers, not live regions: a screen reader is not told every second. At zero the
 * countdown says so in words: no sound, no flash.
 */
import { useEffect, useState } from 'react';
import { BRIEFING_MS, elapsed, formatClock, pause, resume, startStopwatch, type Stopwatch } from './stopwatch.ts';

export function FacilitatorClocks({ countdown }: { countdown: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  return (
    <div className="facilitator-clocks">
      <Clock label="Elapsed" now={now} show={(ms) => formatClock(ms)} />
      {countdown && (
        <Clock label="Time left" now={now} show={(ms) => (ms >= BRIEFING_MS ? '0:00 (time is up)' : formatClock(BRIEFING_MS - ms))} />
      )}
    </div>
  );
}

function Clock({ label, now, show }: { label: string; now: number; show: (ms: number) => string }) {
  const [watch, setWatch] = useState<Stopwatch>(() => startStopwatch(Date.now()));
  const [hidden, setHidden] = useState(false);
  const paused = watch.since === undefined;
  const id = `clock-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="facilitator-clock">
      <span id={id} className="clock-label">
        {label}
        {paused ? ' (paused)' : ''}
      </span>
      {!hidden && (
        <span role="timer" aria-labelledby={id} className="clock">
          {show(elapsed(watch, now))}
        </span>
      )}
      <button type="button" onClick={() => setWatch((w) => (paused ? resume(w, Date.now()) : pause(w, Date.now())))}>
        {paused ? 'Resume' : 'Pause'}
        <span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
      <button type="button" aria-pressed={hidden} onClick={() => setHidden((h) => !h)}>
        {hidden ? 'Show' : 'Hide'}
        <span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
    </div>
  );
}
