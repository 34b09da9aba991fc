/**
 * Deterministic per-record choices for mess injection: a decision about a record depends only on
 * (seed, label, record id), never on request order, so the same plant renders byte-identically.
 * TODO(cmms): switch to simulators/plant's rng once it lands, if it offers a keyed hash.
 */

/** FNV-1a over the seed, label and key; a 32-bit unsigned integer. */
export function keyedHash(seed: number, label: string, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const s = `${label}\u0000${key}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche (murmur3 fmix32) so neighbouring keys do not give neighbouring fractions.
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

/** A fraction in [0, 1) keyed like keyedHash. */
export function keyedFraction(seed: number, label: string, key: string): number {
  return keyedHash(seed, label, key) / 4294967296;
}
