/**
 * Plant-local time helpers for the system renderers, which inject the time mess of DOMAIN.md §5.4–5.5
 * on purpose: naive local wall-clock strings (incl. the DST gap and overlap), Epicor's split
 * date + decimal hours, and Excel serial dates. All inputs are epoch ms UTC and an IANA zone.
 */
import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

function local(ms: number, zone: string): DateTime {
  const dt = DateTime.fromMillis(ms, { zone });
  if (!dt.isValid) throw new Error(`invalid instant ${ms} or zone '${zone}': ${dt.invalidReason ?? 'unknown'}`);
  return dt;
}

/** Wall-clock milliseconds of the local time, as if the local time were UTC (no zone attached). */
function wallMs(ms: number, zone: string): number {
  return ms + local(ms, zone).offset * 60_000;
}

/**
 * Naive local wall clock 'YYYY-MM-DDTHH:mm:ss.SSS' (no offset), as a legacy MES or a DATETIME column
 * stores it. Two instants in the fall-back overlap map to the same string; that is the point.
 */
export function toLocalNaive(ms: number, zone: string): string {
  return new Date(wallMs(ms, zone)).toISOString().slice(0, 23);
}

/**
 * Epicor-style split date and decimal hours (`ClockInDate` + `ClockinTime`): local date
 * 'YYYY-MM-DD' and hours since local midnight as a decimal (07:30 → 7.5). Not rounded.
 */
export function toSplitDateHours(ms: number, zone: string): { date: string; hours: number } {
  const w = wallMs(ms, zone);
  const midnight = Math.floor(w / DAY_MS) * DAY_MS;
  return { date: new Date(midnight).toISOString().slice(0, 10), hours: (w - midnight) / 3_600_000 };
}

/**
 * Excel serial date (1900 date system) of the local wall clock: days since 1899-12-31 = serial 1,
 * with Lotus 1-2-3's fictitious 1900-02-29 = serial 60, so from 1900-03-01 on the serial is days
 * since 1899-12-30. Example: 2024-03-10 12:00 local → 45361.5.
 */
export function toExcelSerial(ms: number, zone: string): number {
  const w = wallMs(ms, zone);
  const march1900 = Date.UTC(1900, 2, 1);
  const base = w >= march1900 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return (w - base) / DAY_MS;
}

/** A change of the zone's UTC offset. */
export interface DstTransition {
  /** The instant the offset changes, epoch ms UTC. */
  readonly atMs: number;
  readonly offsetBeforeMinutes: number;
  readonly offsetAfterMinutes: number;
  /** 'gap': local times in [localBefore, localAfter) do not exist; 'overlap': [localAfter, localBefore) happen twice. */
  readonly kind: 'gap' | 'overlap';
  /** Local wall clock at atMs read with the old offset, e.g. '2024-03-10T02:00:00.000'. */
  readonly localBefore: string;
  /** Local wall clock at atMs read with the new offset, e.g. '2024-03-10T03:00:00.000'. */
  readonly localAfter: string;
}

/**
 * Offset changes of `zone` in [fromMs, toMs), in time order. Found by an hourly scan and a bisection
 * to the millisecond (assumes no zone changes its offset twice within one hour, true for IANA data).
 */
export function dstTransitions(zone: string, fromMs: number, toMs: number): DstTransition[] {
  const out: DstTransition[] = [];
  const offsetAt = (ms: number): number => local(ms, zone).offset;
  const HOUR = 3_600_000;
  let t = fromMs;
  let off = offsetAt(t);
  while (t < toMs) {
    const t2 = Math.min(t + HOUR, toMs);
    const off2 = offsetAt(t2);
    if (off2 !== off) {
      let lo = t;
      let hi = t2; // offset(lo) = off, offset(hi) = off2
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid) === off) lo = mid;
        else hi = mid;
      }
      out.push({
        atMs: hi,
        offsetBeforeMinutes: off,
        offsetAfterMinutes: off2,
        kind: off2 > off ? 'gap' : 'overlap',
        localBefore: new Date(hi + off * 60_000).toISOString().slice(0, 23),
        localAfter: new Date(hi + off2 * 60_000).toISOString().slice(0, 23),
      });
    }
    t = t2;
    off = off2;
  }
  return out;
}
