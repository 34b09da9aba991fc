import type { PlantTime } from './plant-time.ts';

/**
 * When something happened on the floor (B2MML Effective time, a production record's end). The `role` tag
 * makes it a different type from {@link RecordedTime}, so the compiler refuses one where the other belongs:
 * KPI windows are cut on event time, watermarks and lateness on recorded time.
 */
export interface EventTime extends PlantTime {
  readonly role: 'event';
}

/** When the source system wrote the record (B2MML Record timestamp); later than EventTime for late data. */
export interface RecordedTime extends PlantTime {
  readonly role: 'recorded';
}

/** Tags a resolved time as an event time. */
export function asEventTime(t: PlantTime): EventTime {
  return Object.freeze({ ...t, role: 'event' });
}

/** Tags a resolved time as a recorded time. */
export function asRecordedTime(t: PlantTime): RecordedTime {
  return Object.freeze({ ...t, role: 'recorded' });
}

/** How late a record arrived: recorded − event, in ms (negative means the source clock is skewed). */
export function latenessMs(eventTime: EventTime, recordedTime: RecordedTime): number {
  return recordedTime.utc - eventTime.utc;
}
