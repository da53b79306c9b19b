/**
 * Finds the LMS's SCORM API object, as the SCORM run-time rules and ADL's APIWrapper do: this
 * window and up the parent chain (500 hops), then the opener's chain (popup launch).
 * Each package looks only for its own version's object, because some LMSs expose both
 * and the manifest decides which one applies. The window holding the API is kept too:
 * after a popup launch the LMS window can be closed while its API object still answers.
 */

export type ApiName = 'API' | 'API_1484_11';

const MAX_HOPS = 500;

export interface FoundApi<T> {
  api: T;
  win: Window;
}

function scanFrames(start: Window | null | undefined, name: ApiName): FoundApi<unknown> | null {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return { api, win };
    } catch {
      // A cross-origin frame: its properties cannot be read. Keep climbing.
    }
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

export function findApi<T>(name: ApiName, from: Window = window): T | null {
  return (locateApi<T>(name, from)?.api ?? null) as T | null;
}

/** The API and the window it lives in. */
export function locateApi<T>(name: ApiName, from: Window = window): FoundApi<T> | null {
  const opener = (w: Window | null | undefined) => {
    try {
      return w?.opener as Window | null | undefined;
    } catch {
      return null;
    }
  };
  let top: Window | null = null;
  try {
    top = from.top;
  } catch {
    top = null;
  }
  return (scanFrames(from, name) ?? scanFrames(opener(from), name) ?? scanFrames(opener(top), name) ?? null) as FoundApi<T> | null;
}
