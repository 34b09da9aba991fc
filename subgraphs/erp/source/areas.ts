import { carryFreshness } from '../../../common/index.ts';
import type { AreaRow, WorkCenterRow } from './types.ts';

/** The distinct areas (JCDept) of a work-center list, by id, named from the joined department description; each reports the list's freshness. */
export function areasOf(workCenters: readonly WorkCenterRow[]): AreaRow[] {
  const byId = new Map<string, AreaRow>();
  for (const w of workCenters) if (w.areaId !== null && !byId.has(w.areaId)) byId.set(w.areaId, carryFreshness(workCenters, { id: w.areaId, name: w.areaName ?? w.areaId }));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
