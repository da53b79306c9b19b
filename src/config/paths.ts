/**
 * Every route of the app in one place. Hash routing: the LMS serves index.html from a
 * path we do not control, so only the part after # is ours.
 */
export const paths = {
  home: '/',
  lesson: (lessonId: string, sectionId?: string) => `/lesson/${lessonId}${sectionId ? `/${sectionId}` : ''}`,
  support: '/support',
  accessibility: '/accessibility',
  exited: '/exited',
  assessment: '/assessment',
  assessmentRun: '/assessment/run',
  assessmentResults: '/assessment/results',
  briefing: '/present',
  handout: '/handout',
  sevenMinute: (lessonId: string) => `/present/briefing/${lessonId}`,
  group: (scenarioId?: string) => `/group${scenarioId ? `/${scenarioId}` : ''}`,
  present: (lessonIds: string[]) => `/present/${lessonIds.join(',')}`,
} as const;
