import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { formatWallClock, parseWallClock } from './types.ts';
import type { WallClock } from './types.ts';
import type { SqlJsDatabase } from './sqljs.ts';

/**
 * SQL functions the translation targets (`tds_*`), registered on the server's database. They
 * signal SQL Server errors by throwing `TDS<number>:<message>`, which the executor maps back.
 */
function fail(number: number, message: string): never {
  throw new Error(`TDS${number}:${message}`);
}

function wall(v: unknown): WallClock {
  const w = parseWallClock(v);
  if (w === undefined) fail(241, 'Conversion failed when converting date and/or time from character string.');
  return w;
}

/** Wall-clock fields as a UTC instant, so calendar arithmetic ignores any DST. */
function toMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.y, w.m - 1, w.d);
  d.setUTCHours(w.hh, w.mi, w.ss, Math.floor(w.frac100ns / 10_000));
  return d.getTime();
}

function fromMs(ms: number): WallClock {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mi: d.getUTCMinutes(), ss: d.getUTCSeconds(), frac100ns: d.getUTCMilliseconds() * 10_000 };
}

const PART_ALIASES: Readonly<Record<string, string>> = {
  yy: 'year', yyyy: 'year', year: 'year', qq: 'quarter', q: 'quarter', quarter: 'quarter', mm: 'month', m: 'month', month: 'month',
  dy: 'dayofyear', y: 'dayofyear', dayofyear: 'dayofyear', dd: 'day', d: 'day', day: 'day', wk: 'week', ww: 'week', week: 'week',
  dw: 'weekday', weekday: 'weekday', hh: 'hour', hour: 'hour', mi: 'minute', n: 'minute', minute: 'minute', ss: 'second', s: 'second',
  second: 'second', ms: 'millisecond', millisecond: 'millisecond',
};

function part(p: unknown, fn: string): string {
  const name = PART_ALIASES[String(p).toLowerCase()];
  if (name === undefined) fail(155, `'${String(p)}' is not a recognized ${fn} option.`);
  return name;
}

const UNIT_MS: Readonly<Record<string, number>> = { day: 86_400_000, week: 604_800_000, hour: 3_600_000, minute: 60_000, second: 1000, millisecond: 1, dayofyear: 86_400_000, weekday: 86_400_000 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isDateOnly(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim());
}

function toNumberOr(v: unknown, number: number, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return fail(number, number === 245
    ? `Conversion failed when converting the varchar value '${String(v)}' to data type ${type}.`
    : `Error converting data type varchar to ${type}.`);
}

/** Options for the registered functions: the clock GETDATE() reads and the zone it reads it in. */
export interface TdsFunctionOptions {
  readonly clock: () => number;
  /** IANA zone for GETDATE()/SYSDATETIME() (server-local time); GETUTCDATE() ignores it. */
  readonly timeZone: string;
}

