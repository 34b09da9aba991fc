import { ByteWriter } from './writer.ts';

/**
 * A SQL Server column type as declared in the catalog. `length` is in characters for the text
 * types and in bytes for varbinary; `'max'` means the (n)varchar(max)/varbinary(max) PLP form.
 */
export type TdsColumnType =
  | { readonly type: 'int' | 'bigint' | 'smallint' | 'tinyint' | 'bit' | 'float' | 'real' | 'date' | 'datetime' | 'uniqueidentifier' }
  | { readonly type: 'decimal' | 'numeric'; readonly precision: number; readonly scale: number }
  | { readonly type: 'nvarchar' | 'varchar' | 'nchar' | 'char' | 'varbinary'; readonly length: number | 'max' }
  | { readonly type: 'datetime2'; readonly scale?: number };

/** SQL_Latin1_General_CP1_CI_AS: LCID 0x0409, case/kana/width insensitive, sort id 52. */
export const COLLATION = Buffer.from([0x09, 0x04, 0xd0, 0x00, 0x34]);

/** TDS data type codes used here (MS-TDS 2.2.5.4). */
export const T = {
  INTN: 0x26, BITN: 0x68, FLTN: 0x6d, DECIMALN: 0x6a, NUMERICN: 0x6c, MONEYN: 0x6e, DATETIMN: 0x6f,
  DATEN: 0x28, TIMEN: 0x29, DATETIME2N: 0x2a, DATETIMEOFFSETN: 0x2b, GUID: 0x24,
  NVARCHAR: 0xe7, NCHAR: 0xef, BIGVARCHR: 0xa7, BIGCHAR: 0xaf, BIGVARBIN: 0xa5, BIGBINARY: 0xad,
  NTEXT: 0x63, TEXT: 0x23, IMAGE: 0x22,
  INT1: 0x30, INT2: 0x34, INT4: 0x38, INT8: 0x7f, BIT: 0x32, FLT4: 0x3b, FLT8: 0x3e, DATETIME: 0x3d, NULL: 0x1f,
} as const;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil; no Date objects). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const CIVIL_0001 = daysFromCivil(1, 1, 1);

/** Day number since 0001-01-01 (proleptic Gregorian), as DATE/DATETIME2 encode it. */
function daysSince0001(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - CIVIL_0001;
}
const DAY0001 = CIVIL_0001 * MS_PER_DAY;
const DAYS_0001_TO_1900 = daysSince0001(1900, 1, 1);

/** Wall-clock fields of a naive date/time; `frac100ns` is the fraction of a second in 100 ns units. */
export interface WallClock { y: number; m: number; d: number; hh: number; mi: number; ss: number; frac100ns: number }

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?/;

/**
 * Parses the text form dates are stored in ('YYYY-MM-DD HH:MM:SS.fff', 'T' also accepted, time
 * optional). Any trailing offset is ignored: a stored value is naive wall-clock. Undefined if not a date.
 */
export function parseWallClock(v: unknown): WallClock | undefined {
  if (typeof v !== 'string') return undefined;
  // Fast path for the canonical stored forms 'YYYY-MM-DD' and 'YYYY-MM-DD HH:MM:SS.fff'.
  const n = v.length;
  if ((n === 10 || n === 23) && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45) {
    const dg = (i: number) => v.charCodeAt(i) - 48;
    const y = dg(0) * 1000 + dg(1) * 100 + dg(2) * 10 + dg(3);
    const m = dg(5) * 10 + dg(6);
    const d = dg(8) * 10 + dg(9);
    if (n === 10 && y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return { y, m, d, hh: 0, mi: 0, ss: 0, frac100ns: 0 };
    if (n === 23 && v.charCodeAt(13) === 58 && v.charCodeAt(16) === 58 && v.charCodeAt(19) === 46) {
      const hh = dg(11) * 10 + dg(12); const mi = dg(14) * 10 + dg(15); const ss = dg(17) * 10 + dg(18);
      const ms = dg(20) * 100 + dg(21) * 10 + dg(22);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && hh < 24 && mi < 60 && ss < 60 && ms >= 0 && ms < 1000) {
        return { y, m, d, hh, mi, ss, frac100ns: ms * 10_000 };
      }
    }
  }
  const m = DATE_RE.exec(v);
  if (m === null) return undefined;
  const frac = (m[7] ?? '').padEnd(7, '0');
  return {
    y: Number(m[1]), m: Number(m[2]), d: Number(m[3]),
    hh: Number(m[4] ?? 0), mi: Number(m[5] ?? 0), ss: Number(m[6] ?? 0), frac100ns: Number(frac),
  };
}

