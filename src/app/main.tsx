/**
 * Start-up: pick the tracking driver, restore progress, connect saving, render.
 * Only the no-LMS browser driver exists so far; the SCORM drivers plug in here.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import course, { lessonLoaders } from 'virtual:course';
import { connectPersistence } from '../state/persistence.ts';
import { restoreProgress } from '../state/restore.ts';
import { useStore } from '../state/store.ts';
import { createBrowserTracker } from '../tracking/browser-tracker.ts';
import type { CourseSource } from '../components/course-context.tsx';
import { App } from './app.tsx';
import './styles.css';

const tracker = createBrowserTracker(course.id, { onNotice: (n) => useStore.getState().addNotice(n) });
restoreProgress(course, tracker);
connectPersistence(course, tracker);

const source: CourseSource = {
  course,
  loadLesson: async (id) => {
    const load = lessonLoaders[id];
    if (!load) throw new Error(`no lesson ${id}`);
    return (await load()).default;
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App source={source} />
  </StrictMode>,
);
