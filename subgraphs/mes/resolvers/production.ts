import { carryUnmapped, freshnessField } from '../../../common/index.ts';
import { buildDataQuality, classifyScrapReason } from '../../../normalization/index.ts';
import type { NormalizationStep, QualityIssue } from '../../../normalization/index.ts';
import type { Quantity, Resolvers } from '../__generated__/resolvers-types.ts';
import type { MesContext } from '../context.ts';
import type { DedupedRecord } from '../loaders.ts';
import type { ProductionRecordParent } from '../models.ts';
import { inUnit } from '../normalize.ts';
import { countToCanonical } from '../source/index.ts';
import type { MesProductionRow } from '../source/index.ts';
import { iso, plantTime } from './args.ts';

/** 'J004512-10' → job and operation; null when the work order does not have that shape. */
export function splitWorkOrder(wo: string): { jobNum: string; operSeq: number } | null {
  const m = /^(.+)-(\d+)$/.exec(wo.trim());
  return m === null ? null : { jobNum: m[1]!, operSeq: Number(m[2]) };
}

/**
 * Attaches canonical equipment ids; machines without a usable alias get null and are counted in the log, unless
 * `logUnmapped` is false (recentProduction runs once per order of a work center: one line per order would flood the log).
 */
export async function toRecordParents(ctx: MesContext, records: readonly DedupedRecord[], logUnmapped = true): Promise<ProductionRecordParent[]> {
  const byCode = new Map((await ctx.loaders.equipmentList()).map((m) => [m.mesCode, m.equipmentId] as const));
  let unmapped = 0;
  const out = records.map(({ row, duplicates, replacedRevisions }) => {
    const equipmentId = byCode.get(row.mesCode) ?? null;
    if (equipmentId === null) unmapped++;
    return carryUnmapped(row, { row, equipmentId, duplicates, replacedRevisions });
  });
  if (unmapped > 0 && logUnmapped) ctx.logger.warn({ source: 'MES', count: unmapped }, 'production records from MES machines without an ERP alias');
  return out;
}

/** A count in the record's UoM → pieces; an unknown UoM is labelled UNKNOWN with the source value, never converted by guess. */
function quantity(value: number, row: MesProductionRow): Quantity {
  return countToCanonical(value, row.uom, row.perCount) ?? { value, unit: 'UNKNOWN', sourceValue: value, sourceUnit: row.uom };
}

function dataQuality(p: ProductionRecordParent) {
  const { row } = p;
  const f = row.timeFlags;
  const issues: QualityIssue[] = [];
  const normalized: NormalizationStep[] = ['LOCAL_TIME_RESOLVED'];
  const counted = countToCanonical(row.goodSource, row.uom, row.perCount);
  if (counted === null) issues.push({ code: 'UNKNOWN_UNIT', field: 'goodQuantity', raw: row.uom });
  else if (counted.value !== counted.sourceValue) normalized.push('UNIT_CONVERTED');
  if (row.goodSource < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'goodQuantity', raw: String(row.goodSource) });
  if (row.rejectSource < 0) issues.push({ code: 'NEGATIVE_QUANTITY', field: 'scrapQuantity', raw: String(row.rejectSource) });
  if (p.equipmentId === null) issues.push({ code: 'UNMAPPED_EQUIPMENT', field: 'equipment', raw: row.mesCode });
  for (const [field, amb] of Object.entries(f?.ambiguous ?? {})) if (amb) issues.push({ code: 'AMBIGUOUS_TIME', field: `${field}Time`, raw: null });
  if (f?.gapShifted === true) normalized.push('DST_GAP_SHIFTED');
  const reject = row.rejectReason === null ? null : classifyScrapReason(row.rejectReason);
  if (reject !== null) {
    normalized.push(reject.method === 'TABLE' ? 'CODE_TABLE' : 'CODE_CLASSIFIED');
    // Not counted again here: rejectReason counts each unmapped text once per value served.
    if (reject.code === 'UNMAPPED') issues.push({ code: 'UNMAPPED_CODE', field: 'rejectReason', raw: row.rejectReason });
  }
  if (p.replacedRevisions > 0) normalized.push('REVISION_REPLACED');
  if (p.duplicates > 0) normalized.push('DUPLICATE_DROPPED');
  return buildDataQuality({
    fields: [p.equipmentId !== null, splitWorkOrder(row.workOrder) !== null, counted !== null, row.rejectSource === 0 || row.rejectReason !== null],
    asOf: freshnessField(row).asOf, issues, normalized,
  });
}

export const productionResolvers: Resolvers = {
  ProductionRecord: {
    recordId: (p) => p.row.recordId,
    revision: (p) => p.row.revision,
    equipment: (p) => (p.equipmentId === null ? null : { id: p.equipmentId }),
    productionOrder: (p, _a, ctx) => { const w = splitWorkOrder(p.row.workOrder); return w === null ? null : { id: `${ctx.erpCompany}/${w.jobNum}` }; },
    operationSequence: (p) => splitWorkOrder(p.row.workOrder)?.operSeq ?? null,
    // Quantity classes (normalization/codes): MES GoodQty is GOOD, RejectQty is SCRAP.
    goodQuantity: (p, args) => inUnit(quantity(p.row.goodSource, p.row), args.unit),
    scrapQuantity: (p, args) => inUnit(quantity(p.row.rejectSource, p.row), args.unit),
    rejectReasonText: (p) => p.row.rejectReason,
    rejectReason: (p, _a, ctx) => ctx.normalizer.scrap(p.row.rejectReason),
    rejectReasonConfidence: (p) => (p.row.rejectReason === null ? null : classifyScrapReason(p.row.rejectReason)?.confidence ?? null),
    startTime: (p) => iso(p.row.startMs),
    endTime: (p) => iso(p.row.endMs),
    recordedTime: (p) => iso(p.row.recordedMs),
    start: (p, _a, ctx) => plantTime(p.row.startMs, ctx.zone, p.row.timeFlags?.ambiguous['start'] ?? false, p.row.timeFlags?.gap['start'] ?? false),
    end: (p, _a, ctx) => plantTime(p.row.endMs, ctx.zone, p.row.timeFlags?.ambiguous['end'] ?? false, p.row.timeFlags?.gap['end'] ?? false),
    recorded: (p, _a, ctx) => plantTime(p.row.recordedMs, ctx.zone, p.row.timeFlags?.ambiguous['recorded'] ?? false, p.row.timeFlags?.gap['recorded'] ?? false),
    dataQuality: (p) => dataQuality(p),
  },
};
