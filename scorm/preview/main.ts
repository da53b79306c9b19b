/**
 * Entry point of the preview LMS page (scorm/preview/index.html): wires the LMS to its
 * views and controls, exposes `window.previewLms` for tests, and launches the course.
 */
import './styles.css';
import { bindCallLog } from './call-log-view.ts';
import { renderDataModel } from './data-model-view.ts';
import { PreviewLms } from './preview-lms.ts';
import { bindSettings } from './settings-form.ts';
import { SCORM_LABELS } from '../../src/config/scorm-versions.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const lms = new PreviewLms(byId('course-frame-host'));
(window as unknown as { previewLms: PreviewLms }).previewLms = lms;

const status = byId('launch-status');
const facts = byId('lms-facts');
const dataBody = byId<HTMLTableElement>('data-table').tBodies[0];
lms.subscribe(() => renderDataModel(lms, facts, dataBody));
bindCallLog(lms.calls, byId<HTMLTableElement>('log-table').tBodies[0], byId('log-scroller'));
bindSettings(lms);

async function run(action: () => Promise<void>, done: string) {
  status.textContent = 'Launching the course…';
  await action();
  const launch = lms.launch;
  status.textContent = launch ? `${done} ${SCORM_LABELS[launch.version]}, attempt ${launch.attempt}, entry ${launch.entry}.` : done;
}

byId('relaunch').addEventListener('click', () => void run(lms.relaunch, 'Relaunched:'));
byId('reset').addEventListener('click', () => void run(lms.reset, 'Reset and launched:'));
byId('clear-log').addEventListener('click', () => lms.calls.clear());

void run(lms.relaunch, 'Launched:');
