import { Code, carryFreshness, carryUnmapped, combinedFreshnessField, freshnessField, plantError } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { dedupeRecords } from '../loaders.ts';
import { parseFirst, parseRange } from './args.ts';
import { toRecordParents } from './production.ts';
import { findVariable } from './variables.ts';

const cursorPrefix = 'mes-pr:';
const encodeCursor = (offset: number): string => Buffer.from(`${cursorPrefix}${offset}`).toString('base64url');
function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const s = Buffer.from(after, 'base64url').toString('utf8');
  const n = Number(s.slice(cursorPrefix.length));
  if (!s.startsWith(cursorPrefix) || !Number.isInteger(n) || n < 0) throw plantError(Code.INVALID_CURSOR, 'after is not a cursor of this list');
  return n + 1;
}

export const queryResolvers: Resolvers = {
  Query: {
    mesServerInfo: async (_p, _a, ctx) => {
      const [info, list] = await Promise.all([ctx.loaders.serverInfo(), ctx.loaders.equipmentList()]);
      return carryUnmapped(info, carryFreshness([info, list], { info, unmappedEquipmentCount: list.filter((m) => m.equipmentId === null).length }));
    },
    processVariable: (_p, args, ctx) => findVariable(ctx, args.id, 'PV'),
    qualityCharacteristic: (_p, args, ctx) => findVariable(ctx, args.id, 'QC'),
    productionRecords: async (_p, args, ctx) => {
      const { fromMs, toMs } = parseRange(args.filter.range);
      const first = parseFirst(args.first, 100, 500);
      const offset = decodeCursor(args.after);
      let rows;
      if (args.filter.equipmentId === null || args.filter.equipmentId === undefined) rows = await ctx.loaders.allProduction({ fromMs, toMs });
      else {
        const eq = await ctx.loaders.equipmentById.load(args.filter.equipmentId);
        rows = eq === null ? [] : await ctx.loaders.production.load({ mesCode: eq.mesCode, fromMs, toMs });
      }
      const all = dedupeRecords(rows);
      const pageRows = all.slice(offset, offset + first);
      const parents = await toRecordParents(ctx, pageRows);
      const edges = parents.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
      return { edges, totalCount: all.length, pageInfo: { hasNextPage: offset + first < all.length, endCursor: edges.at(-1)?.cursor ?? null },
        freshness: combinedFreshnessField([rows, ...rows]) };
    },
  },
  MesServerInfo: {
    freshness: (p) => freshnessField(p),
    serverTime: (p) => new Date(p.info.serverTimeMs).toISOString(),
    clockSkewSeconds: (p) => Math.round((p.info.serverTimeMs - Date.now()) / 100) / 10,
    version: (p) => p.info.version,
    timeZone: (p) => p.info.timeZone,
    siteCode: (p) => p.info.siteCode,
    unmappedEquipmentCount: (p) => p.unmappedEquipmentCount,
  },
};
