/** The routes of the learner's app inside the shared layout. */
import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { CourseContext, type CourseSource } from '../components/course-context.tsx';
import { Layout } from '../components/layout.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { routes } from '../config/paths.ts';
import { CourseMapPage } from '../features/course-map/course-map-page.tsx';
import { LessonPage } from '../features/lesson/lesson-page.tsx';


// Kept out of the first load, which is the course map or a lesson.
const AssessmentRoutes = lazy(() => import('../features/assessment/assessment-routes.tsx'));
const SupportPage = lazy(() => import('../features/support/support-page.tsx').then((m) => ({ default: m.SupportPage })));
const AccessibilityPage = lazy(() =>
  import('../features/accessibility/accessibility-page.tsx').then((m) => ({ default: m.AccessibilityPage })),
);
const PresentationPage = lazy(() =>
  import('../features/presentation/presentation-page.tsx').then((m) => ({ default: m.PresentationPage })),
);
const FacilitatorPage = lazy(() =>
  import('../features/presentation/facilitator-page.tsx').then((m) => ({ default: m.FacilitatorPage })),
);
const HandoutPage = lazy(() => import('../features/presentation/handout-page.tsx').then((m) => ({ default: m.HandoutPage })));
const GroupScenarioPage = lazy(() =>
  import('../features/presentation/group-scenario-page.tsx').then((m) => ({ default: m.GroupScenarioPage })),
);
const ExitedPage = lazy(() => import('../features/course-map/exited-page.tsx').then((m) => ({ default: m.ExitedPage })));

export function AppRoutes() {
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Routes>
          <Route path={routes.home} element={<CourseMapPage />} />
          <Route path={routes.lesson} element={<LessonPage />} />
          <Route path={routes.support} element={<SupportPage />} />
          <Route path={routes.accessibility} element={<AccessibilityPage />} />
          <Route path={routes.exited} element={<ExitedPage />} />
          <Route path={routes.assessment} element={<AssessmentRoutes />} />
          <Route path={routes.present} element={<PresentationPage />} />
          <Route path={routes.sevenMinute} element={<PresentationPage briefing />} />
          <Route path={routes.facilitator} element={<FacilitatorPage />} />
          <Route path={routes.handout} element={<HandoutPage />} />
          <Route path={routes.group} element={<GroupScenarioPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

export function App({ source }: { source: CourseSource }) {
  return (
    <CourseContext.Provider value={source}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </CourseContext.Provider>
  );
}
