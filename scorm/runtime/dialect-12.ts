/** SCORM 1.2 specifics: one lesson_status, 0-100 scores, write-only interactions (only _count reads back). */
import type { Outcome } from '../../src/course/outcome.ts';
import { passMarkFromPercent } from '../../src/lib/pass-mark.ts';
import { heldScore, interactionCount, real, setAll, type Dialect, type Launch } from './dialect.ts';
import { wrap12, type Api12, type LmsApi } from './lms-api.ts';
import { timeOfDay12, timespan12 } from './scorm-time.ts';

function statusFrom12(status: string): Outcome {
  switch (status) {
    case 'passed':
      return { completion: 'completed', success: 'passed' };
    case 'failed':
      return { completion: 'completed', success: 'failed' };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    default:
      return { completion: 'incomplete', success: 'unknown' };
  }
}

/** The single 1.2 status for an outcome: pass/fail says done, else completion. */
function status12(outcome: Outcome): string {
  if (outcome.success !== 'unknown') return outcome.success;
  return outcome.completion;
}

export const dialect12: Dialect = {
  kind: 'scorm12',
  apiName: 'API',
  wrap: (api, win) => wrap12(api as Api12, win),
  limits: { location: 255, suspendData: 4096 },

  read(api: LmsApi): Launch {
    const status = api.get('cmi.core.lesson_status');
    const mastery = Number.parseFloat(api.get('cmi.student_data.mastery_score') ?? '');
    const mode = api.get('cmi.core.lesson_mode');
    return {
      entry: api.get('cmi.core.entry') ?? '',
      credit: api.get('cmi.core.credit') === 'no-credit' ? 'no-credit' : 'credit',
      mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
      location: api.get('cmi.core.lesson_location') ?? '',
      suspendData: api.get('cmi.suspend_data'),
      learnerId: api.get('cmi.core.student_id') ?? '',
      learnerName: api.get('cmi.core.student_name'),
      passMark: passMarkFromPercent(mastery),
      status: status === undefined ? undefined : { ...statusFrom12(status), score: heldScore(api.get('cmi.core.score.raw')) },
      statusEmpty: status === '' || status === 'not attempted',
      interactions: interactionCount(api),
    };
  },

  begin(api, firstLaunch) {
    return setAll(api, [
      ['cmi.core.lesson_status', firstLaunch ? 'incomplete' : undefined],
      ['cmi.core.exit', 'suspend'],
    ]);
  },

  writeProgress(api, p) {
    return setAll(api, [
      ['cmi.core.lesson_location', p.location],
      ['cmi.suspend_data', p.suspendData],
    ]);
  },

  writeOutcome(api, outcome, held) {
    const current = status12(held);
    const wanted = status12(outcome);
    // Passed is final, and incomplete never overwrites a finished status.
    const forward = !(current === 'passed' || wanted === current || (wanted === 'incomplete' && current !== 'incomplete'));
    // Retries after a pass are practice: their scores are not reported.
    const score = outcome.score !== undefined && current !== 'passed' ? real(outcome.score) : undefined;
    return setAll(api, [
      ['cmi.core.score.min', score && '0'],
      ['cmi.core.score.max', score && '100'],
      ['cmi.core.score.raw', score],
      ['cmi.core.lesson_status', forward ? wanted : undefined],
    ]);
  },

  // 1.2 interactions are write-only: only their number can be read back.
  sentInteractionIds: () => [],

  writeInteraction(api, n, item) {
    const base = `cmi.interactions.${n}`;
    return setAll(api, [
      [`${base}.id`, item.id],
      [`${base}.type`, item.type],
      [`${base}.time`, timeOfDay12(item.time)],
      [`${base}.weighting`, real(item.weighting)],
      [`${base}.student_response`, item.response.join(',')],
      // An unscored likert answer has no correct response.
      [`${base}.correct_responses.0.pattern`, item.correct.length ? item.correct.join(',') : undefined],
      [`${base}.result`, item.result],
      [`${base}.latency`, timespan12(item.latencyMs)],
    ]);
  },

  sessionTime: (api, ms) => api.set('cmi.core.session_time', timespan12(ms)),

  end: (api) => api.set('cmi.core.exit', 'suspend'),
};