/** Formats wall-clock fields the way dates are stored: 'YYYY-MM-DD HH:MM:SS.fff'. */
export function formatWallClock(w: WallClock, withTime = true): string {
  const p = (n: number, l = 2) => String(n).padStart(l, '0');
  const date = `${p(w.y, 4)}-${p(w.m)}-${p(w.d)}`;
  if (!withTime) return date;
  return `${date} ${p(w.hh)}:${p(w.mi)}:${p(w.ss)}.${p(Math.floor(w.frac100ns / 10_000), 3)}`;
}

/** Raised while encoding a value that does not fit its declared type; becomes SQL error `number`. */
export class ConversionError extends Error {
  readonly number: number;
  constructor(number: number, message: string) {
    super(message);
    this.number = number;
  }
}

function decimalLength(precision: number): number {
  return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
}

function datetime2TimeLength(scale: number): number {
  return scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
}

/** The tedious/mssql-visible name of a type, for messages. */
export function typeName(t: TdsColumnType): string {
  switch (t.type) {
    case 'decimal': case 'numeric': return `${t.type}(${t.precision},${t.scale})`;
    case 'nvarchar': case 'varchar': case 'nchar': case 'char': case 'varbinary': return `${t.type}(${t.length})`;
    case 'datetime2': return `datetime2(${t.scale ?? 7})`;
    default: return t.type;
  }
}

/** Writes the TYPE_INFO part of a COLMETADATA column for `t`. */
export function writeTypeInfo(w: ByteWriter, t: TdsColumnType): void {
  switch (t.type) {
    case 'int': w.u8(T.INTN); w.u8(4); return;
    case 'bigint': w.u8(T.INTN); w.u8(8); return;
    case 'smallint': w.u8(T.INTN); w.u8(2); return;
    case 'tinyint': w.u8(T.INTN); w.u8(1); return;
    case 'bit': w.u8(T.BITN); w.u8(1); return;
    case 'float': w.u8(T.FLTN); w.u8(8); return;
    case 'real': w.u8(T.FLTN); w.u8(4); return;
    case 'date': w.u8(T.DATEN); return;
    case 'datetime': w.u8(T.DATETIMN); w.u8(8); return;
    case 'datetime2': w.u8(T.DATETIME2N); w.u8(t.scale ?? 7); return;
    case 'uniqueidentifier': w.u8(T.GUID); w.u8(16); return;
    case 'decimal': case 'numeric':
      w.u8(t.type === 'decimal' ? T.DECIMALN : T.NUMERICN); w.u8(decimalLength(t.precision)); w.u8(t.precision); w.u8(t.scale); return;
    case 'nvarchar': case 'nchar':
      w.u8(t.type === 'nvarchar' ? T.NVARCHAR : T.NCHAR);
      w.u16(t.length === 'max' ? 0xffff : t.length * 2); w.bytes(COLLATION); return;
    case 'varchar': case 'char':
      w.u8(t.type === 'varchar' ? T.BIGVARCHR : T.BIGCHAR);
      w.u16(t.length === 'max' ? 0xffff : t.length); w.bytes(COLLATION); return;
    case 'varbinary':
      w.u8(T.BIGVARBIN); w.u16(t.length === 'max' ? 0xffff : t.length); return;
  }
}

function toNumber(v: unknown, t: TdsColumnType): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new ConversionError(245, `Conversion failed when converting the ${typeof v === 'string' ? 'nvarchar' : 'varbinary'} value '${String(v)}' to data type ${typeName(t)}.`);
}

/** Scaled integer of a decimal value, exact for strings and for numbers below 1e21. */
function scaledDecimal(v: unknown, scale: number, t: TdsColumnType): bigint {
  const text = typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(scale) : '') : typeof v === 'string' ? v.trim() : '';
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (m === null || (m[2] === '' && (m[3] ?? '') === '')) {
    throw new ConversionError(8114, `Error converting data type nvarchar to ${typeName(t)}.`);
  }
  const frac = (m[3] ?? '').padEnd(scale, '0');
  // Round half away from zero on the first dropped digit, as SQL Server does on CAST.
  let n = BigInt((m[2] || '0') + frac.slice(0, scale));
  if (Number(frac[scale] ?? '0') >= 5) n += 1n;
  return m[1] === '-' ? -n : n;
}

