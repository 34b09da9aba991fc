// Test fixtures of the interpretation subgraph (named so node --test does not run it as a test file):
// in-process MES/CMMS/ERP/context fixture subgraphs that expose the argument-free recent* inputs, for the
// gateway-level test. Never imported by production code.
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { findRepoRoot } from '../../common/index.ts';
import type { RequestFacts, SubgraphRuntime } from '../../common/index.ts';

export const T0 = Date.parse('2026-03-01T00:00:00.000Z');
export const STEP_MS = 5 * 60_000;

/** Deterministic standard normal draws (mulberry32 + Box–Muller). */
export function createNormal(seed: number): () => number {
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** `n` samples every 5 min from T0: level + sigma·noise, plus `shift` from index `stepAt` on. */
export function series(n: number, o: { level?: number; sigma?: number; shift?: number; stepAt?: number; seed?: number; t0?: number } = {}): { time: string; value: number }[] {
  const z = createNormal(o.seed ?? 1);
  const t0 = o.t0 ?? T0;
  return Array.from({ length: n }, (_, i) => ({
    time: new Date(t0 + i * STEP_MS).toISOString(),
    value: (o.level ?? 10) + (o.sigma ?? 0.1) * z() + (o.stepAt !== undefined && i >= o.stepAt ? (o.shift ?? 0) : 0),
  }));
}

export const timeAt = (i: number, t0 = T0): string => new Date(t0 + i * STEP_MS).toISOString();

/** A tool change at sample index `i`: a SETUP interval of 20 min that ends at sample i. */
export const toolChangeAt = (i: number) => ({ state: 'SETUP', startTime: timeAt(i - 4), endTime: timeAt(i), reasonCode: 'TOOL_CHANGE' });

// ---------------------------------------------------------------------------------------------
// Fixture subgraphs for the gateway test: erp owns Equipment; mes owns ProcessVariable and
// QualityCharacteristic and serves recentSamples/recentStates/recentMeasurements; cmms serves
// recentMaintenance. The SDL is a faithful subset of schema/{erp,mes,cmms}.graphql.

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

export const fixtureErpSdl = `${link}
type Equipment @key(fields: "id") { id: ID! name: String! }
type WorkCenter @key(fields: "id") { id: ID! equipment: [Equipment!] }
type Query { equipmentList: [Equipment!]! workCenter(id: ID!): WorkCenter }`;

export const fixtureMesSdl = `${link}
scalar DateTime
type Query { processVariable(id: ID!): ProcessVariable }
type Equipment @key(fields: "id") {
  id: ID!
  recentStates: [EquipmentStateInterval!]
  processVariables: [ProcessVariable!]
  qualityCharacteristics: [QualityCharacteristic!]
}
enum EquipmentState { RUNNING SETUP IDLE_STARVED IDLE_BLOCKED DOWN_UNPLANNED DOWN_PLANNED OFFLINE UNKNOWN }
type EquipmentStateInterval { state: EquipmentState startTime: DateTime! endTime: DateTime! reasonCode: String }
type ProcessVariable @key(fields: "id") {
  id: ID! tag: String! unit: String equipment: Equipment! lowerSpecLimit: Float upperSpecLimit: Float
  recentSamples: [ProcessSample!]
}
type ProcessSample { time: DateTime! value: Float }
type QualityCharacteristic @key(fields: "id") { id: ID! unit: String lsl: Float usl: Float equipment: Equipment! recentMeasurements: [QualityMeasurement!] }
type QualityMeasurement { time: DateTime! value: Quantity }
type Quantity @shareable { value: Float! unit: String! sourceValue: Float sourceUnit: String }`;

export const fixtureCmmsSdl = `${link}
scalar DateTime
type Equipment @key(fields: "id") { id: ID! recentMaintenance: [MaintenanceWorkOrder!] }
enum MaintenanceWorkOrderType { CORRECTIVE PREVENTIVE INSPECTION CALIBRATION }
enum MaintenanceWorkOrderStatus { OPEN IN_PROGRESS ON_HOLD COMPLETED CANCELLED }
type MaintenanceWorkOrder @key(fields: "id") { id: ID! title: String reportedAt: DateTime! type: MaintenanceWorkOrderType status: MaintenanceWorkOrderStatus! completedAt: DateTime failure: FailureReport }
type FailureReport { classCode: String! problemCode: String causeCode: String remedyCode: String }`;

export const fixtureContextSdl = `${link}
scalar DateTime
type Equipment @key(fields: "id") { id: ID! recentNotes: [OperatorNote!] }
enum NoteCategory { TOOL_CHANGE MATERIAL_LOT_CHANGE SETUP SENSOR_SUSPECT QUALITY_CONCERN MAINTENANCE_REQUEST DOWNTIME GENERAL UNCLASSIFIED }
enum NoteMentionKind { EQUIPMENT TOOLING PART_NUMBER VARIABLE_TAG PRODUCTION_ORDER }
type NoteMention { kind: NoteMentionKind! text: String! value: String confidence: Float! }
type OperatorNote @key(fields: "id") { id: ID! time: DateTime! endTime: DateTime category: NoteCategory! confidence: Float! text: String! mentions: [NoteMention!]! }`;

export interface FixtureNote {
  id: string; time: string; endTime: string | null; category: string; confidence: number; text: string;
  mentions: { kind: string; text: string; value: string | null; confidence: number }[];
}

export interface FixturePlant {
  equipment: { id: string; name: string }[];
  /** Process variables by id `<equipmentId>/<tag>`. */
  variables: { id: string; equipmentId: string; unit: string; lsl: number | null; usl: number | null; samples: { time: string; value: number | null }[] }[];
  states: Record<string, { state: string; startTime: string; endTime: string; reasonCode: string | null }[]>;
  maintenance: Record<string, { id: string; type: string; status: string; completedAt: string | null; failure?: { classCode: string; problemCode: string | null; remedyCode: string | null } | null }[]>;
  /** When true, cmms fails recentMaintenance (to test INTERP_INPUT_UNAVAILABLE end to end). */
  cmmsDown: boolean;
  /** Operator notes by equipment id (context subgraph); absent = none. */
  notes?: Record<string, FixtureNote[]>;
  /** When true, the context subgraph fails recentNotes. */
  contextDown?: boolean;
  /** MES production records by equipment id (served by the fixture's recon subgraph). */
  production?: Record<string, { recordId: string; operationSequence: number; startTime: string; endTime: string; recordedTime: string; order: string; good: number; scrap: number }[]>;
  /** Counts of fixture resolver calls, by `subgraph.Type.field`, to check batching. */
  calls: Record<string, number>;
}

function runtime(name: string, sdl: string, resolvers: object): SubgraphRuntime {
  return {
    name,
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    createContext: (facts: RequestFacts) => ({ facts }),
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: async () => true,
    close: async () => {},
  };
}

/**
 * The reconciliation inputs (erp order/work-center fields, mes recentProduction, spreadsheet lines) in one
 * fixture subgraph, so the supergraph composes; these gateway tests never query them (they answer null).
 */
export const fixtureReconcileSdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
scalar DateTime
type Quantity @shareable { value: Float! unit: String! sourceValue: Float sourceUnit: String }
type DataFreshness @shareable { stale: Boolean! asOf: DateTime }
type Site @key(fields: "id") { id: ID! areas: [Area!] }
type Area @key(fields: "id") { id: ID! workCenters: [WorkCenter!] }
type WorkCenter @key(fields: "id") { id: ID! activeProductionOrders: [ProductionOrder!] recentProductionOrders: [ProductionOrder!] }
type Equipment @key(fields: "id") { id: ID! spreadsheetDowntime: SpreadsheetDowntime recentProduction: RecentProduction recentLabor: RecentLabor spreadsheetProduction: SpreadsheetProduction }
type RecentLabor { from: DateTime! to: DateTime! records: [LaborRecord!]! }
type LaborRecord { clockIn: DateTime clockOut: DateTime quantity(unit: String): Quantity scrapQuantity(unit: String): Quantity dataQuality: DataQuality! }
type DataQuality @shareable { completeness: Float! asOf: DateTime issues: [DataQualityIssue!]! normalized: [String!]! }
type DataQualityIssue @shareable { code: String! field: String! raw: String detail: String }
enum ProductionOrderStatus { RELEASED IN_PROGRESS COMPLETE CLOSED HELD UNRELEASED }
type ProductionOrder @key(fields: "id") { id: ID! status: ProductionOrderStatus plannedQuantity(unit: String): Quantity freshness: DataFreshness! operations: [ProductionOrderOperation!] recentProduction: RecentProduction spreadsheetProduction: SpreadsheetProduction }
type ProductionOrderOperation { sequence: Int! actualStart: DateTime completedQuantity(unit: String): Quantity scrapQuantity(unit: String): Quantity }
type RecentProduction { from: DateTime! to: DateTime! records: [ProductionRecord!]! }
type ProductionRecord { recordId: ID! operationSequence: Int startTime: DateTime! endTime: DateTime! recordedTime: DateTime! productionOrder: ProductionOrder goodQuantity(unit: String): Quantity scrapQuantity(unit: String): Quantity }
type SpreadsheetCoverage { from: DateTime! to: DateTime! }
type SpreadsheetProvenance { file: String! sheet: String! row: Int! modifiedAt: DateTime! }
type SpreadsheetProduction { coverage: SpreadsheetCoverage! lines: [SpreadsheetProductionLine!]! }
type SpreadsheetProductionLine { shiftStart: DateTime! operationSequence: Int! goodQuantity: Quantity! scrapQuantity: Quantity! provenance: SpreadsheetProvenance! }
type SpreadsheetDowntime { coverage: SpreadsheetCoverage! lines: [SpreadsheetDowntimeLine!]! }
type SpreadsheetDowntimeLine { shiftStart: DateTime! minutes: Float! provenance: SpreadsheetProvenance! }
type Query { site(id: ID!): Site }`;

/** Runtimes of fixture erp/mes/cmms over `plant` (mutable: tests change it between queries). */
export function createFixturePlantSubgraphs(plant: FixturePlant): Record<'erp' | 'mes' | 'cmms' | 'context' | 'recon', SubgraphRuntime> {
  const count = (k: string) => { plant.calls[k] = (plant.calls[k] ?? 0) + 1; };
  const pv = (id: string) => plant.variables.find((v) => v.id === id) ?? null;
  const erp = runtime('erp', fixtureErpSdl, {
    Query: { equipmentList: () => plant.equipment, workCenter: (_: unknown, a: { id: string }) => ({ id: a.id }) },
    Equipment: { __resolveReference: (ref: { id: string }) => plant.equipment.find((e) => e.id === ref.id) ?? null },
    // One work center holding every fixture equipment.
    WorkCenter: { equipment: () => plant.equipment },
  });
  const mes = runtime('mes', fixtureMesSdl, {
    Query: { processVariable: (_: unknown, a: { id: string }) => pv(a.id) },
    Equipment: {
      __resolveReference: (ref: { id: string }) => ref,
      recentStates: (e: { id: string }) => { count('mes.Equipment.recentStates'); return plant.states[e.id] ?? []; },
      processVariables: (e: { id: string }) => plant.variables.filter((v) => v.equipmentId === e.id),
      qualityCharacteristics: () => [],
    },
    ProcessVariable: {
      __resolveReference: (ref: { id: string }) => pv(ref.id),
      tag: (v: { id: string }) => v.id.slice(v.id.lastIndexOf('/') + 1),
      equipment: (v: { equipmentId: string }) => ({ id: v.equipmentId }),
      lowerSpecLimit: (v: { lsl: number | null }) => v.lsl,
      upperSpecLimit: (v: { usl: number | null }) => v.usl,
      recentSamples: (v: { samples: unknown[] }) => { count('mes.ProcessVariable.recentSamples'); return v.samples; },
    },
  });
  const cmms = runtime('cmms', fixtureCmmsSdl, {
    MaintenanceWorkOrder: {
      title: (w: { title?: string; type: string }) => w.title ?? `${w.type} work`,
      reportedAt: (w: { reportedAt?: string; completedAt: string | null }) => w.reportedAt ?? w.completedAt ?? timeAt(0),
    },
    Equipment: {
      __resolveReference: (ref: { id: string }) => ref,
      recentMaintenance: (e: { id: string }) => {
        count('cmms.Equipment.recentMaintenance');
        if (plant.cmmsDown) throw Object.assign(new Error('CMMS unreachable'), { extensions: { code: 'CMMS_UNAVAILABLE' } });
        return plant.maintenance[e.id] ?? [];
      },
    },
  });
  const context = runtime('context', fixtureContextSdl, {
    Equipment: {
      __resolveReference: (ref: { id: string }) => ref,
      recentNotes: (e: { id: string }) => {
        count('context.Equipment.recentNotes');
        if (plant.contextDown) throw Object.assign(new Error('note store unreachable'), { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
        return plant.notes?.[e.id] ?? [];
      },
    },
  });
  // Equipment.recentProduction (MES in the real graph) lives here because the fixture's ProductionRecord does.
  const recon = runtime('recon', fixtureReconcileSdl, {
    Query: { site: () => null },
    Equipment: {
      __resolveReference: (ref: { id: string }) => ref,
      recentProduction: (e: { id: string }) => ({ from: timeAt(0), to: timeAt(600), records: plant.production?.[e.id] ?? [] }),
    },
    ProductionRecord: {
      goodQuantity: (r: { good: number }) => ({ value: r.good, unit: 'ea' }),
      scrapQuantity: (r: { scrap: number }) => ({ value: r.scrap, unit: 'ea' }),
      productionOrder: (r: { order: string }) => ({ id: r.order }),
    },
  });
  return { erp, mes, cmms, context, recon };
}

/** The supergraph of the fixture erp/mes/cmms and the real schema/interpretation.graphql. */
export function composeFixtureSupergraph(): string {
  const root = findRepoRoot(import.meta.url);
  const interp = ['interpretation.graphql', 'shared.graphql'].map((f) => readFileSync(new URL(`schema/${f}`, root), 'utf8')).join('\n');
  const composed = composeServices([
    { name: 'erp', url: 'http://erp.invalid/graphql', typeDefs: parse(fixtureErpSdl) },
    { name: 'mes', url: 'http://mes.invalid/graphql', typeDefs: parse(fixtureMesSdl) },
    { name: 'cmms', url: 'http://cmms.invalid/graphql', typeDefs: parse(fixtureCmmsSdl) },
    { name: 'context', url: 'http://context.invalid/graphql', typeDefs: parse(fixtureContextSdl) },
    { name: 'recon', url: 'http://recon.invalid/graphql', typeDefs: parse(fixtureReconcileSdl) },
    { name: 'interpretation', url: 'http://interpretation.invalid/graphql', typeDefs: parse(interp) },
  ]);
  if (composed.errors !== undefined) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return composed.supergraphSdl;
}
