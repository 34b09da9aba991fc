import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, freshnessField, plantError } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import type { OrderStatusValue } from '../source/index.ts';
import { equipmentQuality, erpQuantity, laborQuality, materialQuality, operationQuality, orderQuality, plantTimeOf, scrapReasonCode, scrapReasonOf } from './normalized.ts';
import { iso, paginate, parseInstant } from './paging.ts';
import { RECENT_LABOR_DAYS } from '../loaders.ts';

/**
 * Thin resolvers: arguments → per-request loaders / source port → domain rows. No driver imports, no SQL.
 * Not found → null; a failed ERP read → the coded error from the source, on that field only.
 */
export const resolvers: Resolvers = {
  Query: {
    site: (_p, { id }, ctx) => ctx.loaders.site.load(id),
    sites: (_p, _a, ctx) => ctx.source.sites().then((s) => [...s]),
    area: (_p, { id }, ctx) => ctx.loaders.area.load(id),
    areas: (_p, _a, ctx) => ctx.loaders.areaList().then((a) => [...a]),
    workCenter: (_p, { id }, ctx) => ctx.loaders.workCenter.load(id),
    workCenters: async (_p, { areaId }, ctx) => {
      const all = await ctx.loaders.workCenterList();
      return areaId === null || areaId === undefined ? [...all] : all.filter((w) => w.areaId?.toUpperCase() === areaId.trim().toUpperCase());
    },
    equipment: (_p, { id }, ctx) => ctx.loaders.equipment.load(id),
    equipmentList: async (_p, { filter, first, after }, ctx) => {
      let list = await ctx.source.equipment();
      if (filter?.workCenterId !== null && filter?.workCenterId !== undefined) {
        const wc = filter.workCenterId.trim().toUpperCase();
        list = list.filter((e) => e.workCenterId?.toUpperCase() === wc);
      }
      if (filter?.areaId !== null && filter?.areaId !== undefined) {
        const area = filter.areaId.trim().toUpperCase();
        const wcs = new Set((await ctx.loaders.workCenterList()).filter((w) => w.areaId?.toUpperCase() === area).map((w) => w.id));
        list = list.filter((e) => e.workCenterId !== null && wcs.has(e.workCenterId.toUpperCase()));
      }
      if (filter?.kind !== null && filter?.kind !== undefined) { const kind = filter.kind; list = list.filter((e) => e.kind === kind); }
      return paginate('equipment', list, first, after);
    },
    material: (_p, { id }, ctx) => ctx.loaders.material.load(id),
    materials: async (_p, { filter, first, after }, ctx) =>
      paginate('materials', await ctx.source.materials(filter?.partNumberPrefix ?? null), first, after),
    productionOrder: (_p, { id }, ctx) => ctx.loaders.order.load(id),
    productionOrders: async (_p, { filter, first, after }, ctx) => {
      const fromMs = parseInstant('filter.from', filter?.from);
      const toMs = parseInstant('filter.to', filter?.to);
      if (fromMs !== null && toMs !== null && fromMs > toMs) throw plantError(Code.INVALID_TIME_RANGE, 'filter.from is after filter.to');
      const company = filter?.company?.trim().toUpperCase();
      const list = await ctx.source.orders({
        companies: company === undefined ? ctx.companies : ctx.companies.filter((c) => c === company),
        statuses: filter?.status === null || filter?.status === undefined ? null : (filter.status as OrderStatusValue[]),
        fromMs, toMs, workCenterId: filter?.workCenterId?.trim().toUpperCase() ?? null,
      });
      return paginate('orders', list, first, after);
    },
  },
  Site: {
    freshness: (x) => freshnessField(x),
    __resolveReference: (ref, ctx) => ctx.loaders.site.load(ref.id),
    timeZone: (_s, _a, ctx) => ctx.siteTimeZone,
    areas: (_s, _a, ctx) => ctx.loaders.areaList().then((a) => [...a]),
  },
  Area: {
    freshness: (x) => freshnessField(x),
    __resolveReference: (ref, ctx) => ctx.loaders.area.load(ref.id),
    workCenters: (a, _args, ctx) => ctx.loaders.workCentersByArea.load(a.id).then((w) => [...w]),
  },
  WorkCenter: {
    freshness: (x) => freshnessField(x),
    __resolveReference: (ref, ctx) => ctx.loaders.workCenter.load(ref.id),
    area: (w, _a, ctx) => (w.areaId === null ? null : ctx.loaders.area.load(w.areaId)),
    equipment: (w, _a, ctx) => ctx.loaders.equipmentByWorkCenter.load(w.id).then((e) => [...e]),
    activeProductionOrders: async (w, _a, ctx) => {
      const list = await ctx.source.orders({ companies: ctx.companies, statuses: ['RELEASED', 'IN_PROGRESS', 'HELD', 'COMPLETE'], fromMs: null, toMs: null, workCenterId: w.id });
      return list.slice(0, 1000);
    },
    recentProductionOrders: async (w, _a, ctx) => {
      const since = await ctx.loaders.serverTime() - RECENT_LABOR_DAYS * 86_400_000;
      const [active, started] = await Promise.all([
        ctx.source.orders({ companies: ctx.companies, statuses: ['RELEASED', 'IN_PROGRESS', 'HELD', 'COMPLETE'], fromMs: null, toMs: null, workCenterId: w.id }),
        ctx.source.ordersStartedSince(w.id, since),
      ]);
      // The SQL is a local day wide; keep the CLOSED orders whose operation started at or after the instant.
      const closed = started.filter((o) => o.status === 'CLOSED' && ctx.companies.includes(o.company));
      const ops = await Promise.all(closed.map((o) => ctx.loaders.operations.load(o.id)));
      const recentClosed = closed.filter((_o, i) => (ops[i] ?? []).some((op) => op.actualStartMs !== null && op.actualStartMs >= since));
      const byId = new Map([...active, ...recentClosed].map((o) => [o.id, o]));
      return [...byId.values()].sort((a, b) => a.company.localeCompare(b.company) || a.jobNumber.localeCompare(b.jobNumber)).slice(0, 1000);
    },
  },
  Equipment: {
    freshness: (x) => freshnessField(x),
    dataQuality: (e) => equipmentQuality(e),
    __resolveReference: (ref, ctx) => ctx.loaders.equipment.load(ref.id),
    workCenter: (e, _a, ctx) => (e.workCenterId === null ? null : ctx.loaders.workCenter.load(e.workCenterId)),
    recentLabor: (e, _a, ctx) => ctx.loaders.recentLabor.load(e.id),
  },
  RecentLabor: {
    from: (r) => iso(r.fromMs)!,
    to: (r) => iso(r.toMs)!,
    records: (r) => [...r.records],
  },
  Material: {
    freshness: (x) => freshnessField(x),
    dataQuality: (m) => materialQuality(m),
    __resolveReference: (ref, ctx) => ctx.loaders.material.load(ref.id),
    onHand: async (m, args, ctx) => {
      const h = await ctx.loaders.onHand.load(m.id);
      // No PartWhse row means nothing stocked: zero in the base unit is a true statement, not a failure.
      return h === null ? erpQuantity(0, m.baseUnit, args.unit, ctx.unmapped) : erpQuantity(h.quantity, h.unit, args.unit, ctx.unmapped);
    },
  },
  ProductionOrder: {
    freshness: (x) => freshnessField(x),
    __resolveReference: (ref, ctx) => ctx.loaders.order.load(ref.id),
    material: (o, _a, ctx) => (o.materialId === null ? null : ctx.loaders.material.load(o.materialId)),
    plannedQuantity: (o, args, ctx) => erpQuantity(o.plannedQuantity, o.unit, args.unit, ctx.unmapped),
    completedQuantity: (o, args, ctx) => erpQuantity(o.completedQuantity, o.unit, args.unit, ctx.unmapped),
    scheduledStart: (o) => iso(o.scheduledStartMs),
    dueAt: (o) => iso(o.dueMs),
    createdAt: (o) => iso(o.createdMs),
    scheduledStartPlantTime: (o, _a, ctx) => plantTimeOf(o.timeFacts, 'scheduledStart', o.scheduledStartMs, ctx.siteTimeZone),
    dueAtPlantTime: (o, _a, ctx) => plantTimeOf(o.timeFacts, 'due', o.dueMs, ctx.siteTimeZone),
    dataQuality: (o) => orderQuality(o),
    operations: (o, _a, ctx) => ctx.loaders.operations.load(o.id).then((ops) => [...ops]),
    laborRecords: async (o, { first }, ctx) => {
      const n = first ?? 100;
      if (!Number.isInteger(n) || n < 0) throw new GraphQLError('first must be a non-negative integer', { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
      return (await ctx.loaders.labor.load(o.id)).slice(0, n);
    },
  },
  ProductionOrderOperation: {
    workCenter: (op, _a, ctx) => (op.workCenterId === null ? null : ctx.loaders.workCenter.load(op.workCenterId)),
    equipment: (op, _a, ctx) => (op.equipmentId === null ? null : ctx.loaders.equipment.load(op.equipmentId)),
    completedQuantity: (op, args, ctx) => erpQuantity(op.completedQuantity, op.unit, args.unit, ctx.unmapped),
    scrapQuantity: (op, args, ctx) => erpQuantity(op.scrapQuantity, op.unit, args.unit, ctx.unmapped),
    actualStart: (op) => iso(op.actualStartMs),
    actualStartPlantTime: (op, _a, ctx) => plantTimeOf(op.timeFacts, 'actualStart', op.actualStartMs, ctx.siteTimeZone),
    dataQuality: (op) => operationQuality(op),
  },
  LaborRecord: {
    equipment: (l, _a, ctx) => (l.equipmentId === null ? null : ctx.loaders.equipment.load(l.equipmentId)),
    quantity: (l, args, ctx) => ctx.loaders.order.load(l.orderId).then((o) => erpQuantity(l.quantity, o?.unit ?? 'EA', args.unit, ctx.unmapped)),
    scrapQuantity: (l, args, ctx) => ctx.loaders.order.load(l.orderId).then((o) => erpQuantity(l.scrapQuantity, o?.unit ?? 'EA', args.unit, ctx.unmapped)),
    scrapReasonCode: (l, _a, ctx) => scrapReasonCode(l.scrapReason, ctx.unmapped),
    scrapReasonConfidence: (l) => scrapReasonOf(l.scrapReason, null)?.confidence ?? null,
    clockIn: (l) => iso(l.clockInMs),
    clockOut: (l) => iso(l.clockOutMs),
    clockInPlantTime: (l, _a, ctx) => plantTimeOf(l.timeFacts, 'clockIn', l.clockInMs, ctx.siteTimeZone),
    clockOutPlantTime: (l, _a, ctx) => plantTimeOf(l.timeFacts, 'clockOut', l.clockOutMs, ctx.siteTimeZone),
    dataQuality: async (l, _a, ctx) => {
      const [o, ops] = await Promise.all([ctx.loaders.order.load(l.orderId), ctx.loaders.operations.load(l.orderId)]);
      return laborQuality(l, o?.unit ?? 'EA', ops.find((op) => op.sequence === l.operationSequence)?.plannedRatePerHour ?? null);
    },
  },
};
