/**
 * The certificate itself: one A4 landscape page in print (certificate.css), black on white
 * so it reads the same in greyscale. Everything it says is passed in: the page decides.
 */
import type { ReactNode } from 'react';
import type { Logo } from '../../course/types.ts';

export interface CertificateProps {
  /** Blank leaves a line to write the name on. */
  name?: string;
  courseTitle: string;
  courseVersion: string;
  /** "6 December 2026"; `dateLabel` says whether it is the completion date or the date issued. */
  date: string;
  dateLabel: 'Completed on' | 'Date issued';
  score?: number;
  passMark?: number;
  /** Time spent on the course, in words: the course's estimate, since no clock runs (src/lib/cpd-record.ts). */
  timeSpent?: string;
  organisation?: string;
  /** The organisation's logo, from settings.json (a file beside index.html). */
  logo?: Logo;
  /** True without a learning system behind the course (the web edition). */
  selfDeclared: boolean;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CertificateView(p: CertificateProps) {
  return (
    <section className="certificate" aria-labelledby="certificate-title">
      {p.logo && <img className="certificate-logo" {...p.logo} />}
      <h2 id="certificate-title" className="certificate-title">
        Certificate of completion
      </h2>
      <p className="certificate-line">This is to certify that</p>
      <p className="certificate-name">
        {p.name ? (
          p.name
        ) : (
          <span className="certificate-blank">
            <span className="visually-hidden">Name not given</span>
          </span>
        )}
      </p>
      <p className="certificate-line">has completed the course</p>
      <p className="certificate-course">{p.courseTitle}</p>
      <dl className="certificate-facts">
        <Fact label="Course version">{p.courseVersion}</Fact>
        <Fact label={p.dateLabel}>{p.date}</Fact>
        {p.score !== undefined && (
          <Fact label="Final assessment">
            {p.score}%{p.passMark !== undefined ? ` (pass mark ${p.passMark}%)` : ''}
          </Fact>
        )}
        {p.timeSpent && <Fact label="Time spent">{p.timeSpent}</Fact>}
        {p.organisation && <Fact label="Organisation">{p.organisation}</Fact>}
      </dl>
      <p className="certificate-basis">
        {p.selfDeclared
          ? 'Self-declared, not verified by a learning system.'
          : "Completion was reported to the organisation's learning system (LMS), which keeps the record."}
      </p>
    </section>
  );
}
