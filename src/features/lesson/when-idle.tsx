/**
 * Shows its children once the browser is idle after it first renders: the lesson's sidebar
 * and drawer load then, so their chunk never competes with the lesson's own text on the
 * first screen (the first-load byte budget, tests/e2e/security.test.ts).
 */
import { useEffect, useState, type ReactNode } from 'react';

export function WhenIdle({ children }: { children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 50);
    return () => clearTimeout(id);
  }, []);
  return idle ? children : null;
}
