/**
 * The preview LMS itself: it launches the course in an iframe with a fresh scorm-again
 * API built from the stored attempt, saves after each Commit and Finish, and relaunches
 * or resets as an LMS would. Views and the test hook read its state; only this module
 * creates APIs, touches window.API / window.API_1484_11 and saves the attempt.
 */
import { Scorm12API, Scorm2004API, type Settings } from 'scorm-again';
import { CallLog } from './call-log.ts';
import { courseUrl } from './course-url.ts';
import { instrumentApi, type LmsApi } from './instrument-api.ts';
import { planLaunch, type Entry, type LaunchPlan } from './launch-plan.ts';
import type { LmsOptions, ScormVersion } from './lms-options.ts';
import { clearRecords, loadOptions, loadRecord, saveOptions, saveRecord, type AttemptRecord, type CmiJson } from './lms-storage.ts';

export interface LaunchInfo {
  version: ScormVersion;
  attempt: number;
  entry: Entry;
  apiExposed: boolean;
  launches: number;
}

/** What the page shows and what e2e tests read: `window.previewLms`. */
export interface PreviewLmsHook {
  readonly api: LmsApi | null;
  readonly log: CallLog['entries'];
  readonly launch: LaunchInfo | null;
  /** The API's data model, flattened, as strings: `{ 'cmi.core.entry': 'resume', ... }`. */
  cmi: () => Record<string, string>;
  /** What is stored for the running version, as it would be loaded at the next launch. */
  stored: () => AttemptRecord | null;
  options: () => LmsOptions;
  setOptions: (patch: Partial<LmsOptions>) => LmsOptions;
  /** Ends the session as an LMS does (the course unloads) and launches again. Resolves when the course has loaded. */
  relaunch: () => Promise<void>;
  /** Ends the session as relaunch does, without launching again (a test may then change what is stored). */
  close: () => void;
  /** Forgets the learner (stored attempts and log), keeps the settings, launches again. */
  reset: () => Promise<void>;
}

const API_SETTINGS: Settings = {
  // No lmsCommitUrl: scorm-again commits in memory and makes no request; this LMS saves itself.
  autocommit: false,
  logLevel: 'NONE',
  onLogMessage: () => {},
};

const API_NAMES = { scorm12: 'API', scorm2004: 'API_1484_11' } as const;
const host = window as unknown as Record<string, unknown>;

export class PreviewLms implements PreviewLmsHook {
  readonly calls = new CallLog();
  api: LmsApi | null = null;
  launch: LaunchInfo | null = null;
  lastSaved: string | null = null;
  private currentOptions: LmsOptions = loadOptions();
  private frame: HTMLIFrameElement | null = null;
  private launches = 0;
  private readonly listeners = new Set<() => void>();
  private renderQueued = false;

  constructor(private readonly frameHost: HTMLElement) {}

  get log() {
    return this.calls.entries;
  }

  /** Views re-render after any change, at most once per task however many calls the course makes. */
  subscribe(fn: () => void): void {
    this.listeners.add(fn);
  }

