/**
 * One group of the course map as a card (Start here, the reviews, the themes, Finish): its
 * progress in words with a ring beside it, then its lessons, each with its status as an icon
 * and a word, its time, and the topics of its content note.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Progress } from '../../course/progress.ts';
import type { LessonSummary } from '../../course/types.ts';
import { groupProgress, timeLeftText, type LessonGroup } from './lesson-groups.ts';
import { mapStatus, STATUS_LABEL } from './status-label.ts';
import { StatusIcon } from './status-icon.tsx';
import { ProgressRing } from './progress-ring.tsx';
import { AssessmentEntry } from './assessment-entry.tsx';
import { SkippedLine } from '../../components/skipped-lessons.tsx';
import { LookIcon } from '../../components/look-icon.tsx';

interface Props {
  group: LessonGroup;
  progress: Progress;
  assessment?: { passed: boolean; minutes?: number };
}

export function LessonGroupSection({ group, progress, assessment }: Props) {
  const p = groupProgress(group, progress, assessment);
  const headingId = `group-${group.id}`;
  const first = group.lessons[0]?.number;
  // A group that shares a look (the reviews) wears its colour along the card's top edge.
  const look = group.look ? ` look look-${group.look}` : '';
  return (
    <section aria-labelledby={headingId} className={`lesson-group${look}`} data-group={group.id}>
      <div className="group-head">
        {p.total > 0 && <ProgressRing done={p.done} total={p.total} />}
        <div>
          <h2 id={headingId}>
            <LookIcon look={group.look} />
            {group.title}
          </h2>
          {p.total > 0 && (
            <p className="group-progress-text">
              {p.done} of {p.total} done. {timeLeftText(p)}.
            </p>
          )}
        </div>
      </div>
      <ol className="lesson-list" start={first}>
        {group.lessons.map(({ lesson, number }) => (
          // A group that shares a look shows it once, on its heading; each theme shows its own.
          <LessonItem key={lesson.id} lesson={lesson} number={number} progress={progress} look={group.look ? undefined : lesson.look} />
        ))}
        {group.assessment && <AssessmentEntry />}
      </ol>
    </section>
  );
}

interface ItemProps {
  lesson: LessonSummary;
  number: number;
  progress: Progress;
  look?: string;
}

function LessonItem({ lesson, number, progress, look }: ItemProps) {
  const status = mapStatus(progress, lesson.id);
  return (
    <li className={`lesson-item status-${status}`} data-lesson={lesson.id}>
      <StatusIcon status={status} />
      <Link
        to={paths.lesson(lesson.id)}
        aria-describedby={lesson.contentNote ? `status-${lesson.id} topics-${lesson.id}` : `status-${lesson.id}`}
      >
        <LookIcon look={look} />
        {lesson.title}
      </Link>
      <span className="lesson-meta" id={`status-${lesson.id}`}>
        <span className="status">{STATUS_LABEL[status]}</span>
        <span>Lesson {number}</span>
        <span>{lesson.minutes} min</span>
        {lesson.optional && <span>Optional</span>}
      </span>
      {lesson.contentNote && (
        <p className="lesson-topics" id={`topics-${lesson.id}`}>
          Content note: {lesson.contentNote.topics.join(', ')}
        </p>
      )}
      <SkippedLine lesson={lesson} />
    </li>
  );
}
