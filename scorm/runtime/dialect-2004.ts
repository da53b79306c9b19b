/**
 * SCORM 2004 4th edition specifics: separate completion and success,
 * scaled scores, readable interactions with a description, and a navigation request so
 * LMSs that wait for one close the course on Exit.
 */
import { passMarkFromScaled } from '../../src/lib/pass-mark.ts';
import { forwardCompletion, forwardSuccess, heldScore, interactionCount, real, setAll, type Dialect, type Launch } from './dialect.ts';
import { wrap2004, type Api2004, type LmsApi } from './lms-api.ts';
import { duration2004, timestamp2004 } from './scorm-time.ts';

/** 2004 response lists are joined with [,]. */
const list = (items: string[]) => items.join('[,]');

export const dialect2004: Dialect = {
  kind: 'scorm2004',
  apiName: 'API_1484_11',
  wrap: (api, win) => wrap2004(api as Api2004, win),
  limits: { location: 1000, suspendData: 64000 },

  read(api: LmsApi): Launch {
    const completion = api.get('cmi.completion_status');
    const success = api.get('cmi.success_status');
    const passing = Number.parseFloat(api.get('cmi.scaled_passing_score') ?? '');
    const mode = api.get('cmi.mode');
    return {
      entry: api.get('cmi.entry') ?? '',
      credit: api.get('cmi.credit') === 'no-credit' ? 'no-credit' : 'credit',
      mode: mode === 'review' || mode === 'browse' ? mode : 'normal',
      location: api.get('cmi.location') ?? '',
      suspendData: api.get('cmi.suspend_data'),
      learnerId: api.get('cmi.learner_id') ?? '',
      learnerName: api.get('cmi.learner_name'),
      // The LMS passes a learner at scaled >= passing: round up, so 0.752 means 76, not 75.
      passMark: passMarkFromScaled(passing),
      status:
        completion === undefined || success === undefined
          ? undefined
          : {
              completion: completion === 'completed' ? 'completed' : 'incomplete',
              success: success === 'passed' || success === 'failed' ? success : 'unknown',
              score: heldScore(api.get('cmi.score.raw')),
            },
      statusEmpty: completion === '' || completion === 'not attempted' || completion === 'unknown',
      interactions: interactionCount(api),
    };
  },

  begin(api, firstLaunch) {
    return setAll(api, [
      ['cmi.completion_status', firstLaunch ? 'incomplete' : undefined],
      // Kept after completion too, so a relaunch shows the finished course (a relaunch resumes, never restarts).
      ['cmi.exit', 'suspend'],
    ]);
  },

  writeProgress(api, p) {
    return setAll(api, [
      ['cmi.location', p.location],
      ['cmi.suspend_data', p.suspendData],
      ['cmi.progress_measure', real(p.progressMeasure)],
    ]);
  },

  writeOutcome(api, outcome, held) {
    const score = outcome.score !== undefined && held.success !== 'passed' ? outcome.score : undefined;
    return setAll(api, [
      ['cmi.score.min', score === undefined ? undefined : '0'],
      ['cmi.score.max', score === undefined ? undefined : '100'],
      ['cmi.score.raw', score === undefined ? undefined : real(score)],
      // An LMS with a passing score ignores success_status unless scaled is set.
      ['cmi.score.scaled', score === undefined ? undefined : real(score / 100)],
      ['cmi.completion_status', forwardCompletion(held.completion, outcome.completion)],
      ['cmi.success_status', forwardSuccess(held.success, outcome.success)],
    ]);
  },

  sentInteractionIds(api, count) {
    return Array.from({ length: count ?? 0 }, (_, n) => api.get(`cmi.interactions.${n}.id`) ?? '').filter(Boolean);
  },

  writeInteraction(api, n, item) {
    const base = `cmi.interactions.${n}`;
    // Order matters in 2004: id, then type, then the responses (408 otherwise).
    return setAll(api, [
      [`${base}.id`, item.id],
      [`${base}.type`, item.type],
      [`${base}.timestamp`, timestamp2004(item.time)],
      [`${base}.weighting`, real(item.weighting)],
      [`${base}.learner_response`, list(item.response)],
      // An unscored likert answer has no correct response.
      [`${base}.correct_responses.0.pattern`, item.correct.length ? list(item.correct) : undefined],
      [`${base}.result`, item.result === 'wrong' ? 'incorrect' : item.result],
      [`${base}.latency`, duration2004(item.latencyMs)],
      [`${base}.description`, item.description.slice(0, 250)],
    ]);
  },

  sessionTime: (api, ms) => api.set('cmi.session_time', duration2004(ms)),

  end(api, p) {
    return setAll(api, [
      ['cmi.exit', 'suspend'],
      // Exit keeps the place: suspendAll asks the LMS to close the course and resume later.
      ['adl.nav.request', p.exitButton ? 'suspendAll' : undefined],
    ]);
  },
};
