/**
 * The h1 of every screen. It names the page in the window title and takes focus after
 * each navigation, so screen-reader and keyboard users start at the new content (not on
 * the first load, where the browser's own start is expected).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useCourse } from './course-context.tsx';

let firstPageShown = false;

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const course = useCourse();
  useEffect(() => {
    document.title = title === course.title ? course.title : `${title} - ${course.title}`;
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, [title, course.title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
