/**
 * The exit page claims no more than is true: an LMS's "true" is its word (the next launch
 * checks), a copy on this device is mentioned only when the browser kept one, and a double
 * click on Exit keeps the first answer.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../src/app/app.tsx';
import { CourseContext } from '../../src/components/course-context.tsx';
import { openStorage } from '../../src/tracking/safe-storage.ts';
import type { ExitResult } from '../../src/tracking/tracker.ts';
import { fixtureSource } from '../fixtures/fixture-course.ts';
import { recordingLms } from '../fixtures/recording-lms.ts';
import { driveLms, finishAll, summary } from '../fixtures/scorm-harness.ts';

afterEach(finishAll);

async function exitWith(exitCourse: () => ExitResult, clicks = 1) {
  render(
    <CourseContext.Provider value={{ ...fixtureSource, exitCourse }}>
      <MemoryRouter initialEntries={['/']}>
        <AppRoutes />
      </MemoryRouter>
    </CourseContext.Provider>,
  );
  for (let n = 0; n < clicks; n++) {
    const button = await screen.findByRole('button', { name: 'Exit course' });
    act(() => button.click());
  }
  await screen.findByRole('heading', { name: 'You have left the course' });
  return document.querySelector('main')!.textContent ?? '';
}

describe('the exit page', () => {
  it("after a confirmed save, reports the LMS's word and says the next launch checks", async () => {
    const text = await exitWith(() => ({ saved: true, kept: true }));
    expect(text).toMatch(/said it received your progress/);
    expect(text).toMatch(/next time you open the course, it checks/);
    expect(text).not.toMatch(/has been saved/);
  });

  it('LMS refused and storage blocked: never "kept on this device"', async () => {
    const text = await exitWith(() => ({ saved: false, kept: false }));
    expect(text).not.toMatch(/kept on this device/);
    expect(text).toMatch(/did not let the course keep a copy/);
    expect(screen.getByRole('alert')).toHaveTextContent(/may be lost/);
  });

  it('a double click on Exit with the real driver: the second click keeps the first answer', async () => {
    const lms = recordingLms('scorm12');
    const { tracker } = driveLms('scorm12', lms.api, { storage: openStorage() });
    tracker.start();
    tracker.save('v1;a', summary(0.5));
    const text = await exitWith(() => ({ saved: tracker.finish({ exit: true }), kept: tracker.keptOnDevice !== false }), 2);
    expect(text).toMatch(/said it received your progress/);
    expect(text).not.toMatch(/did not confirm/);
  });
});
