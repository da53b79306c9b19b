/**
 * The record of every data call the course makes to the API (Initialize, GetValue,
 * SetValue, Commit, Finish/Terminate) and of what the LMS itself did (launches, saves),
 * in order. Kept in memory only, capped so a chatty course cannot grow the page forever.
 */

export interface CallEntry {
  kind: 'call';
  n: number;
  time: string;
  /** The API function as the course called it: "LMSSetValue", "Commit", ... */
  call: string;
  args: string[];
  result: string;
  errorCode: string;
  errorText: string;
  /** What the LMS did about it: "saved", "not saved: commits are failing", a size warning. */
  note: string;
}

export interface LmsEventEntry {
  kind: 'lms';
  n: number;
  time: string;
  text: string;
}

export type LogEntry = CallEntry | LmsEventEntry;

const MAX_ENTRIES = 2000;

export class CallLog {
  readonly entries: LogEntry[] = [];
  private count = 0;
  private readonly listeners = new Set<(entry: LogEntry | null) => void>();

  addCall(call: Omit<CallEntry, 'kind' | 'n' | 'time'>): CallEntry {
    return this.push({ kind: 'call', n: 0, time: '', ...call });
  }

  addEvent(text: string): LmsEventEntry {
    return this.push({ kind: 'lms', n: 0, time: '', text });
  }

  clear(): void {
    this.entries.length = 0;
    this.listeners.forEach((fn) => fn(null));
  }

  /** Called with each new entry, or with null when the log is cleared. */
  subscribe(fn: (entry: LogEntry | null) => void): void {
    this.listeners.add(fn);
  }

  private push<T extends LogEntry>(entry: T): T {
    entry.n = ++this.count;
    entry.time = new Date().toLocaleTimeString('en-GB');
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    this.listeners.forEach((fn) => fn(entry));
    return entry;
  }
}
