/**
 * The call log as a table that grows row by row: each API call with its arguments, what
 * it returned, the error code after it, and what the LMS did (saved, failed on purpose).
 * LMS events (launch, reset) are full-width rows between the calls.
 */
import type { CallLog, LogEntry } from './call-log.ts';
import { displayValue, el } from './display-value.ts';

function row(entry: LogEntry): HTMLTableRowElement {
  const tr = el('tr');
  const n = el('th', String(entry.n));
  n.scope = 'row';
  if (entry.kind === 'lms') {
    const text = el('td', `LMS: ${entry.text}`);
    text.colSpan = 5;
    tr.className = 'lms-event';
    tr.append(n, el('td', entry.time), text);
    return tr;
  }
  const failed = entry.result === 'false' || entry.errorCode !== '0';
  tr.className = failed ? 'failed' : '';
  tr.append(
    n,
    el('td', entry.time),
    el('td', entry.call, 'call'),
    el('td', entry.args.map(displayValue).join(', ')),
    el('td', displayValue(entry.result)),
    el('td', entry.errorCode === '0' ? '0' : `${entry.errorCode} ${entry.errorText}`),
    el('td', entry.note),
  );
  return tr;
}

/** Rows are added after the course's script yields, so a burst of calls costs one layout. */
export function bindCallLog(log: CallLog, body: HTMLTableSectionElement, scroller: HTMLElement): void {
  let pending: LogEntry[] = [];
  const flush = () => {
    const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
    body.append(...pending.map(row));
    pending = [];
    const extra = body.rows.length - log.entries.length;
    for (let i = 0; i < extra; i++) body.rows[0].remove();
    if (atEnd) scroller.scrollTop = scroller.scrollHeight;
  };
  body.append(...log.entries.map(row));
  log.subscribe((entry) => {
    if (!entry) {
      pending = [];
      body.replaceChildren();
      return;
    }
    if (pending.push(entry) === 1) queueMicrotask(flush);
  });
}
