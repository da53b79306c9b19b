/**
 * The certificate of completion, on its own route. Offered only once the course is
 * complete (the map's rule); before that the page says why and leads back. The name comes
 * from the LMS where it gives one; otherwise the learner types it, and it stays in this
 * page's state: never saved, never sent.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { certificateDate, certificateName, certificateStanding } from '../../lib/certificate-facts.ts';
import { organisationName } from '../../lib/organisation.ts';
import { studyMinutes } from '../../lib/cpd-record.ts';
import { useStore } from '../../state/store.ts';
import { CertificateView } from './certificate-view.tsx';
import './certificate.css';

export function CertificatePage() {
  const course = useCourse();
  const { lmsBacked = false, learnerName } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const standing = certificateStanding(course, progress);
  const lmsName = certificateName(learnerName?.());
  const [typed, setTyped] = useState('');
  const nameId = useId();
  // The page's first render fixes the date issued, so it does not change while it is open.
  const [issued] = useState(() => Date.now());

  if (!standing.offered) {
    return (
      <>
        <PageHeading title="Certificate of completion" />
        <p id="certificate-why">{standing.why}</p>
        <p>
          <Link className="button primary" to={paths.home}>
            Back to the course map
          </Link>
        </p>
      </>
    );
  }

  const name = lmsName ?? certificateName(typed);
  return (
    <>
      <PageHeading title="Certificate of completion" />
      <div className="no-print certificate-intro">
        {lmsName ? (
          <p>Your name is shown as your learning system (LMS) gives it.</p>
        ) : (
          <p>
            <label htmlFor={nameId}>Your name, as it should appear on the certificate</label>
            <span className="hint" id={`${nameId}-hint`}>
              Kept on this page only: it is not saved or sent anywhere.
            </span>
            <input
              id={nameId}
              type="text"
              autoComplete="name"
              aria-describedby={`${nameId}-hint`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </p>
        )}
        <p>Print it, or choose &ldquo;Save as PDF&rdquo; in the print dialogue: it fits one A4 page, landscape.</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <Link className="button" to={paths.home}>
            Back to the course map
          </Link>
        </div>
      </div>
      <CertificateView
        name={name}
        courseTitle={course.title}
        courseVersion={course.version}
        date={certificateDate(standing.completedAt ?? issued)}
        dateLabel={standing.completedAt ? 'Completed on' : 'Date issued'}
        score={standing.score}
        passMark={standing.score !== undefined ? course.passMark : undefined}
        timeSpent={`About ${studyMinutes(course, progress)} minutes (the course’s estimate)`}
        organisation={organisationName(course.organisation)}
        logo={course.logo}
        selfDeclared={!lmsBacked}
      />
    </>
  );
}
