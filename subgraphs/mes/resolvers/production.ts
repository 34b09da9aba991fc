import type { Quantity, Resolvers } from '../__generated__/resolvers-types.ts';
import type { MesContext } from '../context.ts';
import type { ProductionRecordParent } from '../models.ts';
import { countToCanonical } from '../source/index.ts';
import type { MesProductionRow } from '../source/index.ts';
import { iso } from './args.ts';

/** 'J004512-10' → job and operation; null when the work order does not have that shape. */
export function splitWorkOrder(wo: string): { jobNum: string; operSeq: number } | null {
  const m = /^(.+)-(\d+)$/.exec(wo.trim());
  return m === null ? null : { jobNum: m[1]!, operSeq: Number(m[2]) };
}

/** Attaches canonical equipment ids; machines without a usable alias get null and are counted in the log. */
export async function toRecordParents(ctx: MesContext, rows: readonly MesProductionRow[]): Promise<ProductionRecordParent[]> {
  const byCode = new Map((await ctx.loaders.equipmentList()).map((m) => [m.mesCode, m.equipmentId] as const));
  let unmapped = 0;
  const out = rows.map((row) => {
    const equipmentId = byCode.get(row.mesCode) ?? null;
    if (equipmentId === null) unmapped++;
    return { row, equipmentId };
  });
  if (unmapped > 0) ctx.logger.warn({ source: 'MES', count: unmapped }, 'production records from MES machines without an ERP alias');
  return out;
}

function quantity(value: number, row: MesProductionRow): Quantity {
  const c = countToCanonical(value, row.uom, row.perCount);
  // An unknown UoM is labelled UNKNOWN with the source value, never converted by guess.
  return { value: c?.value ?? value, unit: c?.unit ?? 'UNKNOWN', sourceValue: value, sourceUnit: row.uom };
}

export const productionResolvers: Resolvers = {
  ProductionRecord: {
    recordId: (p) => p.row.recordId,
    revision: (p) => p.row.revision,
    equipment: (p) => (p.equipmentId === null ? null : { id: p.equipmentId }),
    productionOrder: (p, _a, ctx) => { const w = splitWorkOrder(p.row.workOrder); return w === null ? null : { id: `${ctx.erpCompany}/${w.jobNum}` }; },
    operationSequence: (p) => splitWorkOrder(p.row.workOrder)?.operSeq ?? null,
    goodQuantity: (p) => quantity(p.row.goodSource, p.row),
    scrapQuantity: (p) => quantity(p.row.rejectSource, p.row),
    rejectReasonText: (p) => p.row.rejectReason,
    startTime: (p) => iso(p.row.startMs),
    endTime: (p) => iso(p.row.endMs),
    recordedTime: (p) => iso(p.row.recordedMs),
  },
};
