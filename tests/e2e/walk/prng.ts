/**
 * A small seeded random number generator for the robustness walk (mulberry32): the same
 * seed always gives the same numbers, so a failing walk can be replayed action by action.
 * For that reason the walk never uses Math.random; only the fuzzer does, to pick new seeds.
 */

export interface Rng {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** One of the options, each as likely as its weight (weights of 0 are never picked). */
  weighted: <T>(options: readonly (readonly [T, number])[]) => T;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)];
    },
    chance: (p) => next() < p,
    weighted: (options) => {
      const total = options.reduce((sum, [, w]) => sum + w, 0);
      if (total <= 0) throw new Error('weighted pick with no positive weight');
      let r = next() * total;
      for (const [value, w] of options) {
        if (w <= 0) continue;
        r -= w;
        if (r < 0) return value;
      }
      return options.findLast(([, w]) => w > 0)![0];
    },
  };
}

/** A fresh seed for the fuzzer: any 32-bit unsigned integer. */
export const randomSeed = (): number => Math.floor(Math.random() * 2 ** 32);