  private changed(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.listeners.forEach((fn) => fn());
    });
  }

  options = (): LmsOptions => this.currentOptions;

  setOptions = (patch: Partial<LmsOptions>): LmsOptions => {
    this.currentOptions = { ...this.currentOptions, ...patch };
    saveOptions(this.currentOptions);
    this.changed();
    return this.currentOptions;
  };

  cmi = (): Record<string, string> => {
    if (!this.api) return {};
    const flat: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.api.getFlattenedCMI())) {
      if (typeof value === 'string') flat[key] = value;
    }
    if (this.api instanceof Scorm2004API) flat['adl.nav.request'] = this.api.adl.nav.request;
    return flat;
  };

  stored = (): AttemptRecord | null => loadRecord(this.launch?.version ?? this.currentOptions.version);

  relaunch = async (): Promise<void> => {
    this.unloadCourse();
    await this.start();
  };

  close = (): void => {
    this.unloadCourse();
    this.changed();
  };

  reset = async (): Promise<void> => {
    // Unload first: the course's unload handler may still Finish, and that would save.
    this.unloadCourse();
    clearRecords();
    this.calls.clear();
    this.lastSaved = null;
    this.calls.addEvent('Reset: stored attempts cleared for a new learner.');
    await this.start();
  };

  /**
   * Removing the iframe unloads the course synchronously, with the old API still exposed,
   * so a course that finishes from `pagehide` is saved, as when a learner closes an LMS window.
   */
  private unloadCourse(): void {
    this.frame?.remove();
    this.frame = null;
    delete host.API;
    delete host.API_1484_11;
    if (this.api?.isInitialized()) this.calls.addEvent('The course closed without calling Finish/Terminate: only committed data is kept.');
    this.api = null;
  }

  private start(): Promise<void> {
    const options = this.currentOptions;
    const { version } = options;
    const { api, plan } = this.createApi(options);
    instrumentApi(api, version, {
      options: () => this.currentOptions,
      log: this.calls,
      // A review or browse visit changes nothing the LMS holds: saving it would store an
      // attempt with no exit, and the next launch would start the learner afresh.
      save: (finished) => {
        if (options.mode !== 'normal') {
          this.calls.addEvent(`Not saved: a ${options.mode} session does not change the learner's record.`);
          return true;
        }
        return this.save(api, version, plan.attempt, finished);
      },
      beforeFinish: () => this.applyPassingScoreRule(api),
      afterCall: () => this.changed(),
    });
    this.api = api;
    if (!options.noApi) host[API_NAMES[version]] = api;
    this.launch = { version, attempt: plan.attempt, entry: plan.entry, apiExposed: !options.noApi, launches: ++this.launches };
    this.calls.addEvent(describeLaunch(options, plan.attempt, plan.entry));

    const frame = document.createElement('iframe');
    frame.title = 'Course';
    frame.allow = 'fullscreen';
    frame.className = 'course-frame';
    const loaded = new Promise<void>((done) => frame.addEventListener('load', () => done(), { once: true }));
    frame.src = courseUrl(window.location, version).href;
    this.frameHost.append(frame);
    this.frame = frame;
    this.changed();
    return loaded;
  }

  /** An API loaded from the stored attempt; a record it refuses (hand-edited, older) is dropped, not fatal. */
  private createApi(options: LmsOptions): { api: LmsApi; plan: LaunchPlan } {
    const load = (plan: LaunchPlan) => {
      const api = options.version === 'scorm12' ? new Scorm12API({ ...API_SETTINGS }) : new Scorm2004API({ ...API_SETTINGS });
      api.loadFromJSON(plan.json);
      return { api, plan };
    };
    const record = loadRecord(options.version);
    try {
      return load(planLaunch(record, options));
    } catch (error) {
      if (record === null) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      this.calls.addEvent(`The stored SCORM ${options.version} attempt could not be loaded (${reason}): starting as a new learner.`);
      return load(planLaunch(null, options));
    }
  }

  private save(api: LmsApi, version: ScormVersion, attempt: number, finished: boolean): boolean {
    const record: AttemptRecord = {
      format: 1,
      version,
      attempt,
      cmi: api.renderCMIToJSONObject() as CmiJson,
      totalTime: api.cmi.getCurrentTotalTime(),
      finished,
      savedAt: new Date().toISOString(),
    };
    const kept = saveRecord(record);
    if (kept) this.lastSaved = new Date().toLocaleTimeString('en-GB');
    return kept;
  }

  /**
   * SCORM 2004 (its status-determination rule for cmi.scaled_passing_score), as ADL's sample RTE does: with a scaled passing score, the LMS
   * decides success_status, and with no score.scaled that is "unknown", whatever the
   * course wrote. scorm-again applies the score comparison itself but not this case.
   */
  private applyPassingScoreRule(api: LmsApi): void {
    if (!(api instanceof Scorm2004API)) return;
    const { cmi } = api;
    if (cmi.scaled_passing_score !== '' && cmi.score.scaled === '' && cmi.success_status !== 'unknown') {
      cmi.success_status = 'unknown';
      this.calls.addEvent('A scaled passing score is set but cmi.score.scaled is not: success_status becomes "unknown".');
    }
  }
}

function describeLaunch(options: LmsOptions, attempt: number, entry: Entry): string {
  const passMark =
    options.version === 'scorm12'
      ? options.masteryScore && `, mastery score ${options.masteryScore}`
      : options.passingScore && `, scaled passing score ${options.passingScore}`;
  const api = options.noApi ? ': no API exposed' : '';
  return `Launch: SCORM ${options.version}, attempt ${attempt}, entry "${entry}", mode "${options.mode}", credit "${options.credit}"${passMark}${api}.`;
}
