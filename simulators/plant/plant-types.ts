import type {
  Area, DriftTruth, Employee, FailureCode, Job, LaborRecord, Machine, MaintenanceEvent, MaintenanceWorkOrder,
  Meter, MeterReading, Part, PmSchedule, ProcessSeries, ProductionRecord, QualityMeasurement, Site,
  StateInterval, WorkCenter,
} from './model.ts';
import type { SeededDisagreement } from './shift-log.ts';

/**
 * Each mess of DOMAIN.md §5 the simulators can inject, switchable one by one. All default to on in the
 * demo; tests that compare against ground truth switch off what the layer does not handle yet.
 */
export interface MessConfig {
  readonly differentIds: boolean;       // §5.1: ERP UD field / CMMS erpResourceId sometimes blank, names vary
  readonly paddedKeys: boolean;         // §5.2: trailing-space nvarchar keys in ERP, zero-padded in MES
  readonly mixedUnits: boolean;         // §5.3: psi/bar, degF/degC, in/mm per source and field
  readonly localTimes: boolean;         // §5.4: naive local times incl. records in the DST gap and overlap
  readonly exoticTimes: boolean;        // §5.5: split date + decimal hours, Excel serials, epoch s vs ms
  readonly sentinels: boolean;          // §5.6: -9999, 'N/A', 1753-01-01, bad OPC quality
  readonly freeTextReasons: boolean;    // §5.7: free-text downtime/reject reasons
  readonly duplicates: boolean;         // §5.10: resent records, overlapping pages
  readonly lateAndCorrected: boolean;   // §5.11: late records and revisions
  readonly counterResets: boolean;      // §5.12: meter rollovers and resets
  readonly secondCompany: boolean;      // §5.18: a second company with clashing job numbers
  readonly unknownParts: boolean;       // §5.15: MES reports parts before ERP has them
  /** Seeded disagreements between ERP, MES and the supervisors' spreadsheet (shift-log.ts): lost MES records, unposted ERP quantities, typos. */
  readonly sourceDisagreements: boolean;
  /** Issue 5 plausibility: ERP labour counts keyed twice into one field (120 → 120120), more than the machine could make. */
  readonly implausibleCounts: boolean;
}

export const allMess: MessConfig = Object.freeze({
  differentIds: true, paddedKeys: true, mixedUnits: true, localTimes: true, exoticTimes: true, sentinels: true,
  freeTextReasons: true, duplicates: true, lateAndCorrected: true, counterResets: true, secondCompany: true,
  unknownParts: true, sourceDisagreements: true, implausibleCounts: true,
});

export const noMess: MessConfig = Object.freeze(
  Object.fromEntries(Object.keys(allMess).map((k) => [k, false])) as unknown as MessConfig,
);

export interface PlantConfig {
  readonly seed: number;
  /** Days of history before the anchor. */
  readonly days: number;
  /** End of generated history, epoch ms UTC. Fixed by default so the same seed gives a byte-identical plant. */
  readonly anchorMs: number;
  readonly machines: number;      // ~40
  readonly parts: number;         // ~200
  readonly timeZone: string;      // 'America/Chicago'
}

/** Ground truth: written from the clean model before any mess is injected. JSON-serializable. */
export interface GroundTruth {
  readonly seed: number;
  readonly site: Site;
  /** True identity of every machine across systems (and its physical assets over time). */
  readonly identities: readonly {
    readonly equipmentId: string;
    readonly erpResourceId: string;
    readonly mesCode: string;
    readonly opcPath: string;
    readonly cmmsName: string;
    readonly cmmsAssets: readonly { readonly cmmsAssetId: string; readonly assetTag: string; readonly serialNumber: string; readonly fromUtc: string; readonly toUtc: string | null }[];
  }[];
  /**
   * True identity of every part of the main company: the canonical material `<Company>/<PartNum>`, its part number and
   * current revision. How the MES spells it under a mess is simulators/mes `renderMesPartNum` (zero-filled, suffixed).
   */
  readonly materialIdentities: readonly { readonly materialId: string; readonly partNum: string; readonly revision: string }[];
  /**
   * True identity of every job: the canonical production order `<Company>/<JobNum>`, the part and revision it builds
   * and its operations (the MES order ids are `<job>-<operation>`, the job spelled by simulators/mes `renderMesJobNum`).
   */
  readonly orderIdentities: readonly {
    readonly orderId: string; readonly jobNum: string; readonly partNum: string; readonly revision: string; readonly operations: readonly number[];
  }[];
  readonly drifts: readonly (Omit<DriftTruth, 'onsetMs' | 'endMs'> & { readonly onsetUtc: string; readonly endUtc: string })[];
  /** Variables that had no drift episode anywhere in the history (for false-alarm scoring). */
  readonly stableVariables: readonly { readonly machineId: string; readonly tag: string }[];
  readonly jobQuantities: readonly {
    readonly company: string; readonly jobNum: string; readonly oprSeq: number; readonly machineId: string;
    readonly goodQty: number; readonly scrapQty: number;
  }[];
  readonly downtimeMinutesByMachine: Readonly<Record<string, number>>;
  /** What the reconciliation of ERP, MES and the supervisors' shift log should find (simulators/plant/shift-log.ts). */
  readonly reconciliation: ReconciliationTruth;
}

/** Ground truth for reconciliation: the shift log's coverage, the seeded disagreements and the true figures. */
export interface ReconciliationTruth {
  readonly coverageFromUtc: string;
  readonly coverageToUtc: string;
  readonly seeded: readonly SeededDisagreement[];
  /** Orders whose whole life lies in the coverage: true final-operation good, scrap over all operations, produced = good + scrap. */
  readonly orders: readonly { readonly id: string; readonly status: string; readonly good: number; readonly scrap: number; readonly produced: number; readonly plannedQuantity: number; readonly completion: 0 | 1 }[];
  /** True downtime minutes per machine and shift window of the coverage. */
  readonly shiftDowntime: readonly { readonly equipmentId: string; readonly shiftStartUtc: string; readonly shiftEndUtc: string; readonly minutes: number }[];
  /** True good/scrap pieces per machine and shift window of the coverage (records by the shift they started in). */
  readonly shiftProduction: readonly { readonly equipmentId: string; readonly shiftStartUtc: string; readonly good: number; readonly scrap: number }[];
}

/** The whole clean plant. Arrays are sorted by time where they have one. */
export interface Plant {
  readonly config: PlantConfig;
  readonly site: Site;
  readonly areas: readonly Area[];
  readonly workCenters: readonly WorkCenter[];
  readonly machines: readonly Machine[];
  readonly parts: readonly Part[];
  readonly employees: readonly Employee[];
  readonly jobs: readonly Job[];
  readonly productionRecords: readonly ProductionRecord[];
  readonly labor: readonly LaborRecord[];
  readonly states: readonly StateInterval[];
  readonly series: readonly ProcessSeries[];
  readonly quality: readonly QualityMeasurement[];
  readonly events: readonly MaintenanceEvent[];
  readonly workOrders: readonly MaintenanceWorkOrder[];
  readonly failureCodes: readonly FailureCode[];
  readonly pmSchedules: readonly PmSchedule[];
  readonly meters: readonly Meter[];
  readonly meterReadings: readonly MeterReading[];
  readonly drifts: readonly DriftTruth[];
}
