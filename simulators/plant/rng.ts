/**
 * A small seeded PRNG (sfc32) with labelled forks.
 *
 * Why hand-written rather than a package: determinism is the whole point. The demo plant must be
 * byte-identical for a seed on every machine and every Node version, so the generator cannot depend
 * on Math.random or on a library whose algorithm could change in a minor release. sfc32 passes
 * PractRand to 2^40+ bytes, is four 32-bit words of state and fast in V8's int32 arithmetic.
 *
 * `fork(label)` derives a stream from the ROOT seed material and the label only, never from how far
 * the parent has been consumed: the stream of 'machine/PRESS-04' is the same whether the plant has 8
 * or 40 machines, and whether the parent drew 3 or 3000 numbers before.
 */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  /** Integer uniform in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** Standard normal N(0, 1) (Box–Muller; the second value is cached). */
  normal(): number;
  /** Exponential with mean 1. */
  exp(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly chosen element; throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** An element chosen with the given non-negative weights; throws if all weights are 0. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** An independent deterministic stream for `label` (see the module comment). */
  fork(label: string): Rng;
  /** Snapshot of the internal state (for resumable simulations and tests). */
  state(): readonly number[];
}

/** cyrb53-style 32-bit string hash mixed with a seed; used only to derive fork seeds. */
function hash32(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** Creates a stream for an integer seed. `path` is the fork label chain (internal). */
export function createRng(seed: number, path = ''): Rng {
  const root = seed >>> 0;
  let a = hash32(path + '#a', root);
  let b = hash32(path + '#b', root);
  let c = hash32(path + '#c', root);
  let d = 1;
  let spare: number | null = null;

  const next = (): number => {
    // sfc32
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up: sfc32 states seeded from a hash need a few rounds to decorrelate.
  for (let i = 0; i < 12; i++) next();

  const rng: Rng = {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    exp: () => {
      let u = next();
      while (u === 0) u = next();
      return -Math.log(u);
    },
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick on an empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new Error('rng.weighted needs a positive total weight');
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    fork: (label) => createRng(root, path + '/' + label),
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0],
  };
  return rng;
}

/**
 * Deterministic [0,1) from the plant seed and a label (FNV-1a then a xorshift mix): a per-item coin that does not
 * share a stream with anything else (the ERP renderer's `unit` is the same function, kept byte-identical).
 */
export function labelUnit(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) { h ^= label.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12; h = Math.imul(h, 0x297a2d39); h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
