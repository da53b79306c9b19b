/**
 * The one owner of focus after a route change. The page's h1 takes focus after every
 * navigation, so screen-reader and keyboard users start at the new content, but not on the
 * first page shown, where the browser's own start is expected.
 *
 * Focus moves in a layout effect: the hash router commits navigations in a transition, and
 * a plain effect ran up to 30 ms after the new heading was on screen, leaving focus on
 * <body> in between (a screen reader announced nothing). Whether the learner has navigated
 * is state of this router instance, not of the module, so the dev server (where StrictMode
 * runs effects twice) behaves as the build does.
 */
import { createContext, useContext, useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';

const Navigated = createContext(false);

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const [firstKey] = useState(key);
  const [navigated, setNavigated] = useState(false);
  // Derived during render (React's pattern for state that follows props), so the new page's
  // heading already sees it in its first layout effect.
  if (!navigated && key !== firstKey) setNavigated(true);
  return <Navigated.Provider value={navigated}>{children}</Navigated.Provider>;
}

/** Focuses `ref` whenever `title` changes after the learner has navigated. */
export function useFocusOnNavigation(ref: RefObject<HTMLElement | null>, title: string): void {
  const navigated = useContext(Navigated);
  useLayoutEffect(() => {
    if (navigated) ref.current?.focus();
  }, [ref, title, navigated]);
}
