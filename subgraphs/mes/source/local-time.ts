import { formatLocal, parseNaiveLocal, resolveLocalSequence, resolveLocalTime } from '../../../normalization/index.ts';
import type { PlantTime } from '../../../normalization/index.ts';

/**
 * The MES's times → UTC through normalization/ (luxon's IANA data; no DST rule is written here).
 * Legacy MES servers send naive plant-local xsd:dateTime text; a string carrying 'Z' or an offset is taken as it says.
 * Policy (DOMAIN §5.4, normalization/README): a wall time in the spring-forward gap is shifted forward
 * (`shiftedFromGap`); one in the fall-back overlap is the earlier instant with `ambiguous: true`, unless the
 * machine's own sequence of times decides it ({@link resolveMesSequence}).
 */
export interface MesTime extends PlantTime {
  /** Epoch ms UTC (= utc); kept under the name the adapter's rows use. */
  readonly ms: number;
}

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

function withOffset(s: string, zone: string): MesTime | null {
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return null;
  return { ms, utc: ms, local: formatLocal(ms, zone), ambiguous: false, shiftedFromGap: false };
}

const asMes = (t: PlantTime): MesTime => ({ ...t, ms: t.utc });

/** One MES time text → UTC in `zone`; null when unreadable (the adapter reports MES_BAD_RESPONSE). */
export function localNaiveToUtc(text: string, zone: string): MesTime | null {
  const s = text.trim();
  if (OFFSET.test(s)) return withOffset(s, zone);
  try { return asMes(resolveLocalTime(s, zone)); } catch { return null; }
}

/**
 * Times one machine wrote in time order (a state history's start, end, start, end …; one tag's samples):
 * an overlap time that would run backwards takes its later instant (normalization's resolveLocalSequence).
 * Returns null at the index of an unreadable text.
 */
export function resolveMesSequence(texts: readonly string[], zone: string): (MesTime | null)[] {
  const trimmed = texts.map((t) => t.trim());
  if (trimmed.some((t) => OFFSET.test(t))) return trimmed.map((t) => localNaiveToUtc(t, zone));
  const naive = trimmed.map((t) => { try { return parseNaiveLocal(t); } catch { return null; } });
  const ok = naive.flatMap((n) => (n === null ? [] : [n]));
  const resolved = resolveLocalSequence(ok, zone);
  let i = 0;
  return naive.map((n) => (n === null ? null : asMes(resolved[i++]!)));
}

/** Epoch ms → plant-local naive 'yyyy-MM-ddTHH:mm:ss' (what the MES expects in requests). */
export function utcToLocalNaive(ms: number, zone: string): string {
  return formatLocal(ms, zone).slice(0, 19);
}
