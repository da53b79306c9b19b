/**
 * The keys a facilitator expects, as in PowerPoint and from a presentation clicker.
 * Arrow and page keys always work; single-character shortcuts (Space, B, W, F, S, digits)
 * can be switched off (WCAG 2.1.4). A key on a focused button is left to the button, so
 * one press moves one slide.
 */
import { useLayoutEffect, useRef } from 'react';

export interface SlideActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  jump: (slideNumber: number) => void;
  blank: (colour: 'black' | 'white') => void;
  /** While the screen is blank, any key only brings back the same slide, as in PowerPoint. */
  blanked: () => boolean;
  unblank: () => void;
  support: () => void;
  fullScreen: () => void;
  leave: () => void;
}

export function useSlideKeys(actions: SlideActions, shortcuts: boolean): void {
  const typed = useRef('');
  const latest = useRef(actions);
  latest.current = actions;
  // Listening from the commit, before the screen is painted: with a passive effect, a key
  // pressed as the first screen appeared (a clicker, or a test under load) could come before
  // the listener and be lost; a fresh-clone run failed so, with a PageDown on a group scenario's title.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea');
      if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
      const a = latest.current;
      const key = event.key;
      if (a.blanked()) {
        if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(key)) return;
        event.preventDefault();
        a.unblank();
        return;
      }
      let handled = true;
      if (key === 'F5') {
        // Clickers send F5 to start a show: never reload the page.
      } else if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(key) || (key === 'Enter' && !typed.current)) a.next();
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) a.previous();
      else if (key === 'Home') a.first();
      else if (key === 'End') a.last();
      else if (key === 'Escape') {
        if (!document.fullscreenElement) a.leave();
        else handled = false;
      } else if (!shortcuts) handled = false;
      else if (key === ' ') a.next();
      else if (/^[0-9]$/.test(key)) typed.current += key;
      else if (key === 'Enter') {
        a.jump(Number(typed.current));
        typed.current = '';
      } else if (key === 'b' || key === 'B' || key === '.') a.blank('black');
      else if (key === 'w' || key === 'W') a.blank('white');
      else if (key === 'f' || key === 'F') a.fullScreen();
      else if (key === 's' || key === 'S') a.support();
      else handled = false;
      if (handled) event.preventDefault();
      if (!/^[0-9]$/.test(key) && key !== 'Enter') typed.current = '';
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}
