import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/app.tsx';
import { CourseContext } from '../../src/components/course-context.tsx';
import { ContentError } from '../../tools/content-pipeline/errors.ts';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { drawScenarios, forDraw } from '../../src/lib/quiz-rules.ts';
import { decodeProgress, encodeProgress } from '../../src/state/saved-state.ts';
import { useStore } from '../../src/state/store.ts';
import { copyFixture } from '../fixtures/content-copy.ts';
import { paths } from '../../src/config/paths.ts';

/** The fixture course with a second "sensitive" scenario and a bank drawing one of the two. */
function bankedCourse(draw = 1, change?: (text: string) => string) {
  const c = copyFixture();
  const meeting = readFileSync(join(c.dir, 'scenarios/meeting.yaml'), 'utf8');
  writeFileSync(
    join(c.dir, 'scenarios/meeting-two.yaml'),
    (change ?? ((t) => t))(meeting.replace('id: meeting', 'id: meeting-two').replace('title: A meeting', 'title: Another meeting')),
  );
  c.edit(
    'assessment.yaml',
    (t) => `${t.replace('  - meeting\n', '  - meeting\n  - meeting-two\n')}banks:\n  - theme: sensitive\n    draw: ${draw}\n`,
  );
  return loadCourse(c.dir);
}

describe('question banks', () => {
  it('draw N of M scenarios for a theme, in assessment order, and count decisions for one attempt', () => {
    const { assessment, meta } = bankedCourse();
    expect(assessment!.scenarios.map((s) => s.id)).toEqual(['home-visit', 'meeting', 'meeting-two']);
    expect(meta.assessment?.decisions).toBe(6);
    expect(drawScenarios(assessment!, () => 0)).toEqual(['home-visit', 'meeting']);
    expect(drawScenarios(assessment!, () => 0.99)).toEqual(['home-visit', 'meeting-two']);
    expect(forDraw(assessment!, ['home-visit', 'meeting-two']).scenarios.map((s) => s.title)).toEqual(['A home visit', 'Another meeting']);
  });

  it('refuse a draw larger than the bank, or scenarios of unequal weight', () => {
    const problems = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ContentError).problems.map((p) => `${p.field}: ${p.reason}`);
      }
      return [];
    };
    expect(problems(() => bankedCourse(3))).toContainEqual(expect.stringMatching(/banks\[0\]: draws 3 but the theme has 2/));
    const shorter = (t: string) =>
      t.replace(/  - kind: decision\n    id: m3[\s\S]*?    next: m-end\n/, '').replace(/next: m3/g, 'next: m-end');
    expect(problems(() => bankedCourse(1, shorter))).toEqual(
      expect.arrayContaining([expect.stringMatching(/same number of decisions|at least 3 decisions/)]),
    );
  });

  it('keep the draw across a resume: it is in the saved state and the runner does not draw again', () => {
    const { assessment, meta, lessons } = bankedCourse();
    const done = Object.fromEntries(meta.lessons.map((l) => [l.id, { at: l.sections.at(-1)!.id, done: true }]));
    useStore.setState({ progress: { lessons: done } });
    const source = {
      course: meta,
      loadLesson: async (id: string) => lessons.find((l) => l.id === id)!,
      loadAssessment: async () => assessment!,
    };
    const show = () =>
      render(
        <CourseContext.Provider value={source}>
          <MemoryRouter initialEntries={[paths.assessmentRun]}>
            <AppRoutes />
          </MemoryRouter>
        </CourseContext.Provider>,
      );
    const first = show();
    return screen.findByRole('heading', { level: 1, name: 'A home visit' }).then(() => {
      const drawn = useStore.getState().progress.quiz?.drawn;
      expect(drawn).toHaveLength(2);
      const saved = encodeProgress(meta.id, useStore.getState().progress);
      expect(saved).toContain(`;d:${drawn!.join(',')}`);
      first.unmount();
      // A new window: the same draw comes back from the saved state.
      const restored = decodeProgress(saved, meta);
      useStore.setState({ progress: restored.ok ? restored.progress : { lessons: {} } });
      show();
      return screen.findByRole('heading', { level: 1, name: 'A home visit' }).then(() => {
        expect(useStore.getState().progress.quiz?.drawn).toEqual(drawn);
      });
    });
  });
});