function writePlpBytes(w: ByteWriter, b: Uint8Array): void {
  w.u32(b.length); w.u32(0); // total length as u64 (values here stay far below 4 GiB)
  if (b.length > 0) { w.u32(b.length); w.bytes(b); }
  w.u32(0);
}

/** A PLP string written straight into the buffer (no intermediate Buffer per value). */
function writePlpString(w: ByteWriter, s: string, encoding: 'ucs2' | 'latin1'): void {
  const len = encoding === 'ucs2' ? s.length * 2 : s.length;
  w.u32(len); w.u32(0);
  if (len > 0) {
    w.u32(len);
    w.ensure(len);
    w.pos += w.buf.write(s, w.pos, encoding);
  }
  w.u32(0);
}

function writePlpNull(w: ByteWriter): void {
  w.u32(0xffffffff); w.u32(0xffffffff);
}

function guidBytes(s: string): Buffer {
  const hex = s.replace(/[{}-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new ConversionError(8169, 'Conversion failed when converting from a character string to uniqueidentifier.');
  }
  const b = Buffer.from(hex, 'hex');
  // The first three groups are little-endian on the wire.
  return Buffer.concat([b.subarray(0, 4).reverse(), b.subarray(4, 6).reverse(), b.subarray(6, 8).reverse(), b.subarray(8)]);
}

/** Formats 16 wire bytes of a uniqueidentifier as upper-case text. */
export function guidText(b: Uint8Array): string {
  const x = Buffer.from(b);
  const h = Buffer.concat([x.subarray(0, 4).reverse(), x.subarray(4, 6).reverse(), x.subarray(6, 8).reverse(), x.subarray(8)]).toString('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function wallClockOf(v: unknown): WallClock {
  const w = parseWallClock(v);
  if (w === undefined) {
    throw new ConversionError(241, 'Conversion failed when converting date and/or time from character string.');
  }
  return w;
}

/** Writes one ROW value of declared type `t` from a sql.js value; null uses the type's NULL form. */
export function writeValue(w: ByteWriter, t: TdsColumnType, v: unknown): void {
  const isNull = v === null || v === undefined;
  switch (t.type) {
    case 'int': case 'bigint': case 'smallint': case 'tinyint': {
      const len = t.type === 'int' ? 4 : t.type === 'bigint' ? 8 : t.type === 'smallint' ? 2 : 1;
      if (isNull) { w.u8(0); return; }
      const n = Math.trunc(toNumber(v, t));
      w.u8(len);
      if (len === 8) w.i64(BigInt(n));
      else if (len === 4) {
        if (n < -2147483648 || n > 2147483647) throw new ConversionError(8115, 'Arithmetic overflow error converting expression to data type int.');
        w.i32(n);
      } else if (len === 2) w.i16(n);
      else w.u8(n);
      return;
    }
    case 'bit':
      if (isNull) { w.u8(0); return; }
      w.u8(1);
      w.u8(typeof v === 'string' ? (/^(1|true)$/i.test(v.trim()) ? 1 : 0) : toNumber(v, t) !== 0 ? 1 : 0);
      return;
    case 'float': case 'real':
      if (isNull) { w.u8(0); return; }
      if (t.type === 'float') { w.u8(8); w.f64(toNumber(v, t)); } else { w.u8(4); w.f32(toNumber(v, t)); }
      return;
    case 'decimal': case 'numeric': {
      if (isNull) { w.u8(0); return; }
      const len = decimalLength(t.precision);
      if (typeof v === 'number') {
        // Fast path: a double whose scaled magnitude is an exact integer below 2^53.
        const scaled = Math.round(Math.abs(v) * 10 ** t.scale);
        if (Number.isSafeInteger(scaled)) {
          if (t.precision < 16 && scaled >= 10 ** t.precision) {
            throw new ConversionError(8115, `Arithmetic overflow error converting float to data type ${typeName(t)}.`);
          }
          w.u8(len); w.u8(v < 0 ? 0 : 1);
          w.u32(scaled % 4294967296);
          if (len > 5) w.u32(Math.floor(scaled / 4294967296));
          for (let i = 9; i < len; i += 4) w.u32(0);
          return;
        }
      }
      const n = scaledDecimal(v, t.scale, t);
      w.u8(len);
      w.u8(n < 0n ? 0 : 1);
      let mag = n < 0n ? -n : n;
      for (let i = 0; i < len - 1; i++) { w.u8(Number(mag & 0xffn)); mag >>= 8n; }
      return;
    }
    case 'date': {
      if (isNull) { w.u8(0); return; }
      const c = wallClockOf(v);
      w.u8(3); w.uintN(daysSince0001(c.y, c.m, c.d), 3);
      return;
    }
    case 'datetime': {
      if (isNull) { w.u8(0); return; }
      const c = wallClockOf(v);
      let days = daysSince0001(c.y, c.m, c.d) - DAYS_0001_TO_1900;
      // 1/300 s ticks: this rounding is what makes datetime land on .000/.003/.007.
      let ticks = Math.round(((c.hh * 3600 + c.mi * 60 + c.ss) * 1e7 + c.frac100ns) * 300 / 1e7);
      if (ticks >= 25_920_000) { ticks -= 25_920_000; days += 1; }
      w.u8(8); w.i32(days); w.u32(ticks);
      return;
    }
    case 'datetime2': {
      if (isNull) { w.u8(0); return; }
      const scale = t.scale ?? 7;
      const c = wallClockOf(v);
      const timeLen = datetime2TimeLength(scale);
      const units = (c.hh * 3600 + c.mi * 60 + c.ss) * 10 ** scale + Math.floor(c.frac100ns / 10 ** (7 - scale));
      w.u8(timeLen + 3); w.uintN(units, timeLen); w.uintN(daysSince0001(c.y, c.m, c.d), 3);
      return;
    }
    case 'uniqueidentifier':
      if (isNull) { w.u8(0); return; }
      w.u8(16); w.bytes(v instanceof Uint8Array ? v : guidBytes(String(v)));
      return;
    case 'nvarchar': case 'nchar': {
      if (t.length === 'max') {
        if (isNull) { writePlpNull(w); return; }
        writePlpString(w, String(v), 'ucs2');
        return;
      }
      if (isNull) { w.u16(0xffff); return; }
      let s = v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : String(v);
      if (t.type === 'nchar') s = s.padEnd(t.length, ' ');
      if (s.length > t.length) s = s.slice(0, t.length);
      w.u16(s.length * 2); w.ucs2(s);
      return;
    }
    case 'varchar': case 'char': {
      // The collation's code page is 1252; latin1 covers it except for a few symbols (heuristic).
      const text = isNull ? '' : String(v);
      if (t.length === 'max') {
        if (isNull) { writePlpNull(w); return; }
        writePlpString(w, text, 'latin1');
        return;
      }
      if (isNull) { w.u16(0xffff); return; }
      let s = t.type === 'char' ? text.padEnd(t.length, ' ') : text;
      if (s.length > t.length) s = s.slice(0, t.length);
      w.u16(s.length); w.ensure(s.length);
      w.pos += w.buf.write(s, w.pos, 'latin1');
      return;
    }
    case 'varbinary': {
      const b = isNull ? undefined : v instanceof Uint8Array ? v : Buffer.from(String(v), 'utf8');
      if (t.length === 'max') {
        if (b === undefined) { writePlpNull(w); return; }
        writePlpBytes(w, b);
        return;
      }
      if (b === undefined) { w.u16(0xffff); return; }
      w.u16(b.length); w.bytes(b);
      return;
    }
  }
}

/** Wall-clock fields for `days` since 0001-01-01 plus `time100ns` since midnight. */
export function wallClockFromDays(days: number, time100ns: number): WallClock {
  const extraDays = Math.floor(time100ns / 864_000_000_000);
  const rest = time100ns - extraDays * 864_000_000_000;
  const t = new Date(DAY0001 + (days + extraDays) * MS_PER_DAY);
  const secs = Math.floor(rest / 1e7);
  return {
    y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(),
    hh: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), ss: secs % 60, frac100ns: rest % 1e7,
  };
}

/** Days from 0001-01-01 to 1900-01-01, the DATETIME epoch. */
export const DATETIME_EPOCH_DAYS = DAYS_0001_TO_1900;
