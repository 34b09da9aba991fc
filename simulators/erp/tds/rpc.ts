import { formatWallClock, guidText, T, wallClockFromDays, DATETIME_EPOCH_DAYS } from './types.ts';

/** A decoded RPC parameter: its name with the '@', the value as sql.js binds it, and a type label. */
export interface RpcParam {
  readonly name: string;
  readonly value: string | number | Uint8Array | null;
  readonly typeLabel: string;
}

/** A decoded RPC request. `procId` is set for the well-known ids (10 = sp_executesql). */
export interface RpcRequest {
  readonly procName: string;
  readonly params: readonly RpcParam[];
}

/** Thrown for an RPC payload this server cannot decode; the connection answers with error 8009-range. */
export class RpcDecodeError extends Error {}

class Reader {
  readonly buf: Buffer;
  pos: number;
  constructor(buf: Buffer, pos = 0) { this.buf = buf; this.pos = pos; }
  need(n: number): void { if (this.pos + n > this.buf.length) throw new RpcDecodeError('RPC payload is truncated'); }
  u8(): number { this.need(1); return this.buf[this.pos++] ?? 0; }
  u16(): number { this.need(2); const v = this.buf.readUInt16LE(this.pos); this.pos += 2; return v; }
  i16(): number { this.need(2); const v = this.buf.readInt16LE(this.pos); this.pos += 2; return v; }
  u32(): number { this.need(4); const v = this.buf.readUInt32LE(this.pos); this.pos += 4; return v; }
  i32(): number { this.need(4); const v = this.buf.readInt32LE(this.pos); this.pos += 4; return v; }
  u64(): bigint { this.need(8); const v = this.buf.readBigUInt64LE(this.pos); this.pos += 8; return v; }
  bytes(n: number): Buffer { this.need(n); const b = this.buf.subarray(this.pos, this.pos + n); this.pos += n; return b; }
  uintN(n: number): number { this.need(n); const v = this.buf.readUIntLE(this.pos, n); this.pos += n; return v; }
  ucs2(chars: number): string { return this.bytes(chars * 2).toString('ucs2'); }
}

/** Skips the ALL_HEADERS block that starts SQLBatch and RPC payloads (TDS 7.2+). */
export function skipAllHeaders(buf: Buffer): number {
  if (buf.length < 4) return 0;
  const total = buf.readUInt32LE(0);
  // A payload without ALL_HEADERS would start with text; real lengths are small and ≥ 4.
  return total >= 4 && total <= buf.length ? total : 0;
}

const PROC_NAMES: Readonly<Record<number, string>> = {
  1: 'sp_cursor', 2: 'sp_cursoropen', 3: 'sp_cursorprepare', 4: 'sp_cursorexecute', 5: 'sp_cursorprepexec',
  6: 'sp_cursorunprepare', 7: 'sp_cursorfetch', 8: 'sp_cursoroption', 9: 'sp_cursorclose', 10: 'sp_executesql',
  11: 'sp_prepare', 12: 'sp_execute', 13: 'sp_prepexec', 14: 'sp_prepexecrpc', 15: 'sp_unprepare',
};

function readPlp(r: Reader): Buffer | null {
  const total = r.u64();
  if (total === 0xffffffffffffffffn) return null;
  const parts: Buffer[] = [];
  for (;;) {
    const n = r.u32();
    if (n === 0) break;
    parts.push(r.bytes(n));
  }
  return Buffer.concat(parts);
}

function readDecimal(r: Reader, scale: number): number | null {
  const len = r.u8();
  if (len === 0) return null;
  const sign = r.u8();
  let mag = 0n;
  const b = r.bytes(len - 1);
  for (let i = b.length - 1; i >= 0; i--) mag = (mag << 8n) | BigInt(b[i] ?? 0);
  // Heuristic: decimals are bound as doubles; exact to ~15 significant digits, enough for plant figures.
  const s = mag.toString().padStart(scale + 1, '0');
  const text = scale > 0 ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s;
  return (sign === 1 ? 1 : -1) * Number(text);
}

function readTime100ns(r: Reader, len: number, scale: number): number {
  return r.uintN(len) * 10 ** (7 - scale);
}

