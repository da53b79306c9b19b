/**
 * Keeps the focused element out from under the lesson's sticky bars (WCAG 2.4.11, focus not
 * obscured): their heights, measured as they change (wrapping, zoom, text spacing), go into
 * --sticky-top and --sticky-bottom, which styles.css uses as the page's scroll-padding while
 * the bars are sticky. Set through the CSSOM: the CSP forbids inline style attributes.
 */
import { useEffect } from 'react';

const TOP = '.lesson-position';
const BOTTOM = '.lesson-nav';

export function useStickyPadding(): void {
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const article = document.querySelector('.lesson');
    const measure = () => {
      for (const [name, selector] of [
        ['--sticky-top', TOP],
        ['--sticky-bottom', BOTTOM],
      ] as const) {
        const bar = document.querySelector(selector);
        if (bar) {
          root.style.setProperty(name, `${Math.ceil(bar.getBoundingClientRect().height)}px`);
          observer.observe(bar);
        } else root.style.removeProperty(name);
      }
    };
    // The article too: the Next bar comes and goes with the section (a held content note).
    const observer = new ResizeObserver(measure);
    if (article) observer.observe(article);
    measure();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-top');
      root.style.removeProperty('--sticky-bottom');
    };
  }, []);
}
