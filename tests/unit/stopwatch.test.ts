import { describe, expect, it } from 'vitest';
import { elapsed, formatClock, pause, resume, startStopwatch } from '../../src/features/presentation/stopwatch.ts';

describe('the facilitator clocks', () => {
  it('count only while running: a pause holds the time and a resume carries on from it', () => {
    let w = startStopwatch(1_000);
    expect(elapsed(w, 61_000)).toBe(60_000);
    w = pause(w, 61_000);
    expect(elapsed(w, 300_000)).toBe(60_000);
    expect(pause(w, 400_000)).toBe(w); // pausing twice changes nothing
    w = resume(w, 300_000);
    expect(elapsed(w, 330_000)).toBe(90_000);
    expect(resume(w, 340_000)).toBe(w);
  });

  it('read as m:ss in whole seconds, never negative', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_999)).toBe('0:59');
    expect(formatClock(7 * 60_000)).toBe('7:00');
    expect(formatClock(-5_000)).toBe('0:00');
    expect(formatClock(61 * 60_000 + 5_000)).toBe('61:05');
  });
});
