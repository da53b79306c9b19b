/**
 * Every route of the app in one place: the links the app builds (`paths`), the patterns
 * the router matches (`routes`), the hash a window or a test opens (`hashOf`), and which
 * routes are briefing routes that never start tracking. Hash routing: the LMS serves
 * index.html from a path we do not control, so only the part after # is ours.
 */
export const paths = {
  home: '/',
  lesson: (lessonId: string, sectionId?: string) => `/lesson/${lessonId}${sectionId ? `/${sectionId}` : ''}`,
  support: '/support',
  accessibility: '/accessibility',
  exited: '/exited',
  certificate: '/certificate',
  record: '/record',
  assessment: '/assessment',
  assessmentRun: '/assessment/run',
  assessmentResults: '/assessment/results',
  evaluation: '/evaluation',
  briefing: '/present',
  facilitator: '/facilitator',
  handout: '/handout',
  sevenMinute: (lessonId: string) => `/present/briefing/${lessonId}`,
  group: (scenarioId?: string) => `/group${scenarioId ? `/${scenarioId}` : ''}`,
  present: (lessonIds: string[]) => `/present/${lessonIds.join(',')}`,
} as const;

/** The router's patterns for the paths above (tests/unit/paths.test.ts keeps them matched). */
export const routes = {
  home: paths.home,
  lesson: '/lesson/:lessonId/:sectionId?',
  support: paths.support,
  accessibility: paths.accessibility,
  exited: paths.exited,
  certificate: paths.certificate,
  record: paths.record,
  assessment: `${paths.assessment}/*`,
  /** Relative, inside `assessment`. */
  assessmentRun: 'run',
  assessmentResults: 'results',
  evaluation: paths.evaluation,
  present: `${paths.briefing}/:lessonIds?`,
  sevenMinute: `${paths.briefing}/briefing/:lessonIds`,
  facilitator: paths.facilitator,
  handout: paths.handout,
  group: '/group/:scenarioId?',
} as const;

/** The URL hash for a path, for window.open and for links from outside the router. */
export const hashOf = (path: string) => `#${path}`;

/** Briefing pages (presentation, facilitator, group scenarios, handout) never start tracking. */
const BRIEFING_ROOTS = [paths.briefing, paths.facilitator, paths.group(), paths.handout];

export function isBriefingHash(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0];
  return BRIEFING_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));
}
