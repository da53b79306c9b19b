/**
 * The frame of every screen: a skip link, the organisation's logo where settings.json
 * sets one, the course title, Support always in the same
 * place (WCAG 3.2.6), the notices, and the accessibility statement in the footer.
 */
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../config/paths.ts';
import { useCourse, useCourseSource } from './course-context.tsx';
import { Notices } from './notices.tsx';
import { RouteFocusProvider } from './route-focus.tsx';
import { useStore } from '../state/store.ts';

const EXITED_NOTICE =
  'You have left the course, so nothing more is recorded in your learning system. Open the course again from your learning system to carry on.';

export function Layout({ children }: { children: ReactNode }) {
  const course = useCourse();
  const { exitCourse } = useCourseSource();
  const navigate = useNavigate();
  return (
    <RouteFocusProvider>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        {/* src, alt, width and height, as checked when settings.json was read. */}
        {course.logo && <img className="site-logo" {...course.logo} />}
        <Link to={paths.home} className="site-title">
          {course.title}
        </Link>
        <nav aria-label="Course">
          <ul>
            <li>
              <Link to={paths.home}>Course map</Link>
            </li>
            <li>
              <Link to={paths.record}>My record</Link>
            </li>
            <li>
              <Link to={paths.support} className="support-link">
                Support
              </Link>
            </li>
            {exitCourse && (
              <li>
                <button
                  type="button"
                  className="exit-button"
                  onClick={() => {
                    const result = exitCourse();
                    // Anything done after this stays in this window only: say so wherever the learner goes.
                    useStore.getState().addNotice({ id: 'exited', message: EXITED_NOTICE, persistent: true });
                    navigate(paths.exited, { state: result });
                  }}
                >
                  Exit course
                </button>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <Link to={paths.accessibility}>Accessibility statement</Link>
      </footer>
    </RouteFocusProvider>
  );
}

/** A plain #main would be read as a route by the hash router: move focus ourselves. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
