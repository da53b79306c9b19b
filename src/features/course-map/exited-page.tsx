/** After "Exit course": the LMS session is closed; nothing more is sent. */
import { PageHeading } from '../../components/page-heading.tsx';

export function ExitedPage() {
  return (
    <>
      <PageHeading title="You have left the course" />
      <p>Your progress has been saved. You can close this window, or your learning system may close it for you.</p>
      <p>To carry on later, open the course again from your learning system: it will take you back to where you were.</p>
    </>
  );
}
