/**
 * The lesson's sticky header: "Lesson 5 of 16 · Part 2 of 4" with a bar, and on a phone the
 * button that opens the lesson's parts in a drawer (lazy, with the sidebar). Sticky only on
 * screens at least 560 px tall (styles.css); sticky-padding.ts keeps focus out from under it.
 */
import { lazy, Suspense } from 'react';
import type { Lesson } from '../../course/types.ts';
import { useCourse } from '../../components/course-context.tsx';
import { lessonPosition, lessonText, partText } from '../../lib/lesson-position.ts';
import { useStickyPadding } from './sticky-padding.ts';
import { WhenIdle } from './when-idle.tsx';

const LessonDrawer = lazy(() => import('./lesson-outline.tsx').then((m) => ({ default: m.LessonDrawer })));

export function LessonPosition({ lesson, sectionId }: { lesson: Lesson; sectionId: string }) {
  const course = useCourse();
  useStickyPadding();
  const p = lessonPosition(course.lessons, lesson.id, sectionId);
  if (!p) return null;
  return (
    <div className="lesson-position">
      <div className="lesson-position-row">
        <p className="lesson-position-text">
          {lessonText(p)} · <span className="section-count">{partText(p)}</span>
        </p>
        <WhenIdle>
          <Suspense fallback={null}>
            <LessonDrawer lesson={lesson} sectionId={sectionId} />
          </Suspense>
        </WhenIdle>
      </div>
      {/* The words say it all; the bar is only a picture of them. */}
      <progress className="lesson-position-bar" max={p.parts} value={p.part} aria-hidden="true" />
    </div>
  );
}