/** Registers the `tds_*` functions on `db` (idempotent: re-registering replaces them). */
export function registerTdsFunctions(db: SqlJsDatabase, opts: TdsFunctionOptions): void {
  const fmt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss.SSS');
  db.create_function('tds_getdate', () => fmt(opts.clock(), opts.timeZone));
  db.create_function('tds_getutcdate', () => fmt(opts.clock(), 'UTC'));
  db.create_function('tds_len', (v: unknown) => (v === null ? null : String(v).replace(/ +$/, '').length));
  db.create_function('tds_charindex', (needle: unknown, hay: unknown) => (needle === null || hay === null ? null : String(hay).toLowerCase().indexOf(String(needle).toLowerCase()) + 1));
  db.create_function('tds_newid', () => randomUUID().toUpperCase());
  db.create_function('tds_year', (v: unknown) => (v === null ? null : wall(v).y));
  db.create_function('tds_month', (v: unknown) => (v === null ? null : wall(v).m));
  db.create_function('tds_day', (v: unknown) => (v === null ? null : wall(v).d));
  db.create_function('tds_ceiling', (v: unknown) => (v === null ? null : Math.ceil(toNumberOr(v, 8114, 'float'))));
  db.create_function('tds_floor', (v: unknown) => (v === null ? null : Math.floor(toNumberOr(v, 8114, 'float'))));
  db.create_function('tds_square', (v: unknown) => (v === null ? null : toNumberOr(v, 8114, 'float') ** 2));
  db.create_function('tds_power', (v: unknown, e: unknown) => (v === null || e === null ? null : toNumberOr(v, 8114, 'float') ** toNumberOr(e, 8114, 'float')));
  db.create_function('tds_eomonth', (v: unknown) => {
    if (v === null) return null;
    const w = wall(v);
    const last = new Date(0);
    last.setUTCFullYear(w.y, w.m, 0); // day 0 of the next month is this month's last day
    return formatWallClock({ ...w, d: last.getUTCDate() }, false);
  });
  db.create_function('tds_int', (v: unknown) => {
    if (v === null) return null;
    if (typeof v === 'number') return Math.trunc(v);
    const s = String(v).trim();
    if (!/^[+-]?\d+$/.test(s)) fail(245, `Conversion failed when converting the varchar value '${String(v)}' to data type int.`);
    return Number(s);
  });
  db.create_function('tds_bit', (v: unknown) => {
    if (v === null) return null;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return /^true$/i.test(v.trim()) ? 1 : 0;
    return toNumberOr(v, 245, 'bit') !== 0 ? 1 : 0;
  });
  db.create_function('tds_float', (v: unknown) => (v === null ? null : toNumberOr(v, 8114, 'float')));
  db.create_function('tds_decimal', (v: unknown, scale: unknown) => {
    if (v === null) return null;
    const f = 10 ** Number(scale);
    const n = toNumberOr(v, 8114, 'numeric');
    return Math.sign(n) * Math.round(Math.abs(n) * f) / f;
  });
  db.create_function('tds_date', (v: unknown) => (v === null ? null : formatWallClock(wall(v), false)));
  db.create_function('tds_datetime', (v: unknown) => {
    if (v === null) return null;
    // datetime keeps 1/300 s: round, then print milliseconds as SQL Server does (.000/.003/.007).
    const w = wall(v);
    const ms = toMs({ ...w, frac100ns: 0 }) + Math.round(Math.round((w.frac100ns / 1e7) * 300) * 10 / 3);
    return formatWallClock(fromMs(ms));
  });
  db.create_function('tds_datetime2', (v: unknown) => (v === null ? null : formatWallClock(wall(v))));
  db.create_function('tds_text', (v: unknown, style: unknown, len: unknown) => {
    if (v === null) return null;
    let s: string;
    const w = style === null ? undefined : parseWallClock(v);
    if (w === undefined) s = v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : String(v);
    else {
      const full = formatWallClock(w);
      switch (Number(style)) {
        case 126: case 127: s = full.replace(' ', 'T'); if (s.endsWith('.000')) s = s.slice(0, -4); break;
        case 120: case 20: s = full.slice(0, 19); break;
        case 121: case 21: s = full; break;
        case 23: s = full.slice(0, 10); break;
        case 112: s = full.slice(0, 10).replace(/-/g, ''); break;
        case 108: case 8: s = full.slice(11, 19); break;
        default: fail(281, `${String(style)} is not a valid style number when converting from datetime to a character string.`);
      }
    }
    return len === null ? s : s.slice(0, Number(len));
  });
  db.create_function('tds_dateadd', (p: unknown, n: unknown, v: unknown) => {
    if (v === null || n === null) return null;
    const unit = part(p, 'dateadd');
    const k = Math.trunc(toNumberOr(n, 245, 'int'));
    const w = wall(v);
    let out: WallClock;
    if (unit === 'year' || unit === 'quarter' || unit === 'month') {
      const months = unit === 'year' ? 12 * k : unit === 'quarter' ? 3 * k : k;
      const total = w.y * 12 + (w.m - 1) + months;
      const y = Math.floor(total / 12);
      const m = (total % 12) + 1;
      const lastDay = (() => { const d = new Date(0); d.setUTCFullYear(y, m, 0); return d.getUTCDate(); })();
      out = { ...w, y, m, d: Math.min(w.d, lastDay) };
    } else {
      out = fromMs(toMs(w) + k * (UNIT_MS[unit] ?? 0));
      out = { ...out, frac100ns: unit === 'millisecond' ? out.frac100ns : out.frac100ns + (w.frac100ns % 10_000) };
    }
    return formatWallClock(out, !isDateOnly(v));
  });
  db.create_function('tds_datediff', (p: unknown, a: unknown, b: unknown) => {
    if (a === null || b === null) return null;
    const unit = part(p, 'datediff');
    const x = wall(a);
    const y = wall(b);
    // DATEDIFF counts boundaries crossed, so truncate both ends to the unit first.
    switch (unit) {
      case 'year': return y.y - x.y;
      case 'quarter': return (y.y - x.y) * 4 + Math.floor((y.m - 1) / 3) - Math.floor((x.m - 1) / 3);
      case 'month': return (y.y - x.y) * 12 + y.m - x.m;
      default: {
        const size = UNIT_MS[unit] ?? 1;
        const t = (w: WallClock) => Math.floor(toMs(w) / size);
        return t(y) - t(x);
      }
    }
  });
  db.create_function('tds_datepart', (p: unknown, v: unknown) => {
    if (v === null) return null;
    const asName = String(p).startsWith('name:');
    const unit = part(asName ? String(p).slice(5) : p, asName ? 'datename' : 'datepart');
    const w = wall(v);
    const dow = new Date(toMs(w)).getUTCDay();
    if (asName && unit === 'month') return MONTHS[w.m - 1] ?? null;
    if (asName && unit === 'weekday') return DAYS[dow] ?? null;
    const jan1 = toMs({ ...w, m: 1, d: 1, hh: 0, mi: 0, ss: 0, frac100ns: 0 });
    const values: Record<string, number> = {
      year: w.y, quarter: Math.floor((w.m - 1) / 3) + 1, month: w.m, day: w.d, hour: w.hh, minute: w.mi, second: w.ss,
      millisecond: Math.floor(w.frac100ns / 10_000), weekday: dow + 1,
      dayofyear: Math.floor((toMs({ ...w, hh: 0, mi: 0, ss: 0, frac100ns: 0 }) - jan1) / 86_400_000) + 1,
      week: Math.floor((Math.floor((toMs({ ...w, hh: 0, mi: 0, ss: 0, frac100ns: 0 }) - jan1) / 86_400_000) + new Date(jan1).getUTCDay()) / 7) + 1,
    };
    const r = values[unit];
    return asName ? String(r) : (r ?? null);
  });
}
