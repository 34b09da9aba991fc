import { IANAZone } from 'luxon';

/**
 * Plant-local naive time ('2026-03-08T02:30:00') → epoch ms UTC in `zone`.
 * Policy (DOMAIN §5.4): a time in the spring-forward gap does not exist and is shifted forward by the gap;
 * a time in the fall-back overlap happened twice and the earlier instant is taken with `ambiguous: true`.
 * Strings that carry 'Z' or an offset are taken as they say. Returns null when unreadable.
 */
export function localNaiveToUtc(text: string, zone: string): { ms: number; ambiguous: boolean } | null {
  const s = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m === null) return null;
  const [, y, mo, d, h, mi, sec, frac, off] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0), Number((frac ?? '0').padEnd(3, '0')));
  if (Number.isNaN(asUtc)) return null;
  if (off !== undefined) {
    if (off === 'Z') return { ms: asUtc, ambiguous: false };
    const sign = off.startsWith('-') ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    return { ms: asUtc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000, ambiguous: false };
  }
  const z = IANAZone.create(zone);
  if (!z.isValid) return null;
  // The offsets in force a day either side bracket any DST change; try both and keep those that round-trip.
  const offsets = [...new Set([z.offset(asUtc - 86_400_000), z.offset(asUtc + 86_400_000), z.offset(asUtc)])];
  const valid = offsets.map((o) => asUtc - o * 60_000).filter((ms) => ms + z.offset(ms) * 60_000 === asUtc).sort((a, b) => a - b);
  if (valid.length === 0) {
    // Gap: use the offset from before the change, which lands the instant after the gap (02:30 CST → 03:30 CDT).
    const before = z.offset(asUtc - 86_400_000);
    return { ms: asUtc - before * 60_000, ambiguous: false };
  }
  return { ms: valid[0]!, ambiguous: valid.length > 1 };
}

/** Epoch ms → plant-local naive 'yyyy-MM-ddTHH:mm:ss' (what the MES expects in requests). */
export function utcToLocalNaive(ms: number, zone: string): string {
  const z = IANAZone.create(zone);
  const local = new Date(ms + z.offset(ms) * 60_000);
  return local.toISOString().slice(0, 19);
}
