// Typed decoders for the exotic time encodings ERPs and MES use (DOMAIN §5.5). Each keeps to one encoding;
// the caller picks the decoder per field, so nothing here guesses which encoding a value is in, except the
// epoch seconds/milliseconds rule, which is stated below.
import { Code, plantError } from '../../common/index.ts';
import { daysInMonth, formatLocal, plantZone, resolveLocalTime } from './plant-time.ts';
import type { NaiveLocal, PlantTime } from './plant-time.ts';

function unparseable(value: unknown, what: string): never {
  throw plantError(Code.TIME_UNPARSEABLE, `Cannot read ${JSON.stringify(value)} as ${what}`, { detail: { value: String(value) } });
}

/** A calendar date with no time. month 1–12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function checkDate(d: LocalDate, raw: unknown, what: string): LocalDate {
  const ok = [d.year, d.month, d.day].every(Number.isInteger) && d.month >= 1 && d.month <= 12 &&
    d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
  return ok ? d : unparseable(raw, what);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$/;

/** Parses `YYYY-MM-DD` (a SQL `date`, or a `datetime` at midnight). Throws TIME_UNPARSEABLE otherwise. */
export function parseIsoDate(s: string): LocalDate {
  const m = ISO_DATE.exec(s.trim());
  if (m === null) return unparseable(s, 'a date (YYYY-MM-DD)');
  return checkDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, s, 'a date (YYYY-MM-DD)');
}

/** A calendar date plus a time of day (may be ≥ 24 h) as naive components, via UTC calendar arithmetic. */
const withMs = (d: LocalDate, msOfDay: number): NaiveLocal => {
  // Carry whole days (24.0 h = next midnight) through Date's calendar arithmetic (UTC: no zone involved).
  const t = new Date(new Date(Date.UTC(2000, d.month - 1, d.day)).setUTCFullYear(d.year) + msOfDay);
  return {
    year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(), millisecond: t.getUTCMilliseconds(),
  };
};

/**
 * Epicor-style split date + decimal hours (`ClockInDate 2026-05-02` + `ClockinTime 7.5` → 07:30 local).
 * Hours are rounded to the nearest second (Epicor stores 2 decimals: 7.33 h = 07:19:48). 24 means the next
 * midnight. Throws TIME_UNPARSEABLE for hours outside [0, 24] or non-finite, or a bad date.
 */
export function fromDateAndDecimalHours(date: string | LocalDate, hours: number, zone: string): PlantTime {
  const d = typeof date === 'string' ? parseIsoDate(date) : checkDate(date, date, 'a date');
  if (!Number.isFinite(hours) || hours < 0 || hours > 24) unparseable(hours, 'decimal hours (0–24)');
  return resolveLocalTime(withMs(d, Math.round(hours * 3600) * 1000), zone);
}

/**
 * SAP Business One `DocTime` style HHMM integer (1435 → 14:35, 905 → 09:05) on a date. Throws
 * TIME_UNPARSEABLE for a non-integer, negative, hour > 23 or minute > 59 (`1260`).
 */
export function fromDateAndHhmm(date: string | LocalDate, hhmm: number, zone: string): PlantTime {
  const d = typeof date === 'string' ? parseIsoDate(date) : checkDate(date, date, 'a date');
  const hh = Math.floor(hhmm / 100);
  const mm = hhmm % 100;
  if (!Number.isInteger(hhmm) || hhmm < 0 || hh > 23 || mm > 59) unparseable(hhmm, 'an HHMM time');
  return resolveLocalTime(withMs(d, (hh * 60 + mm) * 60_000), zone);
}

/** Why a time is missing. */
export type TimeMissingReason = 'NULL' | 'SQL_SENTINEL_DATE';

/** A decoded time or an explained absence; `raw` is the source value, kept for audit. */
export type DecodedTime =
  | { readonly time: PlantTime; readonly missingReason: null }
  | { readonly time: null; readonly missingReason: TimeMissingReason; readonly raw: string | null };

// SQL Server's datetime minimum (1753-01-01) and datetime zero (1900-01-01) are written by ERPs as "no date".
// 9999-12-31 is the "open-ended" end date. Only at midnight: 1900-01-01 07:30 is a time-of-day stored in a
// datetime column, which is real data.
const SQL_SENTINEL_DAYS = new Set(['1753-01-01', '1900-01-01', '9999-12-31']);

/**
 * A SQL Server `datetime`/`datetime2` read as a naive local string (never through the driver's TZ, the
 * `useUTC` trap). null → missing `NULL`; 1753-01-01, 1900-01-01, 9999-12-31 at midnight → missing
 * `SQL_SENTINEL_DATE` with the raw value. Throws TIME_UNPARSEABLE for a malformed string.
 */
export function decodeSqlDateTime(value: string | null, zone: string): DecodedTime {
  if (value === null) return { time: null, missingReason: 'NULL', raw: null };
  const v = value.trim();
  const day = v.slice(0, 10);
  const rest = v.slice(10).replace(/^[T ]/, '');
  if (SQL_SENTINEL_DAYS.has(day) && /^(00:00(:00(\.0+)?)?)?$/.test(rest)) {
    return { time: null, missingReason: 'SQL_SENTINEL_DATE', raw: value };
  }
  return { time: resolveLocalTime(v, zone), missingReason: null };
}

