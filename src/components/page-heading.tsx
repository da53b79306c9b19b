/**
 * The h1 of every screen. It names the page in the window title and takes focus after
 * each navigation (see route-focus.tsx).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useCourse } from './course-context.tsx';
import { useFocusOnNavigation } from './route-focus.tsx';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const course = useCourse();
  useFocusOnNavigation(ref, title);
  useEffect(() => {
    document.title = title === course.title ? course.title : `${title} - ${course.title}`;
  }, [title, course.title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
