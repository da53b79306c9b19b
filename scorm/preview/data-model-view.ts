/**
 * The live view of the LMS's side: facts about the launch (version, attempt, entry, API
 * state, last save) and every element of the API's data model with its current value.
 * Redrawn after each call; a table, so screen readers announce element and value together.
 */
import { displayValue, el } from './display-value.ts';
import type { PreviewLms } from './preview-lms.ts';

function apiState(lms: PreviewLms): string {
  const { api, launch } = lms;
  if (!api || !launch) return 'none';
  if (!launch.apiExposed) return 'not exposed (No API switch)';
  if (api.isTerminated()) return 'finished';
  if (api.isInitialized()) return 'running';
  return 'waiting for Initialize';
}

export function renderDataModel(lms: PreviewLms, facts: HTMLElement, body: HTMLTableSectionElement): void {
  const { launch } = lms;
  const rows: [string, string][] = [
    ['SCORM version', launch ? launch.version : '–'],
    ['Attempt', launch ? String(launch.attempt) : '–'],
    ['Entry at launch', launch ? launch.entry : '–'],
    ['API', apiState(lms)],
    ['Last saved', lms.lastSaved ?? 'not since this page loaded'],
  ];
  facts.replaceChildren(...rows.flatMap(([term, detail]) => [el('dt', term), el('dd', detail)]));

  const cmi = lms.cmi();
  body.replaceChildren(
    ...Object.entries(cmi).map(([element, value]) => {
      const row = el('tr');
      const name = el('th', element);
      name.scope = 'row';
      row.append(name, el('td', displayValue(value), value === '' ? 'empty' : ''));
      return row;
    }),
  );
}
