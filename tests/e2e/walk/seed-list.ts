/**
 * The fixed seeds `npm test` walks (tests/e2e/walk-seeds.json): each entry a seed, the
 * flavour it runs in and its number of actions, with a note on why it is there. The
 * fuzzer appends a seed that failed, so the failure stays in the suite until fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FLAVOURS, type Flavour } from './walk-host.ts';

export interface SeedEntry {
  seed: number;
  flavour: Flavour;
  actions: number;
  note: string;
}

export const SEED_FILE = resolve('tests/e2e/walk-seeds.json');

export function readSeeds(file = SEED_FILE): SeedEntry[] {
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of seeds`);
  return list.map((e, i) => {
    const ok =
      e &&
      Number.isInteger(e.seed) &&
      e.seed >= 0 &&
      e.seed < 2 ** 32 &&
      FLAVOURS.includes(e.flavour) &&
      Number.isInteger(e.actions) &&
      e.actions > 0;
    if (!ok) throw new Error(`${file}: entry ${i + 1} needs seed (0 to 2^32-1), flavour (${FLAVOURS.join(', ')}) and actions`);
    return { seed: e.seed, flavour: e.flavour, actions: e.actions, note: typeof e.note === 'string' ? e.note : '' };
  });
}

/** Adds an entry unless the same seed and flavour is already listed; returns whether it was added. */
export function appendSeed(entry: SeedEntry, file = SEED_FILE): boolean {
  const list = readSeeds(file);
  if (list.some((e) => e.seed === entry.seed && e.flavour === entry.flavour)) return false;
  writeFileSync(file, `${JSON.stringify([...list, entry], null, 2)}\n`);
  return true;
}
