import { DateTime } from 'luxon';

/**
 * Decoding the ERP's naive plant-local datetimes.
 *
 * The driver trap: tedious (mssql) reads a `datetime`/`date` as if it were UTC when `useUTC: true` (the default),
 * so the Date it returns has UTC fields equal to the ERP's wall clock. We keep `useUTC: true` on purpose, take those
 * UTC fields as the wall clock, and localize them with the site's IANA zone here. Never use the Date's instant.
 *
 * Policy for wall times the zone does not map one-to-one (document, test, never guess silently):
 * - DST gap (e.g. 02:30 on a spring-forward day does not exist): shift forward by the gap, i.e. read it with
 *   the offset in force before the transition (02:30 CST → 03:30 CDT). A clock nobody adjusted yet writes exactly
 *   such times, so this recovers them.
 * - DST overlap (01:30 on a fall-back day happens twice): the earlier instant (the daylight-time one).
 */
export function wallClockToUtcMs(wallAsUtcMs: number, zone: string): number {
  // The wall time read as UTC is within ±14 h of the true instant, so the offsets a day either side bracket any
  // transition near it (real zones never change offset twice within two days).
  const before = DateTime.fromMillis(wallAsUtcMs - 86_400_000, { zone }).offset;
  const after = DateTime.fromMillis(wallAsUtcMs + 86_400_000, { zone }).offset;
  const candidates = [...new Set([before, after])]
    .map((off) => wallAsUtcMs - off * 60_000)
    .filter((utc) => DateTime.fromMillis(utc, { zone }).offset * 60_000 + utc === wallAsUtcMs)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return first;     // unique, or the earlier of two (overlap)
  return wallAsUtcMs - before * 60_000;       // gap: pre-transition offset = shift forward
}

/** Wall clock before 1901 is an ERP "blank date" sentinel (1753-01-01 SQL Server minimum, 1900-01-01 zero date). */
const SENTINEL_BEFORE = Date.UTC(1901, 0, 1);

/** A naive `datetime` read with useUTC → epoch ms UTC in `zone`; null for NULL and sentinel dates. */
export function decodeLocalDateTime(value: Date | null, zone: string): number | null {
  if (value === null) return null;
  const wall = value.getTime();
  if (Number.isNaN(wall) || wall < SENTINEL_BEFORE) return null;
  return wallClockToUtcMs(wall, zone);
}

/**
 * Epicor split date + decimal hours (`StartDate` 2026-03-08 + `StartHour` 7.5 = 07:30 local) → epoch ms UTC.
 * Hours are hours.hundredths (0.01 h = 36 s resolution). Null for a NULL or sentinel date.
 */
export function decodeDateAndHours(date: Date | null, hours: number | null, zone: string): number | null {
  if (date === null) return null;
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (Number.isNaN(midnight) || midnight < SENTINEL_BEFORE) return null;
  const h = hours === null || !Number.isFinite(hours) ? 0 : hours;
  return wallClockToUtcMs(midnight + Math.round(h * 3_600_000), zone);
}

/** Epoch ms → the plant-local calendar date 'YYYY-MM-DD' (for date-column range filters). */
export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd');
}
