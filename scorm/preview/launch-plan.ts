/**
 * What the LMS hands the course at each launch, worked out from the stored attempt the way
 * an LMS does after LMSFinish/Terminate (the SCORM run-time rules for cmi.exit and cmi.entry):
 * - the last exit was "suspend": the same attempt resumes (entry "resume"), all data kept;
 * - any other exit: a new attempt (entry "ab-initio") without suspend_data, location or
 *   interactions. SCORM 1.2 has one lesson_status per learner, so status and score stay.
 *   SCORM 2004 starts a fresh data model, but this LMS keeps what the learner achieved:
 *   "completed" and "passed" (with its score) carry over, anything else returns to
 *   "unknown", so a finished learner is never shown as not started and a failed one
 *   can retake.
 * Launch settings (mode, credit, pass mark, learner) are applied on every launch.
 * Pure: the result goes to the API's loadFromJSON before Initialize, which skips blank
 * values, so "clearing" an element means leaving it out.
 */
import type { LmsOptions } from './lms-options.ts';
import type { AttemptRecord, CmiJson } from './lms-storage.ts';

export type Entry = 'ab-initio' | 'resume';

export interface LaunchPlan {
  attempt: number;
  entry: Entry;
  json: CmiJson;
}

type Obj = Record<string, unknown>;

const asObj = (value: unknown): Obj => (value && typeof value === 'object' ? (value as Obj) : {});
const copy = (value: unknown): Obj => structuredClone(asObj(value));

export const PREVIEW_LEARNER = { id: 'preview-learner', name12: 'Learner, Preview', name2004: 'Preview Learner' };

function plan12(record: AttemptRecord | null, options: LmsOptions): LaunchPlan {
  const cmi = copy(record?.cmi.cmi);
  const core = asObj(cmi.core);
  const resume = record !== null && core.exit === 'suspend';
  if (!resume) {
    delete cmi.suspend_data;
    delete cmi.interactions;
    delete core.lesson_location;
  }
  // exit and session_time belong to one session: the next one starts without them.
  delete core.exit;
  delete core.session_time;
  cmi.core = {
    ...core,
    student_id: PREVIEW_LEARNER.id,
    student_name: PREVIEW_LEARNER.name12,
    entry: resume ? 'resume' : 'ab-initio',
    credit: options.credit,
    lesson_mode: options.mode,
    // 1.2 has no attempts in its data model: total_time sums every session.
    total_time: record?.totalTime ?? '',
  };
  cmi.student_data = { ...asObj(cmi.student_data), mastery_score: options.masteryScore };
  return { attempt: attemptNumber(record, resume), entry: resume ? 'resume' : 'ab-initio', json: { cmi } };
}

function plan2004(record: AttemptRecord | null, options: LmsOptions): LaunchPlan {
  const last = copy(record?.cmi.cmi);
  const resume = record !== null && last.exit === 'suspend';
  const cmi: Obj = resume ? last : {};
  if (!resume && record) {
    // Learner-level data survives a new attempt.
    cmi.learner_preference = last.learner_preference;
    cmi.comments_from_lms = last.comments_from_lms;
    if (last.completion_status === 'completed') cmi.completion_status = 'completed';
    if (last.success_status === 'passed') {
      cmi.success_status = 'passed';
      cmi.score = last.score;
    }
  }
  delete cmi.exit;
  delete cmi.session_time;
  Object.assign(cmi, {
    learner_id: PREVIEW_LEARNER.id,
    learner_name: PREVIEW_LEARNER.name2004,
    entry: resume ? 'resume' : 'ab-initio',
    credit: options.credit,
    mode: options.mode,
    scaled_passing_score: options.passingScore,
    // 2004 total_time sums the sessions of the current attempt: a new attempt starts from zero.
    total_time: resume ? record.totalTime : '',
  });
  return { attempt: attemptNumber(record, resume), entry: resume ? 'resume' : 'ab-initio', json: { cmi } };
}

const attemptNumber = (record: AttemptRecord | null, resume: boolean) =>
  record === null ? 1 : resume ? record.attempt : record.attempt + 1;

export function planLaunch(record: AttemptRecord | null, options: LmsOptions): LaunchPlan {
  return options.version === 'scorm12' ? plan12(record, options) : plan2004(record, options);
}
