/** The accessibility statement required of UK public-sector bodies (PSBAR 2018). */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { commitment, whoToTell } from './statement-text.ts';

export function AccessibilityPage() {
  const course = useCourse();
  return (
    <>
      <PageHeading title="Accessibility statement" />
      <p>
        {commitment(course.organisation)} It is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should
        be able to:
      </p>
      <ul>
        <li>use every part of the course with a keyboard alone;</li>
        <li>use it with a screen reader: headings, landmarks and messages are announced;</li>
        <li>zoom to 200% or use a screen 320 pixels wide without text being cut off or scrolling sideways;</li>
        <li>take as long as you like: nothing in the course is timed;</li>
        <li>print any lesson.</li>
      </ul>
      <h2>How we test it</h2>
      <p>
        Every version is tested automatically in a real browser with the axe accessibility checker on every page, and a learner's whole
        journey through the course is tested using only the keyboard.
      </p>
      <h2>Content notes</h2>
      <p>
        Lessons about deaths, suicide, abuse or violence start with a content note. You can continue, skip the lesson for now, or go to{' '}
        <Link to={paths.support}>Support</Link>.
      </p>
      <h2>Problems and feedback</h2>
      <p>
        {whoToTell(course.organisation)} If you are not happy with the response, you can contact the Equality Advisory and Support Service
        (EASS).
      </p>
      <p>This statement was prepared for version {course.version} of the course.</p>
    </>
  );
}
