/**
 * Wraps the data calls of a scorm-again API instance so the preview LMS can log them,
 * save after Commit and Finish as a real LMS persists, and misbehave on request as real
 * players were seen to (fail Initialize, fail Commit, answer slowly, commit slowly, answer
 * GetValue with `undefined`, answer "" for what an Open edX player has not stored, answer
 * "false" to everything). The wrappers replace the instance's own
 * function properties, so the course still talks to the real scorm-again object.
 */
import type { Scorm12API, Scorm2004API } from 'scorm-again';
import type { CallLog } from './call-log.ts';
import { SLOW_CALL_MS, SLOW_COMMIT_MS, type LmsOptions, type ScormVersion } from './lms-options.ts';

export type LmsApi = Scorm12API | Scorm2004API;

type CallKind = 'initialize' | 'getValue' | 'setValue' | 'commit' | 'finish';

export const API_FUNCTIONS: Record<ScormVersion, Record<CallKind, string>> = {
  scorm12: { initialize: 'LMSInitialize', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
  scorm2004: { initialize: 'Initialize', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit', finish: 'Terminate' },
};

/** 1.2 has only 101 for LMS-side failures; 2004 has a general failure code per call. */
const INJECTED_ERRORS: Record<ScormVersion, Record<CallKind, number>> = {
  scorm12: { initialize: 101, getValue: 101, setValue: 101, commit: 101, finish: 101 },
  scorm2004: { initialize: 102, getValue: 301, setValue: 351, commit: 391, finish: 111 },
};

/** What an Open edX-like player keeps and answers; anything else it has not stored reads "". */
const PLAYER_KEEPS: Record<ScormVersion, string[]> = {
  scorm12: ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.student_id', 'cmi.core.student_name'],
  scorm2004: ['cmi.suspend_data', 'cmi.location', 'cmi.learner_id', 'cmi.learner_name'],
};

/** Limits scorm-again does not enforce (it accepts 64,000 characters of 1.2 suspend_data). */
const SIZE_LIMITS: Record<ScormVersion, Record<string, number>> = {
  scorm12: { 'cmi.suspend_data': 4096, 'cmi.core.lesson_location': 255 },
  scorm2004: { 'cmi.suspend_data': 64000, 'cmi.location': 1000 },
};

export interface InstrumentHooks {
  options: () => LmsOptions;
  log: CallLog;
  /** Persist the attempt as it stands; false when storage refused it. */
  save: (finished: boolean) => boolean;
  /** LMS-side status rules that apply just before the course's Finish/Terminate. */
  beforeFinish: () => void;
  afterCall: () => void;
}

/** Blocks the page, as a synchronous XHR to a slow LMS does. */
function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Busy wait on purpose.
  }
}

function injectedFailure(kind: CallKind, args: unknown[], options: LmsOptions, api: LmsApi): string {
  if (options.everyCallFalse) return 'every call';
  if (kind === 'initialize' && options.initializeFails && api.isNotInitialized()) return 'Initialize';
  if (!options.commitFails || !api.isInitialized()) return '';
  if (kind === 'commit') return 'Commit';
  if (kind === 'setValue' && args[0] === 'cmi.suspend_data') return 'SetValue of cmi.suspend_data';
  return '';
}

function sizeWarning(version: ScormVersion, element: unknown, value: unknown): string {
  const limit = SIZE_LIMITS[version][String(element)];
  const length = String(value).length;
  return limit !== undefined && length > limit
    ? `${length.toLocaleString('en-GB')} characters: over the SCORM ${version} limit of ${limit.toLocaleString('en-GB')}, which many LMSs reject or cut`
    : '';
}

/** Mutates api: replaces its five data functions with logging, misbehaving wrappers. */
export function instrumentApi(api: LmsApi, version: ScormVersion, hooks: InstrumentHooks): void {
  const functions = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  /** Elements the course set in this session: an Open edX-like player answers these. */
  const setThisSession = new Set<string>();
  for (const [kind, name] of Object.entries(API_FUNCTIONS[version]) as [CallKind, string][]) {
    const original = functions[name].bind(api);
    functions[name] = (...args: unknown[]): string | undefined => {
      const options = hooks.options();
      if (options.slow) blockFor(SLOW_CALL_MS);
      if (options.slowCommit && kind === 'commit') blockFor(SLOW_COMMIT_MS);
      let result: string | undefined;
      let note = '';
      const failing = injectedFailure(kind, args, options, api);
      if (failing) {
        api.throwSCORMError(undefined, INJECTED_ERRORS[version][kind], `The preview LMS is set to fail ${failing}.`);
        result = 'false';
        note = 'failed on purpose (misbehaviour switch)';
      } else {
        if (kind === 'finish' && api.isInitialized()) hooks.beforeFinish();
        result = String(original(...args));
        if (result === 'true' && (kind === 'commit' || kind === 'finish')) {
          // A real LMS whose commits fail loses the Finish data too.
          if (options.commitFails) note = 'not saved: the LMS is set to fail commits';
          else note = hooks.save(kind === 'finish') ? 'saved' : 'not saved: storage is blocked';
        }
        if (kind === 'setValue' && result === 'true') {
          note = sizeWarning(version, args[0], args[1]);
          setThisSession.add(String(args[0]));
        }
        if (kind === 'getValue') ({ result, note } = misread(String(args[0]), result, note));
      }
      // An Open edX-like player reports no error, whatever happened.
      if (options.emptyUnset) api.lastErrorCode = '0';
      const errorCode = String(api.lmsGetLastError());
      hooks.log.addCall({
        call: name,
        args: args.map(String),
        result: String(result),
        errorCode,
        errorText: errorCode === '0' ? '' : String(api.lmsGetErrorString(errorCode)),
        note,
      });
      hooks.afterCall();
      return result;
    };
  }

  /** GetValue as a misbehaving LMS answers it, on top of what scorm-again holds. */
  function misread(element: string, held: string, note: string): { result: string | undefined; note: string } {
    const options = hooks.options();
    if (options.getValueUndefined) return { result: undefined, note: 'answered undefined (misbehaviour switch)' };
    if (options.emptyUnset && !PLAYER_KEEPS[version].includes(element) && !setThisSession.has(element)) {
      return { result: '', note: held === '' ? note : `not stored by an Open edX-like player: "" instead of "${held}"` };
    }
    return { result: held, note };
  }
}
