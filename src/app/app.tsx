/** The routes of the learner's app inside the shared layout. */
import { lazy, Suspense, type ReactNode } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { CourseContext, type CourseSource } from '../components/course-context.tsx';
import { Layout } from '../components/layout.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { RouteErrorBoundary, type BackTo } from '../components/route-error-boundary.tsx';
import { routes } from '../config/paths.ts';
import { LessonPage } from '../features/lesson/lesson-page.tsx';

// Kept out of the first load of a lesson. The course map is a chunk of its own too, with its
// stylesheet: a learner opening it waits for one more small file, and a lesson opened from an
// LMS or a link loads nothing of the map.
const CourseMapPage = lazy(() => import('../features/course-map/course-map-page.tsx').then((m) => ({ default: m.CourseMapPage })));
const AssessmentRoutes = lazy(() => import('../features/assessment/assessment-routes.tsx'));
const SupportPage = lazy(() => import('../features/support/support-page.tsx').then((m) => ({ default: m.SupportPage })));
const AccessibilityPage = lazy(() =>
  import('../features/accessibility/accessibility-page.tsx').then((m) => ({ default: m.AccessibilityPage })),
);
const PresentationPage = lazy(() =>
  import('../features/presentation/presentation-page.tsx').then((m) => ({ default: m.PresentationPage })),
);
const FacilitatorPage = lazy(() => import('../features/presentation/facilitator-page.tsx').then((m) => ({ default: m.FacilitatorPage })));
const HandoutPage = lazy(() => import('../features/presentation/handout-page.tsx').then((m) => ({ default: m.HandoutPage })));
const GroupScenarioPage = lazy(() =>
  import('../features/presentation/group-scenario-page.tsx').then((m) => ({ default: m.GroupScenarioPage })),
);
const EvaluationPage = lazy(() => import('../features/evaluation/evaluation-page.tsx').then((m) => ({ default: m.EvaluationPage })));
const CertificatePage = lazy(() => import('../features/certificate/certificate-page.tsx').then((m) => ({ default: m.CertificatePage })));
const RecordPage = lazy(() => import('../features/record/record-page.tsx').then((m) => ({ default: m.RecordPage })));
const ExitedPage = lazy(() => import('../features/course-map/exited-page.tsx').then((m) => ({ default: m.ExitedPage })));

/**
 * Every route inside its own error boundary: a page that throws (or a lazy chunk that fails
 * to load) shows a way back instead of a white screen. Presentation pages lead back to the
 * chooser of decks, the rest to the course map.
 */
const guarded = (page: ReactNode, back?: BackTo) => <RouteErrorBoundary back={back}>{page}</RouteErrorBoundary>;

export function AppRoutes() {
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Routes>
          <Route path={routes.home} element={guarded(<CourseMapPage />)} />
          <Route path={routes.lesson} element={guarded(<LessonPage />)} />
          <Route path={routes.support} element={guarded(<SupportPage />)} />
          <Route path={routes.accessibility} element={guarded(<AccessibilityPage />)} />
          <Route path={routes.exited} element={guarded(<ExitedPage />)} />
          <Route path={routes.certificate} element={guarded(<CertificatePage />)} />
          <Route path={routes.record} element={guarded(<RecordPage />)} />
          <Route path={routes.assessment} element={guarded(<AssessmentRoutes />)} />
          <Route path={routes.evaluation} element={guarded(<EvaluationPage />)} />
          <Route path={routes.present} element={guarded(<PresentationPage />, 'chooser')} />
          <Route path={routes.sevenMinute} element={guarded(<PresentationPage briefing />, 'chooser')} />
          <Route path={routes.facilitator} element={guarded(<FacilitatorPage />, 'chooser')} />
          <Route path={routes.handout} element={guarded(<HandoutPage />, 'chooser')} />
          <Route path={routes.group} element={guarded(<GroupScenarioPage />, 'chooser')} />
          <Route path="*" element={guarded(<NotFoundPage />)} />
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
