/** Renders the learner's app on fixture content at a given route, for component tests. */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes, CourseMap } from '../../src/app/app.tsx';
import { CourseContext, type CourseSource } from '../../src/components/course-context.tsx';
import { fixtureSource } from '../fixtures/fixture-course.ts';
import { paths } from '../../src/config/paths.ts';

// As src/app/main.tsx does before its first render: the course map's chunk is in, so it
// renders at once.
await CourseMap.preload();

/** `source`: the fixture by default; a test may pass a changed copy (another setting, a full-page note). */
export function renderApp(route: string = paths.home, source: CourseSource = fixtureSource) {
  return render(
    <CourseContext.Provider value={source}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </CourseContext.Provider>,
  );
}

/** The course map, once its chunk has loaded: it is a lazy route, as in the app. */
export async function renderMap(source: CourseSource = fixtureSource) {
  const result = renderApp(paths.home, source);
  await screen.findByRole('heading', { level: 1, name: source.course.title });
  return result;
}
