/** The assessment's pages, loaded as one chunk when the learner first opens them. */
import { Route, Routes } from 'react-router';
import { routes } from '../../config/paths.ts';
import { AssessmentResultsPage } from './assessment-results-page.tsx';
import { AssessmentRunPage } from './assessment-run-page.tsx';
import { AssessmentStartPage } from './assessment-start-page.tsx';
import './assessment.css';

export default function AssessmentRoutes() {
  return (
    <Routes>
      <Route index element={<AssessmentStartPage />} />
      <Route path={routes.assessmentRun} element={<AssessmentRunPage />} />
      <Route path={routes.assessmentResults} element={<AssessmentResultsPage />} />
    </Routes>
  );
}
