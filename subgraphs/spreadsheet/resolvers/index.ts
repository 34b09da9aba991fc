import type { Resolvers } from '../__generated__/resolvers-types.ts';

const iso = (ms: number): string => new Date(ms).toISOString();
const each = (unit: string) => (value: number) => ({ value, unit, sourceValue: value, sourceUnit: unit });

/**
 * Thin: every field reads the request's snapshot of the drop folder. Orders are `<Company>/<JobNum>`; the sheet
 * knows job numbers only, so only orders of the mapping's company have lines (others: null, as for no sheet).
 */
export const resolvers: Resolvers = {
  Query: {
    spreadsheetFiles: (_p, _a, ctx) => ctx.snapshot(),
  },
  SpreadsheetFolder: {
    scannedAt: (p) => iso(p.scannedAtMs),
    coverage: (p) => p.coverage,
    rejectedRows: (p) => {
      const counts = new Map<string, number>();
      for (const f of p.files) for (const x of f.problems) if (x.row !== null) counts.set(x.code, (counts.get(x.code) ?? 0) + 1);
      return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([code, count]) => ({ code, count }));
    },
  },
  SpreadsheetFile: {
    modifiedAt: (p) => iso(p.modifiedMs),
    problems: (p) => p.problems.slice(0, 50),
  },
  SpreadsheetCoverage: { from: (p) => iso(p.fromMs), to: (p) => iso(p.toMs) },
  SpreadsheetProvenance: { modifiedAt: (p) => iso(p.modifiedMs) },
  ProductionOrder: {
    __resolveReference: (ref) => ({ id: ref.id }),
    spreadsheetProduction: async (p, _a, ctx) => {
      const snap = await ctx.snapshot();
      if (snap.coverage === null) return null;
      const slash = p.id.indexOf('/');
      if (slash <= 0 || p.id.slice(0, slash).trim().toUpperCase() !== ctx.mapping.company.toUpperCase()) return null;
      return { coverage: snap.coverage, lines: snap.productionByJob.get(p.id.slice(slash + 1).trim().toUpperCase()) ?? [] };
    },
  },
  Equipment: {
    __resolveReference: (ref) => ({ id: ref.id }),
    spreadsheetDowntime: async (p, _a, ctx) => {
      const snap = await ctx.snapshot();
      if (snap.coverage === null) return null;
      return { coverage: snap.coverage, lines: snap.downtimeByEquipment.get(p.id.trim().toUpperCase()) ?? [] };
    },
    spreadsheetProduction: async (p, _a, ctx) => {
      const snap = await ctx.snapshot();
      if (snap.coverage === null) return null;
      return { coverage: snap.coverage, lines: snap.productionByEquipment.get(p.id.trim().toUpperCase()) ?? [] };
    },
  },
  SpreadsheetProductionLine: {
    shiftStart: (p) => iso(p.shiftStartMs),
    equipment: (p) => ({ id: p.equipmentId }),
    goodQuantity: (p) => each('EA')(p.good),
    scrapQuantity: (p) => each('EA')(p.scrap),
  },
  SpreadsheetDowntimeLine: {
    shiftStart: (p) => iso(p.shiftStartMs),
    startTime: (p) => (p.startMs === null ? null : iso(p.startMs)),
  },
};
