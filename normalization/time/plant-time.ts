// Naive plant-local wall times → UTC instants, through luxon's IANA zone data. No DST rule is written here:
// the zone's own offsets decide gaps and overlaps.
import { DateTime, IANAZone } from 'luxon';
import { Code, plantError } from '../../common/index.ts';

/**
 * A source time resolved in the site's IANA zone.
 * `utc` is epoch ms; `local` is ISO-8601 with the zone's offset at that instant.
 * `ambiguous`: the wall time happened twice (fall-back overlap) and nothing decided which; `utc` is the earlier.
 * `shiftedFromGap`: the wall time never happened (spring-forward gap) and was moved forward by the gap's length.
 */
export interface PlantTime {
  readonly utc: number;
  readonly local: string;
  readonly ambiguous: boolean;
  readonly shiftedFromGap: boolean;
}

/** A wall-clock time with no zone, as a source stores it. month 1–12. */
export interface NaiveLocal {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const zones = new Map<string, IANAZone>();

/** The IANA zone, validated. Throws `Unknown IANA zone "<zone>"`: a misconfigured site, not bad data. */
export function plantZone(zone: string): IANAZone {
  let z = zones.get(zone);
  if (z === undefined) {
    z = IANAZone.create(zone);
    if (!z.isValid) throw new Error(`Unknown IANA zone "${zone}"`);
    zones.set(zone, z);
  }
  return z;
}

const NAIVE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

function unparseable(value: string | number, what: string): never {
  throw plantError(Code.TIME_UNPARSEABLE, `Cannot read ${JSON.stringify(value)} as ${what}`, { detail: { value: String(value) } });
}

/** Whether the components name a real calendar date and clock time (Feb 30 and 24:00 do not). */
function isValidNaive(n: NaiveLocal): boolean {
  if (![n.year, n.month, n.day, n.hour, n.minute, n.second, n.millisecond].every(Number.isInteger)) return false;
  if (n.hour > 23 || n.minute > 59 || n.second > 59 || n.millisecond > 999 || n.hour < 0 || n.minute < 0 || n.second < 0 || n.millisecond < 0) return false;
  return DateTime.fromObject({ year: n.year, month: n.month, day: n.day }, { zone: 'utc' }).isValid;
}

/**
 * Parses `YYYY-MM-DD[( |T)HH:mm[:ss[.SSS]]]` with no offset. Throws TIME_UNPARSEABLE (`Cannot read "<s>" as a
 * naive local date-time`) for anything else, including strings carrying an offset or `Z` (those are not naive).
 */
export function parseNaiveLocal(s: string): NaiveLocal {
  const m = NAIVE.exec(s.trim());
  if (m === null) return unparseable(s, 'a naive local date-time');
  const n: NaiveLocal = {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0), millisecond: m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0')),
  };
  if (!isValidNaive(n)) return unparseable(s, 'a naive local date-time');
  return n;
}

const naiveAsUtc = (n: NaiveLocal): number =>
  // Date.UTC treats years 0–99 as 1900+; setUTCFullYear below keeps them literal.
  new Date(Date.UTC(2000, n.month - 1, n.day, n.hour, n.minute, n.second, n.millisecond)).setUTCFullYear(n.year);

const HOUR = 3_600_000;

/** The instants at which `n` happens in `zone`: one normally, two in an overlap (earlier first), none in a gap. */
function candidates(n: NaiveLocal, z: IANAZone): { asUtc: number; instants: number[] } {
  const asUtc = naiveAsUtc(n);
  // Offsets in force a day either side bracket any single transition (zones change at most a few hours).
  const offsets = new Set([z.offset(asUtc - 24 * HOUR), z.offset(asUtc + 24 * HOUR), z.offset(asUtc)]);
  const instants = [...offsets].map((o) => asUtc - o * 60_000).filter((t) => z.offset(t) * 60_000 === asUtc - t);
  return { asUtc, instants: [...new Set(instants)].sort((a, b) => a - b) };
}

function make(utc: number, zone: string, ambiguous: boolean, shiftedFromGap: boolean): PlantTime {
  const local = DateTime.fromMillis(utc, { zone }).toISO() as string;
  return Object.freeze({ utc, local, ambiguous, shiftedFromGap });
}

/**
 * Resolves a naive local time in the site's IANA zone. Gap (spring forward): shifted forward by the gap,
 * `shiftedFromGap: true` (02:30 on 2026-03-08 in America/Chicago → 03:30 CDT). Overlap (fall back): the earlier
 * instant, `ambiguous: true` (01:30 on 2026-11-01 → 01:30 CDT). Throws TIME_UNPARSEABLE for a malformed string
 * or impossible components, and `Unknown IANA zone "<zone>"` for a bad zone.
 */
export function resolveLocalTime(naive: string | NaiveLocal, zone: string): PlantTime {
  const n = typeof naive === 'string' ? parseNaiveLocal(naive) : naive;
  if (typeof naive !== 'string' && !isValidNaive(n)) unparseable(JSON.stringify(n), 'a naive local date-time');
  const z = plantZone(zone);
  const { asUtc, instants } = candidates(n, z);
  const first = instants[0];
  if (first === undefined) {
    // Gap: read the wall time with the offset in force before the transition, which lands after it.
    return make(asUtc - z.offset(asUtc - 24 * HOUR) * 60_000, zone, false, true);
  }
  return make(first, zone, instants.length > 1, false);
}

/**
 * Resolves a sequence of naive local times that the source wrote in time order (a machine log, a counter
 * series). An overlap time resolves to its earlier instant unless that would go backwards in the sequence;
 * then the later instant is forced and the time is not ambiguous any more (the sequence decided it). So
 * 00:50, 01:20, 01:50, 01:10, 01:40 on 2026-11-01 (Chicago) gives CDT, CDT, CDT, CST, CST; the first three
 * stay `ambiguous: true` because nothing rules out CST for them.
 * Heuristic: it trusts the source's order; an out-of-order resend inside the overlap would be misread as CST.
 */
export function resolveLocalSequence(naives: readonly (string | NaiveLocal)[], zone: string): PlantTime[] {
  const z = plantZone(zone);
  let prev = -Infinity;
  return naives.map((naive) => {
    const n = typeof naive === 'string' ? parseNaiveLocal(naive) : naive;
    const { instants } = candidates(n, z);
    if (instants.length < 2) {
      const t = resolveLocalTime(n, zone);
      prev = t.utc;
      return t;
    }
    const earlier = instants[0] as number;
    const later = instants[instants.length - 1] as number;
    const t = earlier < prev && later >= prev ? make(later, zone, false, false) : make(earlier, zone, true, false);
    prev = t.utc;
    return t;
  });
}
