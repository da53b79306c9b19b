/**
 * One shape for both versions' API objects, so the driver logic is written once.
 * Every call checks the string "true" (a returned "false" is truthy in JavaScript), and
 * nothing is called after Finish/Terminate: those calls fail and store nothing (RUNTIME.md §2).
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
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): string;
}

/** Calls into an LMS can throw (a broken LMS script): treat a throw as a failed call. */
function safely<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

export function wrap12(api: Api12): LmsApi {
  return {
    initialize: () => safely(() => String(api.LMSInitialize('')) === 'true', false),
    terminate: () => safely(() => String(api.LMSFinish('')) === 'true', false),
    get: (e) => safely(() => String(api.LMSGetValue(e) ?? ''), ''),
    set: (e, v) => safely(() => String(api.LMSSetValue(e, v)) === 'true', false),
    commit: () => safely(() => String(api.LMSCommit('')) === 'true', false),
    lastError: () => safely(() => String(api.LMSGetLastError()), '101'),
  };
}

export function wrap2004(api: Api2004): LmsApi {
  return {
    initialize: () => safely(() => String(api.Initialize('')) === 'true', false),
    terminate: () => safely(() => String(api.Terminate('')) === 'true', false),
    get: (e) => safely(() => String(api.GetValue(e) ?? ''), ''),
    set: (e, v) => safely(() => String(api.SetValue(e, v)) === 'true', false),
    commit: () => safely(() => String(api.Commit('')) === 'true', false),
    lastError: () => safely(() => String(api.GetLastError()), '101'),
  };
}
