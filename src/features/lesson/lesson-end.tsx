/**
 * The last button of a lesson: the final assessment once nothing else is left (so the
 * Summary leads on to it), else the next lesson, else the course map. The rule is
 * src/lib/next-step.ts, the same one behind the map's main button.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { afterLesson } from '../../lib/next-step.ts';
import { useStore } from '../../state/store.ts';

export function LessonEnd({ lessonId }: { lessonId: string }) {
  const course = useCourse();
  const progress = useStore((s) => s.progress);
  const next = afterLesson(course, progress, lessonId);
  if (next.kind === 'assessment') {
    return (
      <Link className="button primary" to={paths.assessment}>
        Take the final assessment
      </Link>
    );
  }
  if (next.kind === 'lesson') {
    const title = course.lessons.find((l) => l.id === next.lesson)?.title;
    return (
      <Link className="button primary" to={paths.lesson(next.lesson)}>
        Next lesson: {title}
      </Link>
    );
  }
  return (
    <Link className="button primary" to={paths.home}>
      Back to the course map
    </Link>
  );
}
