/**
 * One robustness walk: a new learner, for half the seeds a start at the assessment with
 * every lesson done (so a pass can be made and then must be kept), then N seeded random
 * actions, each followed by the invariants. A failure names the seed, the flavour and
 * every action up to it, so it can be replayed with `npm run fuzz -- --replay`.
 */
import type { CompiledCourse } from '../../../tools/content-pipeline/load.ts';
import { chooseAction, perform, readScreen } from './actions.ts';
import { Invariants } from './invariants.ts';
import { mulberry32 } from './prng.ts';
import type { Flavour, HeldProgress, WalkHost } from './walk-host.ts';

export interface WalkResult {
  seed: number;
  flavour: Flavour;
  actions: number;
  /** Every step taken, in order, the failing one last. */
  steps: string[];
  /** What went wrong, or undefined when every invariant held. */
  failure?: string;
  /** The most progress the walk saw: lessons done, a pass. */
  reached: HeldProgress | null;
}

/** Every lesson done by opening its last section by address, continuing past a content note. */
async function finishEveryLesson(host: WalkHost, course: CompiledCourse, check: (step: string) => Promise<string | null>) {
  for (const lesson of course.meta.lessons) {
    const step = `open #/lesson/${lesson.id}/${lesson.sections.at(-1)!.id} (start: every lesson done)`;
    await host.root().evaluate(
      (path) => {
        location.hash = path;
      },
      `/lesson/${lesson.id}/${lesson.sections.at(-1)!.id}`,
    );
    const problem = await check(step);
    if (problem) return problem;
    // A full note (its own page) or a compact one (the section held back under the lesson's title).
    // The lesson's title shows once its text has loaded, with the note's button if there is one.
    await host
      .root()
      .locator('h1', { hasText: new RegExp(`^(Content note: )?${lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .waitFor({ timeout: 5_000 });
    if (await host.root().getByRole('button', { name: 'Continue to the lesson' }).count()) {
      await host.root().getByRole('button', { name: 'Continue to the lesson' }).click({ timeout: 5_000 });
      const after = await check('press button "Continue to the lesson"');
      if (after) return after;
    }
  }
  return null;
}

export async function runWalk(
  host: WalkHost,
  problems: string[],
  course: CompiledCourse,
  seed: number,
  actions: number,
): Promise<WalkResult> {
  const rng = mulberry32(seed);
  const steps: string[] = [];
  const invariants = new Invariants(host, problems);
  const result = (failure?: string): WalkResult => ({
    seed,
    flavour: host.flavour,
    actions,
    steps,
    failure,
    reached: invariants.reached(),
  });
  const check = async (step: string) => {
    steps.push(step);
    const found = await invariants.check();
    return found.length ? found.join('\n') : null;
  };

  await host.start();
  const started = await check('start as a new learner');
  if (started) return result(started);
  if (rng.chance(0.5)) {
    if (host.presetLessonsDone) {
      await host.presetLessonsDone();
      const problem = await check('reload at #/assessment with a saved state of every lesson done');
      if (problem) return result(problem);
    } else {
      const problem = await finishEveryLesson(host, course, check);
      if (problem) return result(problem);
      await host.root().evaluate(() => {
        location.hash = '/assessment';
      });
      const atAssessment = await check('open #/assessment');
      if (atAssessment) return result(atAssessment);
    }
  }
  for (let n = 0; n < actions; n++) {
    const screen = await readScreen(host.root());
    const action = chooseAction(rng, screen, host, course);
    try {
      await perform(host, action);
    } catch (error) {
      steps.push(action.label);
      // The screen changed under the walk (or went away): say so, and judge the screen as it now is.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return result([`could not ${action.label}: ${message}`, ...(await invariants.check())].join('\n'));
    }
    const problem = await check(action.label);
    if (problem) return result(problem);
  }
  return result();
}

/** A failure as a reader needs it: the seed, how to replay, and the steps up to the failure. */
export function describeFailure(r: WalkResult): string {
  const steps = r.steps.map((s, i) => `  ${String(i + 1).padStart(3)}. ${s}`).join('\n');
  return [
    `Robustness walk failed: seed ${r.seed}, ${r.flavour}, at step ${r.steps.length} of this walk.`,
    r.failure ?? '',
    `Replay: npm run fuzz -- --replay ${r.seed} --flavour ${r.flavour} --actions ${r.actions}`,
    'Steps:',
    steps,
  ].join('\n');
}

/** One line on what a passing walk reached, so a seed list can be judged by what it exercises. */
export function describeReach(r: WalkResult): string {
  const done = r.reached?.done.length ?? 0;
  const decks = r.steps.filter((s) => /^(open deck|switch deck)|in the presentation$/.test(s)).length;
  return `seed ${r.seed} (${r.flavour}): ${r.steps.length} steps, ${done} lessons done${r.reached?.passed ? ', passed' : ''}, ${decks} presentation steps`;
}
