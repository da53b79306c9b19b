/**
 * `npm run fuzz`: robustness walks with new random seeds, to find what the fixed seeds in
 * tests/e2e/walk-seeds.json do not. Prints each seed as it starts; the first failing seed
 * is appended to that list (so `npm test` keeps failing until the bug is fixed), its steps
 * are printed, and the run exits non-zero. Builds nothing: run `npm run build` first.
 *
 *   npm run fuzz -- [--seeds N] [--actions N] [--minutes M] [--flavour web|scorm12|scorm2004] [--keep-going]
 *   (--keep-going tries every seed even after a failure, adding each failing one)
 *   npm run fuzz -- --replay SEED --flavour F --actions N   (one seed again, nothing appended)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCourse } from '../../tools/content-pipeline/load.ts';
import { randomSeed } from '../e2e/walk/prng.ts';
import { appendSeed, SEED_FILE } from '../e2e/walk/seed-list.ts';
import { describeFailure, describeReach } from '../e2e/walk/walk.ts';
import { FLAVOURS, type Flavour } from '../e2e/walk/walk-host.ts';
import { openWalkSession } from '../e2e/walk/walk-session.ts';

const USAGE =
  'Usage: npm run fuzz -- [--seeds N] [--actions N] [--minutes M] [--flavour web|scorm12|scorm2004] [--keep-going] [--replay SEED]';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 32) throw new Error(`--${name} must be a whole number (got "${value}")\n${USAGE}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      actions: { type: 'string' },
      minutes: { type: 'string' },
      flavour: { type: 'string' },
      replay: { type: 'string' },
      'keep-going': { type: 'boolean' },
    },
  });
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run "npm run build" first (the fuzzer builds nothing itself).`);
    return 2;
  }
  if (values.flavour !== undefined && !FLAVOURS.includes(values.flavour as Flavour)) {
    throw new Error(`--flavour must be one of ${FLAVOURS.join(', ')}\n${USAGE}`);
  }
  const replay = values.replay === undefined ? undefined : count(values.replay, 'replay', 0);
  const seeds = replay === undefined ? count(values.seeds, 'seeds', 20) : 1;
  const actions = count(values.actions, 'actions', 75);
  const deadline = Date.now() + Number(values.minutes ?? 10) * 60_000;
  // Without --flavour, two walks in three are web (quicker), one in three SCORM.
  const flavourFor = (i: number): Flavour =>
    (values.flavour as Flavour | undefined) ?? (i % 3 === 2 ? (i % 2 ? 'scorm12' : 'scorm2004') : 'web');
  const wanted = values.flavour ? [values.flavour as Flavour] : [...FLAVOURS];

  const course = loadCourse(resolve('content'));
  const session = await openWalkSession(dist, course, wanted);
  let failed = 0;
  try {
    for (let i = 0; i < seeds && Date.now() < deadline; i++) {
      const seed = replay ?? randomSeed();
      const flavour = flavourFor(i);
      console.log(`seed ${seed} (${flavour}, ${actions} actions)...`);
      const result = await session.walk(seed, flavour, actions);
      if (!result.failure) {
        console.log(`  ok: ${describeReach(result)}`);
        if (replay !== undefined) console.log(result.steps.map((s, n) => `  ${String(n + 1).padStart(3)}. ${s}`).join('\n'));
        continue;
      }
      console.log(describeFailure(result));
      if (replay === undefined) {
        const note = `found by npm run fuzz on ${new Date().toISOString().slice(0, 10)}: ${result.failure.split('\n').join('; ').slice(0, 200)}`;
        const added = appendSeed({ seed, flavour, actions, note });
        console.log(added ? `Added seed ${seed} (${flavour}) to ${SEED_FILE}.` : `Seed ${seed} (${flavour}) is already in ${SEED_FILE}.`);
      }
      failed++;
      if (!values['keep-going']) return 1;
    }
    console.log(failed ? `${failed} failing seed(s).` : 'No failure found.');
    return failed ? 1 : 0;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
