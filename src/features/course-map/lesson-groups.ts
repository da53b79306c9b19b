/**
 * The course map's groups: Start here, the reviews, the themes, Finish. Display only:
 * lessons keep their ids and their course order (inside a group, and in numbering), and
 * a group is derived from each lesson's `kind`, so no content file names a group.
 */
import type { LessonKind, LessonSummary } from '../../course/types.ts';
import type { Progress } from '../../course/progress.ts';

export type GroupId = 'start' | 'reviews' | 'themes' | 'finish';

export interface LessonGroup {
  id: GroupId;
  title: string;
  /** The group's lessons in course order, each with its place in the whole course (1-based). */
  lessons: { lesson: LessonSummary; number: number }[];
  /** Finish also holds the final assessment. */
  assessment: boolean;
  /** The look (content/looks.yaml) every lesson of the group shares, as the reviews do; else none. */
  look?: string;
}

const GROUP_OF: Record<LessonKind, GroupId> = { intro: 'start', review: 'reviews', theme: 'themes', summary: 'finish' };
const ORDER: GroupId[] = ['start', 'reviews', 'themes', 'finish'];
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "The eight reviews", "The review": the count in words, as a reader says it. */
function counted(n: number, singular: string): string {
  if (n === 1) return `The ${singular}`;
  return `The ${NUMBER_WORDS[n] ?? String(n)} ${singular}s`;
}

function titleOf(id: GroupId, count: number): string {
  if (id === 'start') return 'Start here';
  if (id === 'reviews') return counted(count, 'review');
  if (id === 'themes') return counted(count, 'theme');
  return 'Finish';
}

/** The non-empty groups in their fixed order; Finish is kept for the assessment even with no summary lesson. */
export function groupLessons(lessons: LessonSummary[], hasAssessment: boolean): LessonGroup[] {
  const byGroup = new Map<GroupId, LessonGroup['lessons']>(ORDER.map((id) => [id, []]));
  lessons.forEach((lesson, i) => byGroup.get(GROUP_OF[lesson.kind])!.push({ lesson, number: i + 1 }));
  return ORDER.flatMap((id) => {
    const members = byGroup.get(id)!;
    const assessment = id === 'finish' && hasAssessment;
    if (members.length === 0 && !assessment) return [];
    const look = members[0]?.lesson.look;
    const shared = look !== undefined && members.every(({ lesson }) => lesson.look === look);
    return [{ id, title: titleOf(id, members.length), lessons: members, assessment, ...(shared ? { look } : {}) }];
  });
}

export interface GroupProgress {
  done: number;
  total: number;
  /** Minutes of what is left: the lessons not done, and the assessment when its time is known. */
  minutesLeft: number;
  /** The assessment is left but its time is not known (it is shown only once measured). */
  untimedAssessmentLeft: boolean;
}

/**
 * A group's progress over what it asks of the learner: its required lessons and, in
 * Finish, passing the assessment. Optional lessons count in neither.
 */
export function groupProgress(
  group: LessonGroup,
  progress: Progress,
  assessment: { passed: boolean; minutes?: number } | undefined,
): GroupProgress {
  const required = group.lessons.filter(({ lesson }) => !lesson.optional);
  const left = required.filter(({ lesson }) => !progress.lessons[lesson.id]?.done);
  let minutesLeft = left.reduce((sum, { lesson }) => sum + lesson.minutes, 0);
  let total = required.length;
  let done = required.length - left.length;
  let untimedAssessmentLeft = false;
  if (group.assessment && assessment) {
    total++;
    if (assessment.passed) done++;
    else if (assessment.minutes === undefined) untimedAssessmentLeft = true;
    else minutesLeft += assessment.minutes;
  }
  return { done, total, minutesLeft, untimedAssessmentLeft };
}

/** The words for a group's time left: "About 12 minutes left", "All done". */
export function timeLeftText({ done, total, minutesLeft, untimedAssessmentLeft }: GroupProgress): string {
  if (done === total) return 'All done';
  if (minutesLeft === 0) return untimedAssessmentLeft ? 'The assessment is left' : 'Less than a minute left';
  return `About ${minutes(minutesLeft)} left${untimedAssessmentLeft ? ', and the assessment' : ''}`;
}

export const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
