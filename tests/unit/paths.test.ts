/** Routes have one home: every link the app builds matches the pattern the router serves. */
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { hashOf, isBriefingHash, paths, routes } from '../../src/config/paths.ts';

describe('paths and routes', () => {
  it.each([
    [paths.home, routes.home, {}],
    [paths.lesson('intro'), routes.lesson, { lessonId: 'intro' }],
    [paths.lesson('intro', 'two'), routes.lesson, { lessonId: 'intro', sectionId: 'two' }],
    [paths.support, routes.support, {}],
    [paths.accessibility, routes.accessibility, {}],
    [paths.exited, routes.exited, {}],
    [paths.certificate, routes.certificate, {}],
    [paths.record, routes.record, {}],
    [paths.assessment, routes.assessment, {}],
    [paths.assessmentRun, `${paths.assessment}/${routes.assessmentRun}`, {}],
    [paths.assessmentResults, `${paths.assessment}/${routes.assessmentResults}`, {}],
    [paths.evaluation, routes.evaluation, {}],
    [paths.briefing, routes.present, {}],
    [paths.present(['a', 'b']), routes.present, { lessonIds: 'a,b' }],
    [paths.sevenMinute('theme-babies'), routes.sevenMinute, { lessonIds: 'theme-babies' }],
    [paths.facilitator, routes.facilitator, {}],
    [paths.handout, routes.handout, {}],
    [paths.group(), routes.group, {}],
    [paths.group('home-visit'), routes.group, { scenarioId: 'home-visit' }],
  ])('%s is served by %s', (path, pattern, params) => {
    expect(matchPath(pattern, path)?.params).toMatchObject(params);
  });

  it('opens a path as a hash', () => {
    expect(hashOf(paths.lesson('a', 'b'))).toBe('#/lesson/a/b');
  });

  it.each([
    '#/present',
    '#/present/a,b',
    '#/present/briefing/t',
    '#/present?slide=2',
    '#/facilitator',
    '#/group',
    '#/group/s',
    '#/handout',
  ])('%s is a briefing page that never starts tracking', (hash) => {
    expect(isBriefingHash(hash)).toBe(true);
  });

  it.each(['', '#/', '#/lesson/present', '#/presentation', '#/assessment', '#/support', '#/groups'])(
    '%s is not a briefing page',
    (hash) => {
      expect(isBriefingHash(hash)).toBe(false);
    },
  );
});
