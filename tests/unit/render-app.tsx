/** Renders the learner's app on fixture content at a given route, for component tests. */
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../src/app/app.tsx';
import { CourseContext } from '../../src/components/course-context.tsx';
import { fixtureSource } from '../fixtures/fixture-course.ts';
import { paths } from '../../src/config/paths.ts';

export function renderApp(route: string = paths.home) {
  return render(
    <CourseContext.Provider value={fixtureSource}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </CourseContext.Provider>,
  );
}
