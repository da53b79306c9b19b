/**
 * One shape for both versions' API objects, so the driver logic is written once.
 * Every call checks the string "true" (a returned "false" is truthy in JavaScript), and
 * nothing is called after Finish/Terminate: those calls fail and store nothing.
 *
 * A read is only a read when the LMS says so: GetValue's "" counts as an empty value only
 * with error 0 (in 2004 also 403, "not initialized"). `undefined`, a throw or another error
 * code means the value is unknown, and the driver must not write over what it could not read.
 *
 * The API lives in the LMS's window. When that window is closed under a popup, the object
 * may still answer "true" while nothing reaches the LMS: every call then counts as failed.
 */

export interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

export interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
}

export interface LmsApi {
  initialize(): boolean;
  terminate(): boolean;
  /** The value, "" when truly empty, or undefined when it could not be read. */
  get(element: string): string | undefined;
  set(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): string;
  /** The LMS's window has been closed: nothing can reach the LMS any more. */
  gone(): boolean;
}

/** Calls into an LMS can throw (a broken LMS script): treat a throw as a failed call. */
function safely<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(e: string): unknown;
  set(e: string, v: string): unknown;
  commit(): unknown;
  lastError(): unknown;
}

function wrap(calls: Calls, emptyErrors: string[], win?: { closed?: boolean }): LmsApi {
  const gone = () => safely(() => win?.closed === true, true);
  const ok = (call: () => unknown) => !gone() && safely(() => String(call()) === 'true', false);
  const lastError = () => safely(() => String(calls.lastError()), '101');
  return {
    initialize: () => ok(() => calls.initialize()),
    terminate: () => ok(() => calls.terminate()),
    get: (e) => {
      if (gone()) return undefined;
      const value = safely(() => calls.get(e), undefined);
      if (value === undefined || value === null) return undefined;
      const text = String(value);
      return text !== '' || emptyErrors.includes(lastError()) ? text : undefined;
    },
    set: (e, v) => ok(() => calls.set(e, v)),
    commit: () => ok(() => calls.commit()),
    lastError,
    gone,
  };
}

export function wrap12(api: Api12, win?: { closed?: boolean }): LmsApi {
  return wrap(
    {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => api.LMSSetValue(e, v),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
    },
    ['0'],
    win,
  );
}

export function wrap2004(api: Api2004, win?: { closed?: boolean }): LmsApi {
  return wrap(
    {
      initialize: () => api.Initialize(''),
      terminate: () => api.Terminate(''),
      get: (e) => api.GetValue(e),
      set: (e, v) => api.SetValue(e, v),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
    },
    ['0', '403'],
    win,
  );
}
