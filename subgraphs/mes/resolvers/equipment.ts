import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { dedupeRecords } from '../loaders.ts';
import { iso, parseFirst, parseRange } from './args.ts';
import { toInterval } from './equipment-interval.ts';
import { toRecordParents } from './production.ts';
import { recentCap, recentWindow } from './recent.ts';
import { variableParent } from './variables.ts';

export const equipmentResolvers: Resolvers = {
  Equipment: {
    // A non-owner answers any reference with its key; fields below say what the MES knows (or null/[]).
    __resolveReference: (ref) => ({ id: ref.id }),
    mesMachineCode: async (p, _a, ctx) => (await ctx.loaders.equipmentById.load(p.id))?.mesCode ?? null,
    states: async (p, args, ctx) => {
      const { fromMs, toMs } = parseRange(args.range);
      const first = parseFirst(args.first, 500);
      const eq = await ctx.loaders.equipmentById.load(p.id);
      if (eq === null) return [];
      const rows = await ctx.loaders.states.load({ mesCode: eq.mesCode, fromMs, toMs });
      return [...rows].sort((a, b) => a.startMs - b.startMs).slice(0, first).map((r) => toInterval(r, ctx));
    },
    productionRecords: async (p, args, ctx) => {
      const { fromMs, toMs } = parseRange(args.range);
      const first = parseFirst(args.first, 500);
      const eq = await ctx.loaders.equipmentById.load(p.id);
      if (eq === null) return [];
      const rows = await ctx.loaders.production.load({ mesCode: eq.mesCode, fromMs, toMs });
      return toRecordParents(ctx, dedupeRecords(rows).slice(0, first));
    },
    recentStates: async (p, _a, ctx) => {
      const eq = await ctx.loaders.equipmentById.load(p.id);
      if (eq === null) return [];
      const rows = await ctx.loaders.states.load({ mesCode: eq.mesCode, ...(await recentWindow(ctx)) });
      return [...rows].sort((a, b) => a.startMs - b.startMs).slice(-recentCap).map((r) => toInterval(r, ctx));
    },
    recentProduction: async (p, _a, ctx) => {
      const { fromMs, toMs } = await recentWindow(ctx);
      const window = { from: iso(fromMs), to: iso(toMs) };
      const eq = await ctx.loaders.equipmentById.load(p.id);
      if (eq === null) return { ...window, records: [] };
      const rows = await ctx.loaders.production.load({ mesCode: eq.mesCode, fromMs, toMs });
      return { ...window, records: await toRecordParents(ctx, dedupeRecords(rows).slice(-recentCap), false) };
    },
    processVariables: async (p, _a, ctx) => {
      const eq = await ctx.loaders.equipmentById.load(p.id);
      return eq === null ? [] : eq.tags.filter((t) => t.kind === 'PV').flatMap((t) => variableParent(eq, t) ?? []);
    },
    qualityCharacteristics: async (p, _a, ctx) => {
      const eq = await ctx.loaders.equipmentById.load(p.id);
      return eq === null ? [] : eq.tags.filter((t) => t.kind === 'QC').flatMap((t) => variableParent(eq, t) ?? []);
    },
  },
  ProductionOrder: {
    __resolveReference: (ref) => ({ id: ref.id }),
    productionRecords: async (p, args, ctx) => {
      const { fromMs, toMs } = parseRange(args.range);
      const first = parseFirst(args.first, 500);
      const slash = p.id.indexOf('/');
      // The MES knows jobs of one ERP company only (config); other companies' orders have no MES records here.
      if (slash <= 0 || p.id.slice(0, slash).trim().toUpperCase() !== ctx.erpCompany.toUpperCase()) return [];
      const rows = await ctx.loaders.productionByJob.load({ jobNum: p.id.slice(slash + 1).trim(), fromMs, toMs });
      return toRecordParents(ctx, dedupeRecords(rows).slice(0, first));
    },
    recentProduction: async (p, _a, ctx) => {
      const slash = p.id.indexOf('/');
      const { fromMs, toMs } = await recentWindow(ctx);
      const window = { from: iso(fromMs), to: iso(toMs) };
      if (slash <= 0 || p.id.slice(0, slash).trim().toUpperCase() !== ctx.erpCompany.toUpperCase()) return { ...window, records: [] };
      const rows = await ctx.loaders.productionByJob.load({ jobNum: p.id.slice(slash + 1).trim(), fromMs, toMs });
      return { ...window, records: await toRecordParents(ctx, dedupeRecords(rows).slice(-recentCap), false) };
    },
    mesMaterial: async (p, _a, ctx) => {
      const slash = p.id.indexOf('/');
      if (slash <= 0 || p.id.slice(0, slash).trim().toUpperCase() !== ctx.erpCompany.toUpperCase()) return null;
      // Work orders carry the ERP job + operation of their crosswalk link ('' when only proposed), see identity.ts.
      const wo = (await ctx.loaders.workOrderByJob()).get(p.id.slice(slash + 1).trim().toUpperCase());
      if (wo === undefined || wo.partNum === null) return null;
      const id = wo.materialId === undefined ? `${ctx.erpCompany}/${wo.partNum.trim()}` : wo.materialId;
      return id === null ? null : { id };
    },
  },
};
