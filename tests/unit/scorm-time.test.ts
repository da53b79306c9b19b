import { describe, expect, it } from 'vitest';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from '../../scorm/runtime/scorm-time.ts';

describe('SCORM time formats', () => {
  it.each([
    [0, '0000:00:00.00'],
    [5_000, '0000:00:05.00'],
    [1_300, '0000:00:01.30'],
    [65_500, '0000:01:05.50'],
    [3_723_450, '0001:02:03.45'],
    [200 * 3_600_000, '0200:00:00.00'],
  ])('1.2 CMITimespan for %i ms is %s, always with two decimals', (ms, text) => {
    expect(timespan12(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });

  it.each([
    [0, 'PT0H0M0S'],
    [65_500, 'PT0H1M5.5S'],
    [3_723_450, 'PT1H2M3.45S'],
  ])('2004 duration for %i ms is %s', (ms, text) => {
    expect(duration2004(ms)).toBe(text);
  });

  it('2004 timestamps carry fractional seconds before the zone, 1.2 times are HH:MM:SS', () => {
    expect(timestamp2004(new Date('2026-11-27T10:05:30.789Z'))).toBe('2026-11-27T10:05:30.7Z');
    expect(timeOfDay12(new Date(2026, 10, 27, 9, 4, 3))).toBe('09:04:03');
  });
});
