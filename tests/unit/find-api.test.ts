import { describe, expect, it } from 'vitest';
import { findApi, locateApi } from '../../scorm/runtime/find-api.ts';

/** A chain of fake windows, innermost first; `at` puts the API on one of them. */
function frames(depth: number, at: number, name = 'API', extra: Record<number, object> = {}): Window {
  const wins: Record<string, unknown>[] = [];
  for (let i = 0; i <= depth; i++) wins.push({ ...(extra[i] ?? {}) });
  wins.forEach((w, i) => {
    w.parent = wins[i + 1] ?? w;
    w.top = wins[depth];
  });
  if (at >= 0) wins[at][name] = { name, level: at };
  return wins[0] as unknown as Window;
}

describe('finding the LMS API', () => {
  it('finds the API several frames up the parent chain', () => {
    expect(findApi('API', frames(5, 4))).toEqual({ name: 'API', level: 4 });
  });

  it('looks only for its own version: a 2004 package ignores a 1.2 API', () => {
    expect(findApi('API_1484_11', frames(3, 2, 'API'))).toBeNull();
    expect(findApi('API_1484_11', frames(3, 2, 'API_1484_11'))).toEqual({ name: 'API_1484_11', level: 2 });
  });

  it('climbs past cross-origin frames whose properties throw', () => {
    const crossOrigin = {};
    Object.defineProperty(crossOrigin, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const win = frames(3, 3, 'API', { 1: crossOrigin });
    expect(findApi('API', win)).toEqual({ name: 'API', level: 3 });
  });

  it('finds the API in the opener window after a popup launch', () => {
    const lms = frames(1, 1);
    const popup = frames(0, -1);
    (popup as unknown as Record<string, unknown>).opener = lms;
    expect(findApi('API', popup)).toEqual({ name: 'API', level: 1 });
  });

  it("finds the API through the top window's opener", () => {
    const lms = frames(0, 0);
    const inner = frames(2, -1);
    (inner.top as unknown as Record<string, unknown>).opener = lms;
    expect(findApi('API', inner)).toEqual({ name: 'API', level: 0 });
  });

  it('stops after 500 hops and returns null when there is no LMS', () => {
    expect(findApi('API', frames(10, -1))).toBeNull();
    expect(findApi('API', frames(600, 600))).toBeNull();
    expect(findApi('API', frames(499, 499))).toEqual({ name: 'API', level: 499 });
  });

  it('keeps the window the API lives in, so a closed LMS window can be noticed after a popup launch', () => {
    const lms = frames(1, 1);
    const popup = frames(0, -1);
    (popup as unknown as Record<string, unknown>).opener = lms;
    const found = locateApi('API', popup);
    expect(found?.api).toEqual({ name: 'API', level: 1 });
    expect(found?.win).toBe(lms.parent);
  });
});
