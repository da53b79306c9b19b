/**
 * The course map's cover: the title, where the learning comes from and what the course is;
 * then how long it takes and what the learner will be able to do (course.yaml's outcomes).
 * Its intro (title and lede) is also written into index.html at build, to be painted before
 * any script has run (tools/content-pipeline/static-cover.ts): a change to its markup here
 * must be made there too, which tests/e2e/static-cover.test.ts checks.
 */
import { PageHeading } from '../../components/page-heading.tsx';
import { useCourse } from '../../components/course-context.tsx';
import { splitTitle } from '../../lib/course-title.ts';
import { courseTimeText } from './course-time.ts';

export function CourseTitle({ title }: { title: string }) {
  const split = splitTitle(title);
  if (!split) return title;
  const { main, years } = split;
  // The heading's text stays the title as written (the window title, the LMS and every screen
  // reader say it so); on screen the years read as the source, "From reviews held in 2008-12",
  // the words coming from the stylesheet with empty alternative text.
  return (
    <>
      {main}{' '}
      <span className="title-source">
        <span className="visually-hidden">(</span>
        {years}
        <span className="visually-hidden">)</span>
      </span>
    </>
  );
}

export function MapCoverIntro() {
  const course = useCourse();
  return (
    <div className="cover-intro">
      <PageHeading title={course.title}>
        <CourseTitle title={course.title} />
      </PageHeading>
      <p className="cover-lede">{course.description}</p>
    </div>
  );
}

/** After the progress card on a phone, so the main button is on the first screen; beside it on a wide one. */
export function MapCoverAbout() {
  const course = useCourse();
  const { outcomes = [] } = course;
  return (
    <div className="cover-about">
      <p id="course-time" className="cover-time">
        {courseTimeText(course)} Take the lessons in any order and at your own pace.
      </p>
      {outcomes.length > 0 && (
        <section aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">What you will be able to do</h2>
          <ul className="cover-outcomes">
            {outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
