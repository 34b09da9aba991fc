/**
 * The plant's shift calendar in plant-local time (so DST moves shift boundaries in UTC):
 * 1st 06:00–14:00, 2nd 14:00–22:00, 3rd 22:00–06:00 (belongs to the day it starts).
 * Calendars (heuristic, typical of a mid-sized job shop):
 *  - FIVE_DAY: 1st/2nd Mon–Fri, 3rd starting Sun–Thu night; weekends OFFLINE.
 *  - SIX_DAY: FIVE_DAY + Saturday 1st and 2nd.
 *  - CONTINUOUS: all shifts all days (molding, some presses), so production crosses the DST overlap.
 */
import { DateTime } from 'luxon';

export type CalendarKind = 'FIVE_DAY' | 'SIX_DAY' | 'CONTINUOUS';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface ShiftCalendar {
  /** Shift worked at the instant for a calendar kind: 1 | 2 | 3, or 0 when nobody works. */
  shiftAt(ms: number, kind: CalendarKind): 0 | 1 | 2 | 3;
  /**
   * Key of the shift instance that contains `ms` (same key for all minutes of one shift), whether
   * worked or not: localDay·4 + shift, where localDay counts local calendar days since 1970-01-01.
   */
  shiftKey(ms: number): number;
  /** shiftAt from a key (cheaper when the key is already known). */
  shiftOfKey(key: number, kind: CalendarKind): 0 | 1 | 2 | 3;
  /** UTC offset in minutes at the instant. */
  offsetMinutes(ms: number): number;
}

export function createShiftCalendar(zone: string): ShiftCalendar {
  // Offsets cached per UTC hour (IANA transitions in this kind of zone fall on whole UTC hours), with a
  // one-entry front cache because the simulation walks each machine minute by minute.
  const offsets = new Map<number, number>();
  let lastHour = NaN;
  let lastOffset = 0;
  const offsetMinutes = (ms: number): number => {
    const h = Math.floor(ms / HOUR_MS);
    if (h === lastHour) return lastOffset;
    let off = offsets.get(h);
    if (off === undefined) {
      const dt = DateTime.fromMillis(h * HOUR_MS, { zone });
      if (!dt.isValid) throw new Error(`unknown time zone '${zone}'`);
      off = dt.offset;
      offsets.set(h, off);
    }
    lastHour = h;
    lastOffset = off;
    return off;
  };
  const shiftKey = (ms: number): number => {
    const wall = ms + offsetMinutes(ms) * 60_000;
    let day = Math.floor(wall / DAY_MS);
    const hour = Math.floor((wall - day * DAY_MS) / HOUR_MS);
    let shift: number;
    if (hour >= 6 && hour < 14) shift = 1;
    else if (hour >= 14 && hour < 22) shift = 2;
    else {
      shift = 3;
      if (hour < 6) day -= 1; // the 3rd shift belongs to the evening it started
    }
    return day * 4 + shift;
  };
  const shiftOfKey = (key: number, kind: CalendarKind): 0 | 1 | 2 | 3 => {
    const day = Math.floor(key / 4);
    const shift = (key - day * 4) as 1 | 2 | 3;
    if (kind === 'CONTINUOUS') return shift;
    const weekday = (((day + 4) % 7) + 7) % 7; // epoch day 0 was a Thursday; 0 = Sunday
    if (shift === 3) return weekday <= 4 ? 3 : 0; // Sun–Thu nights
    if (weekday >= 1 && weekday <= 5) return shift;
    if (kind === 'SIX_DAY' && weekday === 6) return shift;
    return 0;
  };
  return { offsetMinutes, shiftKey, shiftOfKey, shiftAt: (ms, kind) => shiftOfKey(shiftKey(ms), kind) };
}
