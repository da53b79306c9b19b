/** After "Exit course": the LMS session is closed; nothing more is sent. */
import { useLocation } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';

export function ExitedPage() {
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved !== false;
  return (
    <>
      <PageHeading title="You have left the course" />
      {saved ? (
        <p>Your progress has been saved. You can close this window, or your learning system may close it for you.</p>
      ) : (
        <p role="alert">
          Your learning system did not confirm that it saved your latest progress. A copy is kept on this device and
          will be sent the next time you open the course here. If this keeps happening, tell your learning team.
        </p>
      )}
      <p>To carry on later, open the course again from your learning system: it will take you back to where you were.</p>
    </>
  );
}
