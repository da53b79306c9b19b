/**
 * After "Exit course": the LMS session is closed; nothing more is sent. The page claims no
 * more than is true: an LMS's "saved" is its word, which the next launch checks, and a
 * copy on this device is mentioned only when the browser really kept one.
 */
import { useLocation } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import type { ExitResult } from '../../tracking/tracker.ts';

export function ExitedPage() {
  const result = useLocation().state as Partial<ExitResult> | null;
  const saved = result?.saved === true;
  const kept = result?.kept !== false;
  return (
    <>
      <PageHeading title="You have left the course" />
      {saved ? (
        <p>
          Your learning system said it received your progress. The next time you open the course, it checks that everything arrived and
          sends anything that did not. You can close this window, or your learning system may close it for you.
        </p>
      ) : kept ? (
        <p role="alert">
          Your learning system did not confirm that it saved your latest progress. A copy is kept on this device and will be sent the next
          time you open the course here. If this keeps happening, tell your learning team.
        </p>
      ) : (
        <p role="alert">
          Your learning system did not confirm that it saved your latest progress, and this browser did not let the course keep a copy on
          this device, so your latest progress may be lost. Please tell your learning team.
        </p>
      )}
      <p>To carry on later, open the course again from your learning system: it will take you back to where you were.</p>
    </>
  );
}
