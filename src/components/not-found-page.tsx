/** A link to a lesson that no longer exists (an old bookmark after an update). */
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageHeading } from './page-heading.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>This page is not part of the course, or it has moved in an update. Your progress is safe.</p>
      <p>
        <Link to={paths.home}>Go to the course map</Link>
      </p>
    </>
  );
}
