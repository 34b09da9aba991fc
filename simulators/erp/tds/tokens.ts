import { ByteWriter } from './writer.ts';
import { COLLATION, writeTypeInfo, writeValue } from './types.ts';
import type { ResultColumn } from './executor.ts';
import type { SqlJsValue } from './sqljs.ts';

/** TDS token writers (MS-TDS 2.2.7). Each appends one token to `w`. */

export const DONE_MORE = 0x01;
export const DONE_ERROR = 0x02;
export const DONE_COUNT = 0x10;
export const DONE_ATTN = 0x20;
export const TOKEN = { DONE: 0xfd, DONEPROC: 0xfe, DONEINPROC: 0xff } as const;

export function writeDone(w: ByteWriter, token: number, status: number, rowCount: number, curCmd = 0xc1): void {
  w.u8(token); w.u16(status); w.u16(curCmd); w.u64(BigInt(rowCount));
}

export function writeMessage(w: ByteWriter, kind: 'info' | 'error', number: number, state: number, severity: number, text: string, server: string): void {
  w.u8(kind === 'error' ? 0xaa : 0xab);
  const fill = w.lengthSlotU16();
  w.i32(number); w.u8(state); w.u8(severity);
  w.usVarchar(text); w.bVarchar(server); w.bVarchar(''); w.i32(1);
  fill();
}

export function writeEnvChange(w: ByteWriter, type: number, newValue: string | Buffer, oldValue: string | Buffer): void {
  w.u8(0xe3);
  const fill = w.lengthSlotU16();
  w.u8(type);
  for (const v of [newValue, oldValue]) {
    if (typeof v === 'string') w.bVarchar(v);
    else { w.u8(v.length); w.bytes(v); }
  }
  fill();
}

export function writeCollationEnvChange(w: ByteWriter): void {
  writeEnvChange(w, 7, COLLATION, Buffer.alloc(0));
}

/** LOGINACK for TDS 7.4 with a SQL Server 2019 program version. */
export function writeLoginAck(w: ByteWriter): void {
  w.u8(0xad);
  const fill = w.lengthSlotU16();
  w.u8(1); // SQL_TSQL
  w.u32be(0x74000004);
  w.bVarchar('Microsoft SQL Server');
  w.u8(15); w.u8(0); w.u8(0x07); w.u8(0xd0);
  fill();
}

export function writeColMetadata(w: ByteWriter, columns: readonly ResultColumn[]): void {
  w.u8(0x81);
  w.u16(columns.length);
  for (const c of columns) {
    w.u32(0); // user type
    w.u16(0x0001); // nullable
    writeTypeInfo(w, c.type);
    w.bVarchar(c.name.slice(0, 128));
  }
}

export function writeRow(w: ByteWriter, columns: readonly ResultColumn[], row: readonly SqlJsValue[]): void {
  w.u8(0xd1);
  for (let c = 0; c < columns.length; c++) writeValue(w, (columns[c] as ResultColumn).type, row[c]);
}

export function writeRows(w: ByteWriter, columns: readonly ResultColumn[], rows: readonly SqlJsValue[][]): void {
  for (const r of rows) writeRow(w, columns, r);
}

export function writeReturnStatus(w: ByteWriter, status: number): void {
  w.u8(0x79); w.i32(status);
}
