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
/** Per zone: UTC hour → offset in minutes, for hours with one offset throughout. */
const offsetCache = new Map<string, Map<number, number>>();
const MAX_CACHED_HOURS = 200_000; // ~23 years of hours per zone; cleared, not evicted, past that

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

/**
 * The zone's UTC offset in minutes at `ts` (epoch ms), from luxon's IANA data. Luxon asks Intl for every
 * offset (~10 µs), so offsets are memoised per UTC hour — but only for hours whose first and last
 * millisecond have the same offset. That is sound because tzdb never has two transitions within one hour;
 * a transition hour is never cached and is answered exactly each time.
 */
export function zoneOffsetMinutes(zone: string, ts: number): number {
  const z = plantZone(zone);
  let cache = offsetCache.get(zone);
  if (cache === undefined) { cache = new Map(); offsetCache.set(zone, cache); }
  const hour = Math.floor(ts / HOUR);
  const hit = cache.get(hour);
  if (hit !== undefined) return hit;
  const a = z.offset(hour * HOUR);
  if (a !== z.offset(hour * HOUR + HOUR - 1)) return z.offset(ts);
  if (cache.size >= MAX_CACHED_HOURS) cache.clear();
  cache.set(hour, a);
  return a;
}

const p2 = (n: number) => (n < 10 ? '0' : '') + n;
const p3 = (n: number) => (n < 10 ? '00' : n < 100 ? '0' : '') + n;

/**
 * ISO-8601 local time with offset for an instant in a zone: `2026-11-01T01:30:00.000-05:00` (the format
 * luxon's `toISO()` gives; written out because it is on every record's path and luxon's is ~20× slower).
 */
export function formatLocal(utc: number, zone: string): string {
  const off = zoneOffsetMinutes(zone, utc);
  const d = new Date(utc + off * 60_000);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return DateTime.fromMillis(utc, { zone }).toISO() as string;
  const abs = Math.abs(off);
  return `${String(y).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:` +
    `${p2(d.getUTCSeconds())}.${p3(d.getUTCMilliseconds())}${off < 0 ? '-' : '+'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(new Date(Date.UTC(2000, month, 0)).setUTCFullYear(year, month, 0)).getUTCDate();
}

/** Whether the components name a real calendar date and clock time (Feb 30 and 24:00 do not). */
function isValidNaive(n: NaiveLocal): boolean {
  if (![n.year, n.month, n.day, n.hour, n.minute, n.second, n.millisecond].every(Number.isInteger)) return false;
  if (n.hour > 23 || n.minute > 59 || n.second > 59 || n.millisecond > 999 || n.hour < 0 || n.minute < 0 || n.second < 0 || n.millisecond < 0) return false;
  return n.month >= 1 && n.month <= 12 && n.day >= 1 && n.day <= daysInMonth(n.year, n.month);
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
function candidates(n: NaiveLocal, zone: string): { asUtc: number; instants: number[] } {
  const asUtc = naiveAsUtc(n);
  // Offsets in force a day either side bracket any single transition (zones change at most a few hours).
  const before = zoneOffsetMinutes(zone, asUtc - 24 * HOUR);
  const after = zoneOffsetMinutes(zone, asUtc + 24 * HOUR);
  const offsets = before === after ? [before] : [before, after];
  const instants: number[] = [];
  for (const o of offsets) {
    const t = asUtc - o * 60_000;
    if (zoneOffsetMinutes(zone, t) === o) instants.push(t);
  }
  return { asUtc, instants: instants.sort((a, b) => a - b) };
}

function toNaive(naive: string | NaiveLocal): NaiveLocal {
  if (typeof naive === 'string') return parseNaiveLocal(naive);
  if (!isValidNaive(naive)) {
    throw plantError(Code.TIME_UNPARSEABLE, `Cannot read ${JSON.stringify(naive)} as a naive local date-time`,
      { detail: { value: JSON.stringify(naive) } });
  }
  return naive;
}

function make(utc: number, zone: string, ambiguous: boolean, shiftedFromGap: boolean): PlantTime {
  return Object.freeze({ utc, local: formatLocal(utc, zone), ambiguous, shiftedFromGap });
}

/**
 * Resolves a naive local time in the site's IANA zone. Gap (spring forward): shifted forward by the gap,
 * `shiftedFromGap: true` (02:30 on 2026-03-08 in America/Chicago → 03:30 CDT). Overlap (fall back): the earlier
 * instant, `ambiguous: true` (01:30 on 2026-11-01 → 01:30 CDT). Throws TIME_UNPARSEABLE for a malformed string
 * or impossible components, and `Unknown IANA zone "<zone>"` for a bad zone.
 */
export function resolveLocalTime(naive: string | NaiveLocal, zone: string): PlantTime {
  const n = toNaive(naive);
  const { asUtc, instants } = candidates(n, zone);
  const first = instants[0];
  if (first === undefined) {
    // Gap: read the wall time with the offset in force before the transition, which lands after it.
    return make(asUtc - zoneOffsetMinutes(zone, asUtc - 24 * HOUR) * 60_000, zone, false, true);
  }
  return make(first, zone, instants.length > 1, false);
}

/**
 * Resolves a sequence of naive local times that the source wrote in time order (a machine log, a counter
 * series). An overlap time resolves to its earlier instant unless that would go backwards in the sequence;
 * then the later instant is forced and the time is not ambiguous any more (the sequence decided it). So
 * 00:50, 01:20, 01:50, 01:10, 01:40 on 2026-11-01 (Chicago) gives CDT, CDT, CDT, CST, CST; 01:20 and 01:50
 * stay `ambiguous: true` because nothing rules out CST for them.
 * Heuristic: it trusts the source's order; an out-of-order resend inside the overlap would be misread as CST.
 */
export function resolveLocalSequence(naives: readonly (string | NaiveLocal)[], zone: string): PlantTime[] {
  plantZone(zone);
  let prev = -Infinity;
  return naives.map((naive) => {
    const n = toNaive(naive);
    const { instants } = candidates(n, zone);
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
