/**
 * State that a key handler can read back at once: the setter updates a ref as well as the
 * render. A clicker (or a busy PC) can send the next key before React has drawn the last
 * move; reading the rendered value then would drop that move, or move on instead of
 * bringing back a blanked slide.
 */
import { useCallback, useRef, useState, type MutableRefObject } from 'react';

export function useLiveState<T>(initial: T | (() => T)): [T, (value: T) => void, MutableRefObject<T>] {
  const [value, setValue] = useState(initial);
  const live = useRef(value);
  // Stable, as useState's setter is, so effects can list it without re-running.
  const set = useCallback((next: T) => {
    live.current = next;
    setValue(() => next);
  }, []);
  return [value, set, live];
}
