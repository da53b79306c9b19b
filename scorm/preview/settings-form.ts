/**
 * Binds the settings controls to the LMS options, both ways: a change in the page saves
 * the option, and options set through the test hook show in the page.
 */
import { parseScore, type LmsOptions } from './lms-options.ts';
import type { PreviewLms } from './preview-lms.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

type Flag = 'noApi' | 'commitFails' | 'initializeFails' | 'slow' | 'slowCommit' | 'getValueUndefined' | 'emptyUnset' | 'everyCallFalse';
const FLAGS: Record<Flag, string> = {
  noApi: 'no-api',
  commitFails: 'commit-fails',
  initializeFails: 'initialize-fails',
  slow: 'slow',
  slowCommit: 'slow-commit',
  getValueUndefined: 'get-value-undefined',
  emptyUnset: 'empty-unset',
  everyCallFalse: 'every-call-false',
};

function bindScore(lms: PreviewLms, id: string, key: 'masteryScore' | 'passingScore', min: number, max: number): () => void {
  const input = byId<HTMLInputElement>(id);
  const error = byId<HTMLElement>(`${id}-error`);
  input.addEventListener('change', () => {
    const value = parseScore(input.value, min, max);
    input.setAttribute('aria-invalid', String(value === null));
    error.hidden = value !== null;
    if (value !== null) lms.setOptions({ [key]: value });
  });
  return () => {
    if (document.activeElement !== input) input.value = lms.options()[key];
  };
}

export function bindSettings(lms: PreviewLms): void {
  const versions = document.querySelectorAll<HTMLInputElement>('input[name="version"]');
  const mode = byId<HTMLSelectElement>('mode');
  const credit = byId<HTMLSelectElement>('credit');
  versions.forEach((radio) => radio.addEventListener('change', () => lms.setOptions({ version: radio.value as LmsOptions['version'] })));
  mode.addEventListener('change', () => lms.setOptions({ mode: mode.value as LmsOptions['mode'] }));
  credit.addEventListener('change', () => lms.setOptions({ credit: credit.value as LmsOptions['credit'] }));
  for (const [key, id] of Object.entries(FLAGS) as [Flag, string][]) {
    const box = byId<HTMLInputElement>(id);
    box.addEventListener('change', () => lms.setOptions({ [key]: box.checked }));
  }
  const syncScores = [bindScore(lms, 'mastery-score', 'masteryScore', 0, 100), bindScore(lms, 'passing-score', 'passingScore', 0, 1)];

  const sync = () => {
    const options = lms.options();
    versions.forEach((radio) => (radio.checked = radio.value === options.version));
    mode.value = options.mode;
    credit.value = options.credit;
    for (const [key, id] of Object.entries(FLAGS) as [Flag, string][]) byId<HTMLInputElement>(id).checked = options[key];
    syncScores.forEach((fn) => fn());
  };
  sync();
  lms.subscribe(sync);
}
