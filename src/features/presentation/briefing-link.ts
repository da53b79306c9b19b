/**
 * The presentation and facilitator windows keep in step through postMessage on the
 * window.open handle (and window.opener back): a BroadcastChannel does not reach across the
 * storage partitions an LMS frame and its popup can end up in.
 */
import type { Screen } from './group-screens.ts';

export type BriefingMessage =
  | { kind: 'briefing-slide'; lessons: string; index: number; sevenMinute: boolean }
  | { kind: 'briefing-go'; index: number }
  | { kind: 'briefing-hello' }
  /** A group scenario is on screen: the facilitator window shows its notes instead of a deck's. */
  | { kind: 'briefing-group'; scenario: string; screen: Screen; first: boolean; last: boolean }
  /** The facilitator window moves a group scenario on or back. */
  | { kind: 'briefing-move'; move: 'next' | 'previous' };

const KINDS = new Set(['briefing-slide', 'briefing-go', 'briefing-hello', 'briefing-group', 'briefing-move']);

export function isBriefingMessage(data: unknown): data is BriefingMessage {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && KINDS.has(kind);
}

/** Messages only from this course's own origin count. */
export function onBriefingMessage(handle: (message: BriefingMessage, source: Window | null) => void): () => void {
  const listener = (event: MessageEvent) => {
    if (event.origin !== window.location.origin || !isBriefingMessage(event.data)) return;
    handle(event.data, event.source as Window | null);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

export function send(target: Window | null | undefined, message: BriefingMessage): void {
  try {
    target?.postMessage(message, window.location.origin);
  } catch {
    // The other window has gone: nothing to keep in step.
  }
}
