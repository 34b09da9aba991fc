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
  /** Key of the shift instance that contains `ms` (same key for all minutes of one shift), whether worked or not. */
  shiftKey(ms: number): number;
  /** UTC offset in minutes at the instant (cached per UTC hour). */
  offsetMinutes(ms: number): number;
}

export function createShiftCalendar(zone: string): ShiftCalendar {
  // Offsets cached per UTC hour: IANA transitions in this kind of zone fall on whole UTC hours.
  const offsets = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    const h = Math.floor(ms / HOUR_MS);
    let off = offsets.get(h);
    if (off === undefined) {
      off = DateTime.fromMillis(h * HOUR_MS, { zone }).offset;
      offsets.set(h, off);
    }
    return off;
  };
  const shiftOf = (localHour: number): 1 | 2 | 3 => (localHour >= 6 && localHour < 14 ? 1 : localHour >= 14 && localHour < 22 ? 2 : 3);
  const calendarDay = (ms: number): { day: number; shift: 1 | 2 | 3 } => {
    const wall = ms + offsetMinutes(ms) * 60_000;
    let day = Math.floor(wall / DAY_MS);
    const hour = Math.floor((wall - day * DAY_MS) / HOUR_MS);
    const shift = shiftOf(hour);
    if (shift === 3 && hour < 6) day -= 1; // the 3rd shift belongs to the evening it started
    return { day, shift };
  };
  return {
    offsetMinutes,
    shiftKey: (ms) => {
      const { day, shift } = calendarDay(ms);
      return day * 4 + shift;
    },
    shiftAt: (ms, kind) => {
      const { day, shift } = calendarDay(ms);
      if (kind === 'CONTINUOUS') return shift;
      const weekday = (day + 4) % 7; // epoch day 0 was a Thursday; 0 = Sunday
      if (shift === 3) return weekday >= 0 && weekday <= 4 ? 3 : 0; // Sun–Thu nights
      if (weekday >= 1 && weekday <= 5) return shift;
      if (kind === 'SIX_DAY' && weekday === 6) return shift;
      return 0;
    },
  };
}
