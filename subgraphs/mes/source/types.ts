import type { SchemaWatcher, UpstreamStats } from '../../../common/index.ts';

/** Domain shapes the MES adapter produces. Times are epoch ms UTC; values are as the MES sent them unless named canonical. */

export interface MesTag {
  readonly tag: string;
  readonly name: string;
  readonly kind: 'PV' | 'QC';
  /** The unit string the MES uses, e.g. 'psig'; null when it sent none. */
  readonly sourceUnit: string | null;
  /** Nominal and spec limits in the source unit; null when absent. */
  readonly nominal: number | null;
  readonly lsl: number | null;
  readonly usl: number | null;
}

export interface MesEquipment {
  readonly mesCode: string;
  /** Canonical equipment id (ERP ResourceID, trimmed + upper-cased) or null when the alias is blank/unknown. */
  readonly equipmentId: string | null;
  /** The alias exactly as the MES master carries it (v1 ErpResourceCode, v2 ExternalRefs/ErpCode). */
  readonly erpAliasRaw: string;
  readonly parentId: string | null;
  /** Description of the parent (the line, e.g. 'Stamping presses'); null when the master has none. */
  readonly parentDescription?: string | null;
  readonly level: string;
  readonly description: string;
  readonly opcPath: string | null;
  readonly tags: readonly MesTag[];
}

export interface MesServerInfo {
  readonly serverTimeMs: number;
  readonly version: string;
  readonly timeZone: string;
  readonly siteCode: string;
}

/** How the adapter resolved a row's naive local times (normalization/time); absent = plain instants. */
export interface TimeFlags {
  /** Per time field of the row (start, end, recorded …): the wall time fell in a DST overlap and nothing decided it. */
  readonly ambiguous: Readonly<Record<string, boolean>>;
  /** Per time field: the wall time fell in a DST gap and was shifted forward. */
  readonly gap: Readonly<Record<string, boolean>>;
  /** Some time fell in a DST gap and was shifted forward. */
  readonly gapShifted: boolean;
  /** Some overlap time was decided by the machine's own order of times. */
  readonly sequenceResolved: boolean;
}

export interface MesStateRow {
  readonly mesCode: string;
  readonly stateCode: number | null;
  readonly stateName: string;
  readonly reasonText: string | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly ambiguous: boolean;
  readonly timeFlags?: TimeFlags;
}

export interface MesProductionRow {
  readonly recordId: string;
  readonly revision: number;
  readonly mesCode: string;
  /** MES work order, e.g. 'J004512-10'. */
  readonly workOrder: string;
  readonly goodSource: number;
  readonly rejectSource: number;
  readonly uom: string;
  /** Parts per counted unit (presses count strokes); 1 when not sent. */
  readonly perCount: number;
  readonly rejectReason: string | null;
  readonly startMs: number;
  readonly endMs: number;
  readonly recordedMs: number;
  readonly timeFlags?: TimeFlags;
}

export interface MesSampleRow {
  readonly mesCode: string;
  readonly tag: string;
  readonly timeMs: number;
  /** The value text as sent ('2075.3', '-9999', 'N/A'). */
  readonly sourceValue: string;
  readonly sourceUnit: string;
  readonly quality: string;
  readonly timeFlags?: TimeFlags;
}

export interface MesMeasurementRow {
  readonly measurementId: string;
  readonly mesCode: string;
  readonly workOrder: string;
  readonly tag: string;
  readonly sourceValue: string;
  readonly sourceUnit: string;
  readonly timeMs: number;
}

/** One MES work order: the MES's order id (ERP job + operation, e.g. 'J004512-10') and the part number it makes. */
export interface MesWorkOrderRow {
  /** The order id exactly as the MES sends it (padding kept). */
  readonly orderId: string;
  readonly jobNum: string;
  readonly operSeq: number | null;
  /** The part number as the MES has it (may be zero-filled or carry a revision suffix); null when blank. */
  readonly partNum: string | null;
  readonly mesCode: string | null;
  /**
   * Canonical material of `partNum` through the identity crosswalk (LINKED/CONFIRMED), null when only proposed or
   * unknown to the ERP; absent when no crosswalk translated the row (then the part number is taken as it is).
   */
  readonly materialId?: string | null | undefined;
}

export interface OpcReading {
  readonly itemPath: string;
  /** Null when the item is unknown (resultId set) or carries no value. */
  readonly value: number | null;
  /** OPC QualityField ('good', 'badSensorFailure', …); null for unknown items. */
  readonly quality: string | null;
  readonly timeMs: number | null;
  readonly resultId: string | null;
}

/**
 * The MES port. Every method either resolves with rows or rejects with a coded GraphQLError
 * (MES_UNAVAILABLE, MES_TIMEOUT, MES_SOAP_FAULT, MES_BUSY, MES_AUTH_FAILED, MES_BAD_RESPONSE).
 * `mesCode` null = all equipment (one site-wide call, paged).
 */
export interface MesSource {
  /** The watch of the WSDL contract (absent in fakes): current remap, re-fingerprinting, the change log. */
  readonly schema?: SchemaWatcher;
  serverInfo(): Promise<MesServerInfo>;
  equipmentList(): Promise<readonly MesEquipment[]>;
  stateHistory(mesCode: string | null, fromMs: number, toMs: number): Promise<readonly MesStateRow[]>;
  productionRecords(mesCode: string | null, fromMs: number, toMs: number): Promise<readonly MesProductionRow[]>;
  processSamples(mesCode: string, tags: readonly string[], fromMs: number, toMs: number, intervalSec: number): Promise<readonly MesSampleRow[]>;
  qualityMeasurements(mesCode: string | null, fromMs: number, toMs: number): Promise<readonly MesMeasurementRow[]>;
  /** Work orders planned in [fromMs, toMs) (GetWorkOrders, paged); absent in fakes (then no order or part ids are published). */
  workOrders?(fromMs: number, toMs: number): Promise<readonly MesWorkOrderRow[]>;
  /** One OPC XML-DA Read for all item paths; per-item errors are in-band (resultId), not rejections. */
  readCurrent(itemPaths: readonly string[]): Promise<readonly OpcReading[]>;
  stats(): UpstreamStats;
  resetStats(): void;
  close(): Promise<void>;
}