const EXCEL_EPOCH: LocalDate = { year: 1899, month: 12, day: 30 };

/**
 * An Excel serial date-time in the 1900 date system, as plant-local wall time (`45361.5` →
 * 2024-03-10 12:00 local). Excel counts a fictitious 1900-02-29 as serial 60, so serials below 60 are one
 * day later than a plain count from 1899-12-30 suggests; serial 60 itself names no real day and throws
 * TIME_UNPARSEABLE (`Cannot read 60 as an Excel serial date (60 is the fictitious 1900-02-29)`). The fraction
 * is rounded to the nearest millisecond. Throws TIME_UNPARSEABLE below 1 or non-finite.
 */
export function fromExcelSerial(serial: number, zone: string): PlantTime {
  if (!Number.isFinite(serial) || serial < 1) unparseable(serial, 'an Excel serial date');
  let days = Math.floor(serial);
  if (days === 60) unparseable(serial, 'an Excel serial date (60 is the fictitious 1900-02-29)');
  if (days < 60) days += 1;
  const msOfDay = Math.round((serial - Math.floor(serial)) * 86_400_000);
  return resolveLocalTime(withMs(EXCEL_EPOCH, days * 86_400_000 + msOfDay), zone);
}

/** Which epoch unit {@link fromEpoch} read. */
export type EpochUnit = 's' | 'ms';

// Plausibility window for plant data: 1990-01-01 .. 2100-01-01 UTC.
const MIN_PLAUSIBLE_MS = Date.UTC(1990, 0, 1);
const MAX_PLAUSIBLE_MS = Date.UTC(2100, 0, 1);

/**
 * Epoch seconds or milliseconds, told apart by magnitude. Rule: |n| ≥ 1e11 is milliseconds, else seconds
 * (1e11 s is the year 5138, 1e11 ms is 1973-03-03, so inside the plausibility window the two never overlap).
 * The result must fall in 1990-01-01 .. 2100-01-01 UTC, else TIME_UNPARSEABLE (`Cannot read 12345 as an
 * epoch time in seconds (outside 1990–2100)`): a counter or a microsecond value, never silently a date.
 */
export function fromEpoch(n: number, zone: string): PlantTime & { readonly epochUnit: EpochUnit } {
  if (!Number.isFinite(n)) unparseable(n, 'an epoch time');
  const epochUnit: EpochUnit = Math.abs(n) >= 1e11 ? 'ms' : 's';
  const utc = Math.round(epochUnit === 'ms' ? n : n * 1000);
  if (utc < MIN_PLAUSIBLE_MS || utc >= MAX_PLAUSIBLE_MS) {
    unparseable(n, `an epoch time in ${epochUnit === 'ms' ? 'milliseconds' : 'seconds'} (outside 1990–2100)`);
  }
  plantZone(zone);
  return Object.freeze({ utc, local: formatLocal(utc, zone), ambiguous: false, shiftedFromGap: false, epochUnit });
}

/** Day/month order of a source's slashed dates. */
export type DateOrder = 'DMY' | 'MDY';

/** The day/month order a BCP 47 locale writes numeric dates in, from Intl (en-US → MDY, de-DE → DMY). */
export function dateOrderOf(locale: string): DateOrder | undefined {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(0).map((p) => p.type).filter((t) => t === 'day' || t === 'month');
  if (parts[0] === 'day') return 'DMY';
  if (parts[0] === 'month') return 'MDY';
  return undefined;
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A numeric `a/b/yyyy` (also `.` or `-`) date. With `locale` (a BCP 47 tag; its Intl date order decides) or
 * an explicit `order`, it is read that way. Without either, it is read only when unambiguous (one part
 * above 12, or both equal) and otherwise refused with TIME_AMBIGUOUS_DATE_ORDER (`"05/04/2026" could be day/month
 * or month/day; configure the source's locale`). `YYYY-MM-DD` is always accepted. Throws TIME_UNPARSEABLE for
 * anything else or an impossible date.
 */
export function parseDateString(s: string, opts: { readonly locale?: string; readonly order?: DateOrder } = {}): LocalDate {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return parseIsoDate(t);
  const m = SLASHED.exec(t);
  if (m === null) return unparseable(s, 'a date');
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = Number(m[3]);
  let order = opts.order ?? (opts.locale === undefined ? undefined : dateOrderOf(opts.locale));
  if (order === undefined) {
    if (a > 12 && b <= 12) order = 'DMY';
    else if (b > 12 && a <= 12) order = 'MDY';
    else if (a === b) order = 'DMY';
    else {
      throw plantError(Code.TIME_AMBIGUOUS_DATE_ORDER,
        `"${s}" could be day/month or month/day; configure the source's locale`, { detail: { value: s } });
    }
  }
  const d = order === 'DMY' ? { year, month: b, day: a } : { year, month: a, day: b };
  return checkDate(d, s, 'a date');
}
