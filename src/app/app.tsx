/** The routes of the learner's app inside the shared layout. */
import { HashRouter, Route, Routes } from 'react-router';
import { CourseContext, type CourseSource } from '../components/course-context.tsx';
import { Layout } from '../components/layout.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { AccessibilityPage } from '../features/accessibility/accessibility-page.tsx';
import { CourseMapPage } from '../features/course-map/course-map-page.tsx';
import { LessonPage } from '../features/lesson/lesson-page.tsx';
import { SupportPage } from '../features/support/support-page.tsx';
import { ExitedPage } from '../features/course-map/exited-page.tsx';

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<CourseMapPage />} />
        <Route path="/lesson/:lessonId/:sectionId?" element={<LessonPage />} />
        <Route path="/support" element={<SupportPage />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/exited" element={<ExitedPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
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
