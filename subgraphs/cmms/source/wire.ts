import { z } from 'zod';
import { Code, plantError } from '../../../common/index.ts';
import type {
  CmmsAsset, CmmsFailureCode, CmmsMeter, CmmsMeterReading, CmmsPmSchedule, CmmsWorkOrder, WorkOrderPriority, WorkOrderStatus,
} from './domain.ts';
import { checkSentinel, fromEpoch, isKnownUnit, mapMaintenanceStatus, toCanonical } from '../../../normalization/index.ts';
import type { SentinelRules } from '../../../normalization/index.ts';

/**
 * The CMMS's JSON contract (both API versions), validated with zod, and the mapping to domain objects.
 * Lenient where vendors are sloppy (missing optional fields, extra fields) and strict where a wrong guess
 * would be a false claim (ids, statuses, types, times).
 */

const isoInstant = z.string().refine((s) => Number.isFinite(Date.parse(s)), 'not an ISO-8601 instant');
const optIso = isoInstant.nullable().optional();
const optStr = z.string().nullable().optional();
const optNum = z.number().nullable().optional();

export const assetWire = z.object({
  id: z.string().min(1),
  assetTag: z.string(),
  name: z.string(),
  serialNumber: optStr,
  manufacturer: optStr,
  model: optStr,
  criticality: z.enum(['A', 'B', 'C']).nullable().optional(),
  locationId: optStr,
  status: z.enum(['active', 'down', 'retired']),
  installedAt: optIso,
  retiredAt: optIso,
  updatedAt: optIso,
  customFields: z.object({ erpResourceId: z.string().nullable().optional() }).partial().nullable().optional(),
});

// The 2023-01-15 status vocabulary (the contract, source/contract.ts): a later version's COMPLETED reaches this
// point already mapped to DONE by the schema watch's value map. Unknown priorities map to null, not a failure.
const statusWire = z.enum(['OPEN', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED']);
// Lenient on purpose: sloppy CMMS data sends names even under the integer contract; toPriority reads both.
const priorityWire = z.union([z.number(), z.string()]).nullable().optional();

export const workOrderWire = z.object({
  id: z.string().min(1),
  number: z.string(),
  title: z.string(),
  description: optStr,
  type: z.enum(['CORRECTIVE', 'PREVENTIVE', 'INSPECTION', 'CALIBRATION']),
  status: statusWire,
  priority: priorityWire,
  assetId: z.string().min(1),
  failure: z.object({ classCode: z.string(), problemCode: optStr, causeCode: optStr, remedyCode: optStr }).nullable().optional(),
  reportedAt: optIso,
  reportedAtEpoch: optNum,
  startedAt: optIso,
  completedAt: optIso,
  downtimeMinutes: optNum,
  laborHours: optNum,
  updatedAt: isoInstant,
});

export const meterWire = z.object({
  id: z.string().min(1),
  assetId: z.string(),
  name: z.string(),
  kind: z.enum(['cumulative', 'gauge']),
  unit: z.string(),
  rolloverAt: z.number().positive().nullable().optional(),
});

export const readingWire = z.object({
  meterId: z.string().optional(),
  value: z.number(),
  unit: z.string(),
  readingAt: isoInstant,
  source: z.enum(['manual', 'sensor']),
});

interface FailureNodeWire { code: string; level: 'class' | 'problem' | 'cause' | 'remedy'; description: string; children?: FailureNodeWire[] | undefined }
const failureNodeWire: z.ZodType<FailureNodeWire> = z.lazy(() => z.object({
  code: z.string(), level: z.enum(['class', 'problem', 'cause', 'remedy']), description: z.string(),
  children: z.array(failureNodeWire).optional(),
}));
export const failureTreeWire = z.object({ data: z.array(failureNodeWire) });

export const pmScheduleWire = z.object({ id: z.string(), assetId: z.string(), title: z.string(), intervalDays: z.number().int(), nextDueAt: isoInstant });

export const locationWire = z.object({ id: z.string(), name: z.string() });

export const tokenWire = z.object({ token: z.string().min(1), expiresAt: isoInstant });

export function pageWire<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().optional(), hasMore: z.boolean().optional() });
}
export const listWire = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/**
 * How far a counter counts before it shows zero again: the rollover value plus one step of its resolution
 * (65535 → 65536; a 99999.9 h meter → 100000). Heuristic: the resolution is read from the decimals given.
 */
