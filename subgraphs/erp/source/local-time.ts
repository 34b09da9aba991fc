import { DateTime } from 'luxon';
import { decodeSqlDateTime, fromDateAndDecimalHours, resolveLocalTime } from '../../../normalization/index.ts';
import type { DecodedTime, NaiveLocal } from '../../../normalization/index.ts';

/**
 * Decoding the ERP's naive plant-local datetimes, through normalization/time (luxon's IANA data; no DST rule here).
 *
 * The driver trap: tedious (mssql) reads a `datetime`/`date` as if it were UTC when `useUTC: true` (the default),
 * so the Date it returns has UTC fields equal to the ERP's wall clock. We keep `useUTC: true` on purpose, take those
 * UTC fields as the wall clock, and localize them with the site's IANA zone. Never use the Date's instant.
 *
 * Policy (normalization/README): a DST-gap wall time (02:30 on a spring-forward day) is shifted forward by the gap
 * (`shiftedFromGap`; a clock nobody adjusted yet writes exactly such times, so this recovers them); a DST-overlap
 * wall time is the earlier instant, flagged `ambiguous`. SQL Server "no date" sentinels (1753-01-01, 1900-01-01,
 * 9999-12-31 at midnight) decode to null with `missingReason: 'SQL_SENTINEL_DATE'`.
 */

/** The wall clock a useUTC Date carries, as naive components. */
function wallOf(d: Date): NaiveLocal {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const wallText = (d: Date): string => d.toISOString().slice(0, 23).replace('T', ' ');
const dateText = (d: Date): string => `${String(d.getUTCFullYear()).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;

/** A naive `datetime` read with useUTC → a plant time, or null with why (NULL, SQL_SENTINEL_DATE). */
export function decodeWallDateTime(value: Date | null, zone: string): DecodedTime {
  if (value === null || Number.isNaN(value.getTime())) return { time: null, missingReason: 'NULL', raw: null };
  return decodeSqlDateTime(wallText(value), zone);
}

/**
 * Epicor split date + decimal hours (`StartDate` 2026-03-08 + `StartHour` 7.5 = 07:30 local) → a plant time, or null
 * with why. Hours are hours.hundredths; a NULL hour is midnight; hours past 24 (a clock-out computed from minutes
 * across midnight) roll into the following days.
 */
export function decodeDateHours(date: Date | null, hours: number | null, zone: string): DecodedTime {
  if (date === null || Number.isNaN(date.getTime())) return { time: null, missingReason: 'NULL', raw: null };
  const day = dateText(date);
  const sentinel = decodeSqlDateTime(day, zone);
  if (sentinel.time === null) return sentinel;
  const h = hours === null || !Number.isFinite(hours) ? 0 : hours;
  const whole = Math.floor(h / 24);
  const base = whole === 0 ? date : new Date(date.getTime() + whole * 86_400_000);
  return { time: fromDateAndDecimalHours(dateText(base), h - whole * 24, zone), missingReason: null };
}

/** Wall clock (as UTC ms) → epoch ms UTC in `zone`: gap → shift forward, overlap → the earlier instant. */
export function wallClockToUtcMs(wallAsUtcMs: number, zone: string): number {
  return resolveLocalTime(wallOf(new Date(wallAsUtcMs)), zone).utc;
}

/** decodeWallDateTime as epoch ms UTC; null for NULL and sentinel dates. */
export function decodeLocalDateTime(value: Date | null, zone: string): number | null {
  return decodeWallDateTime(value, zone).time?.utc ?? null;
}

/** decodeDateHours as epoch ms UTC; null for a NULL or sentinel date. */
export function decodeDateAndHours(date: Date | null, hours: number | null, zone: string): number | null {
  return decodeDateHours(date, hours, zone).time?.utc ?? null;
}

/** Epoch ms → the plant-local calendar date 'YYYY-MM-DD' (for date-column range filters). */
export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd');
}
