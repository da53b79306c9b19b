/**
 * The lesson's parts as links, each with its state in words (done, you are here, not
 * started), for the sidebar and the drawer. The current part is marked aria-current.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Lesson } from '../../course/types.ts';
import { PART_STATE_LABEL, partStates } from '../../lib/lesson-position.ts';
import { useStore } from '../../state/store.ts';

export function LessonParts({ lesson, sectionId, onFollow }: { lesson: Lesson; sectionId: string; onFollow?: () => void }) {
  const progress = useStore((s) => s.progress.lessons[lesson.id]);
  const states = partStates(lesson.sections, progress, sectionId);
  return (
    <ol className="lesson-parts">
      {lesson.sections.map((section, i) => (
        <li key={section.id} className={`part-${states[i]}`}>
          <Link to={paths.lesson(lesson.id, section.id)} aria-current={states[i] === 'current' ? 'step' : undefined} onClick={onFollow}>
            {section.title}
          </Link>
          <span className="part-state">{PART_STATE_LABEL[states[i]]}</span>
        </li>
      ))}
    </ol>
  );
}
