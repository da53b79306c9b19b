/**
 * What a certificate of completion may say, from the course and the learner's progress
 * (pure): whether it may be offered at all (the same rule as "Course complete" on the map,
 * src/lib/next-step.ts), the score, and the date the course was completed where the app
 * knows it: when the counted (passing) attempt ended, which is when a course whose
 * assessment comes after the lessons was completed. States saved before that time was kept
 * fall back on the last counted answer's time, which is lost once the LMS has the answers.
 */
import type { Progress } from '../course/progress.ts';
import type { CourseMeta } from '../course/types.ts';
import { nextStep } from './next-step.ts';

export type CertificateStanding = { offered: true; score?: number; completedAt?: number } | { offered: false; why: string };

export function certificateStanding(course: CourseMeta, progress: Progress): CertificateStanding {
  const step = nextStep(course, progress);
  switch (step.kind) {
    case 'complete': {
      const quiz = progress.quiz;
      const times = (quiz?.counted ?? []).flatMap((a) => (a.at === undefined ? [] : [a.at]));
      const ended = quiz?.countedAt ?? (times.length > 0 ? Math.max(...times) : undefined);
      // Only when the pass came after the lessons is its time the course's completion.
      const completedAt = course.assessmentAfterLessons ? ended : undefined;
      return { offered: true, ...(step.score !== undefined ? { score: step.score } : {}), ...(completedAt ? { completedAt } : {}) };
    }
    case 'start':
    case 'continue':
      return {
        offered: false,
        why: course.assessment
          ? 'The certificate is offered once you have finished every lesson and passed the final assessment.'
          : 'The certificate is offered once you have finished every lesson.',
      };
    case 'assessment':
      return { offered: false, why: 'The certificate is offered once you have passed the final assessment.' };
    case 'no-attempts-left':
      return {
        offered: false,
        why: 'The certificate is offered once you have passed the final assessment. You have used all your attempts: talk to your manager or learning team if you need another.',
      };
  }
}

/**
 * A name as it reads on a certificate. SCORM 1.2 gives `cmi.core.student_name` as
 * "Last, First" (and many LMSs do the same in 2004's `cmi.learner_name`): turned round.
 */
export function certificateName(raw: string | undefined): string | undefined {
  const name = raw?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
}

/** A date as a certificate gives it: "6 December 2026". */
export const certificateDate = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