/** Reads TYPE_INFO and the value of one parameter. */
function readTypedValue(r: Reader): { value: RpcParam['value']; typeLabel: string } {
  const type = r.u8();
  switch (type) {
    case T.INTN: {
      r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'int' };
      const b = r.bytes(len);
      if (len === 8) {
        const big = b.readBigInt64LE(0);
        const n = Number(big);
        return { value: Number.isSafeInteger(n) ? n : big.toString(), typeLabel: 'bigint' };
      }
      return { value: len === 4 ? b.readInt32LE(0) : len === 2 ? b.readInt16LE(0) : b.readUInt8(0), typeLabel: len === 4 ? 'int' : len === 2 ? 'smallint' : 'tinyint' };
    }
    case T.BITN: {
      r.u8();
      const len = r.u8();
      return { value: len === 0 ? null : r.u8() !== 0 ? 1 : 0, typeLabel: 'bit' };
    }
    case T.FLTN: {
      r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'float' };
      const b = r.bytes(len);
      return { value: len === 8 ? b.readDoubleLE(0) : b.readFloatLE(0), typeLabel: len === 8 ? 'float' : 'real' };
    }
    case T.MONEYN: {
      r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'money' };
      const b = r.bytes(len);
      const v = len === 8 ? (b.readInt32LE(0) * 2 ** 32 + b.readUInt32LE(4)) / 10_000 : b.readInt32LE(0) / 10_000;
      return { value: v, typeLabel: 'money' };
    }
    case T.DECIMALN: case T.NUMERICN: {
      r.u8();
      const precision = r.u8();
      const scale = r.u8();
      return { value: readDecimal(r, scale), typeLabel: `decimal(${precision},${scale})` };
    }
    case T.DATETIMN: {
      r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'datetime' };
      if (len === 4) {
        const days = r.u16();
        const minutes = r.u16();
        return { value: formatWallClock(wallClockFromDays(DATETIME_EPOCH_DAYS + days, minutes * 600_000_000)), typeLabel: 'smalldatetime' };
      }
      const days = r.i32();
      const ticks = r.u32();
      const ms = Math.round((ticks * 10) / 3);
      return { value: formatWallClock(wallClockFromDays(DATETIME_EPOCH_DAYS + days, ms * 10_000)), typeLabel: 'datetime' };
    }
    case T.DATEN: {
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'date' };
      return { value: formatWallClock(wallClockFromDays(r.uintN(3), 0), false), typeLabel: 'date' };
    }
    case T.TIMEN: {
      const scale = r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'time' };
      const w = wallClockFromDays(0, readTime100ns(r, len, scale));
      return { value: formatWallClock(w).slice(11), typeLabel: 'time' };
    }
    case T.DATETIME2N: {
      const scale = r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'datetime2' };
      const t = readTime100ns(r, len - 3, scale);
      return { value: formatWallClock(wallClockFromDays(r.uintN(3), t)), typeLabel: 'datetime2' };
    }
    case T.DATETIMEOFFSETN: {
      const scale = r.u8();
      const len = r.u8();
      if (len === 0) return { value: null, typeLabel: 'datetimeoffset' };
      const t = readTime100ns(r, len - 5, scale);
      const days = r.uintN(3);
      const offsetMin = r.i16();
      // The wire carries UTC; binding the local wall-clock matches SQL Server's CAST(dto AS datetime2).
      return { value: formatWallClock(wallClockFromDays(days, t + offsetMin * 600_000_000)), typeLabel: 'datetimeoffset' };
    }
    case T.GUID: {
      r.u8();
      const len = r.u8();
      return { value: len === 0 ? null : guidText(r.bytes(16)), typeLabel: 'uniqueidentifier' };
    }
    case T.NVARCHAR: case T.NCHAR: case T.BIGVARCHR: case T.BIGCHAR: {
      const max = r.u16();
      r.bytes(5); // collation
      const unicode = type === T.NVARCHAR || type === T.NCHAR;
      const label = unicode ? (type === T.NVARCHAR ? 'nvarchar' : 'nchar') : type === T.BIGVARCHR ? 'varchar' : 'char';
      let b: Buffer | null;
      if (max === 0xffff) b = readPlp(r);
      else {
        const len = r.u16();
        b = len === 0xffff ? null : r.bytes(len);
      }
      let text = b === null ? null : b.toString(unicode ? 'ucs2' : 'latin1');
      // char/nchar(n) values are blank-padded to n, as SQL Server stores them.
      if (text !== null && (label === 'nchar' || label === 'char') && max !== 0xffff) text = text.padEnd(unicode ? max / 2 : max, ' ');
      return { value: text, typeLabel: label };
    }
    case T.BIGVARBIN: case T.BIGBINARY: {
      const max = r.u16();
      let b: Buffer | null;
      if (max === 0xffff) b = readPlp(r);
      else {
        const len = r.u16();
        b = len === 0xffff ? null : r.bytes(len);
      }
      return { value: b === null ? null : new Uint8Array(b), typeLabel: 'varbinary' };
    }
    case T.NTEXT: case T.TEXT: case T.IMAGE: {
      r.i32();
      if (type !== T.IMAGE) r.bytes(5);
      const len = r.i32();
      if (len < 0) return { value: null, typeLabel: 'text' };
      const b = r.bytes(len);
      return { value: type === T.IMAGE ? new Uint8Array(b) : b.toString(type === T.NTEXT ? 'ucs2' : 'latin1'), typeLabel: 'text' };
    }
    default:
      throw new RpcDecodeError(`unsupported parameter data type 0x${type.toString(16)}`);
  }
}

/** Decodes an RPC request message payload (MS-TDS 2.2.6.6). Only the first RPC in a batch is read. */
export function decodeRpc(payload: Buffer): RpcRequest {
  const r = new Reader(payload, skipAllHeaders(payload));
  const nameLen = r.u16();
  const procName = nameLen === 0xffff ? (PROC_NAMES[r.u16()] ?? 'unknown') : r.ucs2(nameLen);
  r.u16(); // option flags
  const params: RpcParam[] = [];
  while (r.pos < payload.length) {
    const b = r.buf[r.pos];
    if (b === 0x80 || b === 0xff || b === 0xfe) break; // batch separator: further RPCs are not supported
    const name = r.ucs2(r.u8());
    r.u8(); // status flags (output / default)
    const { value, typeLabel } = readTypedValue(r);
    params.push({ name, value, typeLabel });
  }
  return { procName, params };
}