export function rolloverWidth(rolloverAt: number): number {
  const decimals = (String(rolloverAt).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  return Math.round(rolloverAt * scale + 1) / scale;
}

/** Per-field sentinels this CMMS writes for "not entered" / "sensor fault" (DOMAIN §5.6). */
export const cmmsSentinels: SentinelRules = Object.freeze({
  'CMMS.WorkOrder.laborHours': [-9999], 'CMMS.WorkOrder.downtimeMinutes': [-9999], 'CMMS.MeterReading.value': [-9999],
});

/** A number field after sentinel handling: null for null/absent and for a declared sentinel of the field. */
function checkedNumber(field: string, v: number | null | undefined): number | null {
  return checkSentinel(field, v, cmmsSentinels).value ?? null;
}

/** Sentinel meter values ("sensor fault") that are not measurements: served as null with a reason, never averaged. */
export const isSentinelReading = (value: number): boolean => checkSentinel('CMMS.MeterReading.value', value, cmmsSentinels).missingReason === 'SENTINEL';

/** The canonical unit id for a CMMS unit string (normalization/: `psi` → `bar`, `Hours` → `h`); 'UNKNOWN' when unknown. */
export function canonicalUnit(unit: string): string {
  return isKnownUnit(unit) ? toCanonical(0, unit).unit : 'UNKNOWN';
}

const ms = (s: string | null | undefined): number | null => (s === null || s === undefined ? null : Date.parse(s));

/** Canonical equipment id from an ERP alias: trimmed and upper-cased; null when blank. */
export function equipmentIdOf(alias: string | null | undefined): string | null {
  const v = (alias ?? '').trim().toUpperCase();
  return v === '' ? null : v;
}

export function toAsset(a: z.infer<typeof assetWire>): CmmsAsset {
  return {
    id: a.id, assetTag: a.assetTag, name: a.name, serialNumber: a.serialNumber ?? null, manufacturer: a.manufacturer ?? null,
    model: a.model ?? null, status: a.status === 'active' ? 'ACTIVE' : a.status === 'down' ? 'DOWN' : 'RETIRED',
    criticality: a.criticality ?? null, locationId: a.locationId ?? null, installedMs: ms(a.installedAt), retiredMs: ms(a.retiredAt), updatedMs: ms(a.updatedAt),
    equipmentId: equipmentIdOf(a.customFields?.erpResourceId),
  };
}

const priorityByInt: readonly WorkOrderPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
const priorityByName: Readonly<Record<string, WorkOrderPriority>> = {
  none: 'LOW', low: 'LOW', medium: 'MEDIUM', normal: 'MEDIUM', high: 'HIGH', urgent: 'URGENT', critical: 'URGENT',
};

/** Canonical priority from either API version; undefined for a value neither version defines. */
export function toPriority(p: number | string | null | undefined): WorkOrderPriority | null | undefined {
  if (p === null || p === undefined) return null;
  if (typeof p === 'number') return Number.isInteger(p) ? priorityByInt[p] : undefined;
  return priorityByName[p.trim().toLowerCase()];
}

/** Either API version's status → canonical, through normalization's status table (DONE and COMPLETED are COMPLETED). */
export function toStatus(s: z.infer<typeof statusWire>): WorkOrderStatus {
  // The zod enum admits only statuses the table knows, so null cannot happen here.
  return mapMaintenanceStatus(s).value ?? 'OPEN';
}

function sentinelsOf(w: z.infer<typeof workOrderWire>): { sentinelFields?: readonly string[] } {
  const fields = (['laborHours', 'downtimeMinutes'] as const).filter((f) => checkSentinel(`CMMS.WorkOrder.${f}`, w[f], cmmsSentinels).missingReason === 'SENTINEL');
  return fields.length === 0 ? {} : { sentinelFields: fields };
}

/**
 * When the work order was reported: the ISO reportedAt, else the legacy reportedAtEpoch decoded by normalization's
 * fromEpoch (seconds or milliseconds by magnitude; legacy-portal records carry seconds and no ISO time). Neither, or
 * an epoch outside 1990–2100, is a response this adapter cannot read: CMMS_BAD_RESPONSE.
 */
function reportedOf(w: z.infer<typeof workOrderWire>): { reportedMs: number; reportedEpochUnit?: 's' | 'ms' } {
  if (w.reportedAt !== null && w.reportedAt !== undefined) return { reportedMs: Date.parse(w.reportedAt) };
  const epoch = w.reportedAtEpoch;
  if (epoch !== null && epoch !== undefined) {
    try {
      // The zone only shapes the local rendering, which is not kept here: the canonical value is the UTC instant.
      const t = fromEpoch(epoch, 'UTC');
      return { reportedMs: t.utc, reportedEpochUnit: t.epochUnit };
    } catch { /* reported below as a bad response */ }
  }
  throw plantError(Code.CMMS_BAD_RESPONSE, `CMMS work order ${w.id} has no readable reportedAt or reportedAtEpoch`,
    { source: 'CMMS', retryable: false, detail: { field: 'reportedAt' } });
}

export function toWorkOrder(w: z.infer<typeof workOrderWire>, onUnknownPriority: (value: string) => void): CmmsWorkOrder {
  const priority = toPriority(w.priority);
  if (priority === undefined) onUnknownPriority(String(w.priority));
  return {
    id: w.id, number: w.number, title: w.title, description: w.description ?? null, type: w.type, status: toStatus(w.status),
    priority: priority ?? null, assetId: w.assetId,
    failure: w.failure === null || w.failure === undefined ? null : {
      classCode: w.failure.classCode, problemCode: w.failure.problemCode ?? null, causeCode: w.failure.causeCode ?? null, remedyCode: w.failure.remedyCode ?? null,
    },
    ...reportedOf(w), startedMs: ms(w.startedAt), completedMs: ms(w.completedAt),
    // -9999 is the legacy "not entered" sentinel: unknown, never a number to sum. Other negatives stay and are flagged
    // implausible in the work order's dataQuality.
    downtimeMinutes: checkedNumber('CMMS.WorkOrder.downtimeMinutes', w.downtimeMinutes), laborHours: checkedNumber('CMMS.WorkOrder.laborHours', w.laborHours),
    updatedMs: Date.parse(w.updatedAt), ...sentinelsOf(w),
  };
}

export function toMeter(m: z.infer<typeof meterWire>): CmmsMeter {
  return {
    id: m.id, assetId: m.assetId, name: m.name, kind: m.kind === 'cumulative' ? 'CUMULATIVE' : 'GAUGE',
    unit: canonicalUnit(m.unit), sourceUnit: m.unit, rolloverAt: m.rolloverAt ?? null,
  };
}

/** A reading in its meter's canonical unit (normalization/); an unknown unit string keeps the value with unit 'UNKNOWN'. */
export function toReading(meterId: string, r: z.infer<typeof readingWire>): CmmsMeterReading {
  const unit = canonicalUnit(r.unit);
  // A sentinel is kept as a reading without a value: the CMMS did take a reading at that instant (DOMAIN §5.6).
  const sentinel = isSentinelReading(r.value);
  const value = sentinel ? null : unit === 'UNKNOWN' ? r.value : toCanonical(r.value, r.unit).value;
  return {
    meterId, readingMs: Date.parse(r.readingAt), value, missingReason: sentinel ? 'SENTINEL' : null, unit, sourceValue: r.value, sourceUnit: r.unit,
    source: r.source === 'manual' ? 'MANUAL' : 'SENSOR',
  };
}

export function toFailureCode(n: FailureNodeWire): CmmsFailureCode {
  return {
    code: n.code, level: n.level.toUpperCase() as CmmsFailureCode['level'], description: n.description,
    children: (n.children ?? []).map(toFailureCode),
  };
}

export function toPmSchedule(p: z.infer<typeof pmScheduleWire>): CmmsPmSchedule {
  return { id: p.id, assetId: p.assetId, title: p.title, intervalDays: p.intervalDays, nextDueMs: Date.parse(p.nextDueAt) };
}
