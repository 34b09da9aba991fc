/**
 * A growable little-endian byte writer for TDS token streams. One Buffer doubled on demand: a
 * large result (200k rows) is built without allocating a Buffer per value.
 */
export class ByteWriter {
  buf: Buffer;
  pos = 0;

  constructor(initial = 1024) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  u8(v: number): void { this.ensure(1); this.buf[this.pos++] = v & 0xff; }
  u16(v: number): void { this.ensure(2); this.buf.writeUInt16LE(v, this.pos); this.pos += 2; }
  u16be(v: number): void { this.ensure(2); this.buf.writeUInt16BE(v, this.pos); this.pos += 2; }
  i16(v: number): void { this.ensure(2); this.buf.writeInt16LE(v, this.pos); this.pos += 2; }
  u32(v: number): void { this.ensure(4); this.buf.writeUInt32LE(v >>> 0, this.pos); this.pos += 4; }
  u32be(v: number): void { this.ensure(4); this.buf.writeUInt32BE(v >>> 0, this.pos); this.pos += 4; }
  i32(v: number): void { this.ensure(4); this.buf.writeInt32LE(v, this.pos); this.pos += 4; }
  i64(v: bigint): void { this.ensure(8); this.buf.writeBigInt64LE(v, this.pos); this.pos += 8; }
  u64(v: bigint): void { this.ensure(8); this.buf.writeBigUInt64LE(v, this.pos); this.pos += 8; }
  f32(v: number): void { this.ensure(4); this.buf.writeFloatLE(v, this.pos); this.pos += 4; }
  f64(v: number): void { this.ensure(8); this.buf.writeDoubleLE(v, this.pos); this.pos += 8; }
  /** Unsigned little-endian integer of `n` bytes (n ≤ 6 for exactness). */
  uintN(v: number, n: number): void { this.ensure(n); this.buf.writeUIntLE(v, this.pos, n); this.pos += n; }
  bytes(b: Uint8Array): void { this.ensure(b.length); this.buf.set(b, this.pos); this.pos += b.length; }
  /** UCS-2 text without a length prefix. */
  ucs2(s: string): void {
    this.ensure(s.length * 2);
    this.pos += this.buf.write(s, this.pos, 'ucs2');
  }
  /** B_VARCHAR: 1-byte character count, then UCS-2. */
  bVarchar(s: string): void { this.u8(s.length); this.ucs2(s); }
  /** US_VARCHAR: 2-byte character count, then UCS-2. */
  usVarchar(s: string): void { this.u16(s.length); this.ucs2(s); }

  /** Reserves a u16 length slot and returns a function that fills it with the bytes written since. */
  lengthSlotU16(): () => void {
    const at = this.pos;
    this.u16(0);
    return () => { this.buf.writeUInt16LE(this.pos - at - 2, at); };
  }

  result(): Buffer { return this.buf.subarray(0, this.pos); }
}
