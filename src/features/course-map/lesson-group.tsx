/**
 * One group of the course map (Start here, the reviews, the themes, Finish): its progress
 * in words with a bar beside it, then its lessons, each with the topics of its content note.
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { lessonStatus } from '../../lib/progress-rules.ts';
import type { Progress } from '../../course/progress.ts';
import type { LessonSummary } from '../../course/types.ts';
import { groupProgress, timeLeftText, type LessonGroup } from './lesson-groups.ts';
import { STATUS_LABEL } from './status-label.ts';
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
  return (
    <section aria-labelledby={headingId} className="lesson-group" data-group={group.id}>
      <h2 id={headingId}>
        <LookIcon look={group.look} />
        {group.title}
      </h2>
      {p.total > 0 && (
        <div className="group-progress">
          <p className="group-progress-text">
            {p.done} of {p.total} done. {timeLeftText(p)}.
          </p>
          {/* The words above say it all; the bar is only a picture of them. */}
          <progress className="group-bar" max={p.total} value={p.done} aria-hidden="true" />
        </div>
      )}
      <ol className="lesson-list" start={first}>
        {group.lessons.map(({ lesson }) => (
          // A group that shares a look shows it once, on its heading; each theme shows its own.
          <LessonItem key={lesson.id} lesson={lesson} progress={progress} look={group.look ? undefined : lesson.look} />
        ))}
        {group.assessment && <AssessmentEntry />}
      </ol>
    </section>
  );
}

function LessonItem({ lesson, progress, look }: { lesson: LessonSummary; progress: Progress; look?: string }) {
  const status = lessonStatus(progress.lessons[lesson.id]);
  return (
    <li className={`lesson-item status-${status}`} data-lesson={lesson.id}>
      <LookIcon look={look} />
      <Link
        to={paths.lesson(lesson.id)}
        aria-describedby={lesson.contentNote ? `status-${lesson.id} topics-${lesson.id}` : `status-${lesson.id}`}
      >
        {lesson.title}
      </Link>
      <span className="lesson-meta" id={`status-${lesson.id}`}>
        <span className="status">{STATUS_LABEL[status]}</span>
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
