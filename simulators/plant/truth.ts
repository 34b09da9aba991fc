/**
 * Ground truth for scoring the layer, derived from the clean model only (before any mess): machine
 * identities across systems, part and job identities, drift episodes, stable variables, true job quantities and downtime.
 * Times are ISO-8601 UTC strings so the JSON is readable and independent of any time zone.
 */
import { writeFileSync } from 'node:fs';
import type { GroundTruth, Plant } from './plant-types.ts';
import { planReconciliation } from './shift-log.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Builds the ground truth of `plant` at its current plant clock. Downtime minutes per machine are the
 * minutes in DOWN_UNPLANNED or DOWN_PLANNED (the machine is down, whatever the cause); every machine
 * has an entry (0 when never down). Pure; JSON-serializable.
 */
export function buildGroundTruth(plant: Plant): GroundTruth {
  const driftKeys = new Set(plant.drifts.map((d) => `${d.machineId}\u0000${d.tag}`));
  const downtime: Record<string, number> = {};
  for (const m of plant.machines) downtime[m.id] = 0;
  for (const s of plant.states) {
    if (s.state === 'DOWN_UNPLANNED' || s.state === 'DOWN_PLANNED') downtime[s.machineId] = (downtime[s.machineId] ?? 0) + (s.endMs - s.startMs) / 60_000;
  }
  return {
    seed: plant.config.seed,
    site: plant.site,
    identities: plant.machines.map((m) => ({
      equipmentId: m.id, erpResourceId: m.erpResourceId, mesCode: m.mesCode, opcPath: m.opcPath, cmmsName: m.cmmsName,
      cmmsAssets: m.assets.map((a) => ({ cmmsAssetId: a.cmmsAssetId, assetTag: a.assetTag, serialNumber: a.serialNumber, fromUtc: iso(a.fromMs), toUtc: a.toMs === null ? null : iso(a.toMs) })),
    })),
    materialIdentities: plant.parts.map((p) => ({ materialId: `${plant.site.company}/${p.partNum}`, partNum: p.partNum, revision: p.revision })),
    orderIdentities: plant.jobs.map((j) => ({
      orderId: `${j.company}/${j.jobNum}`, jobNum: j.jobNum, partNum: j.partNum, revision: j.revision, operations: j.operations.map((o) => o.oprSeq),
    })),
    drifts: plant.drifts.map((d) => ({
      machineId: d.machineId, tag: d.tag, cause: d.cause, onsetUtc: iso(d.onsetMs), endUtc: iso(d.endMs),
      magnitudeSigma: d.magnitudeSigma, resetEventId: d.resetEventId,
    })),
    stableVariables: plant.machines.flatMap((m) => m.variables.filter((v) => !driftKeys.has(`${m.id}\u0000${v.tag}`)).map((v) => ({ machineId: m.id, tag: v.tag }))),
    jobQuantities: plant.jobs.flatMap((j) => j.operations.map((o) => ({
      company: j.company, jobNum: j.jobNum, oprSeq: o.oprSeq, machineId: o.machineId, goodQty: o.goodQty, scrapQty: o.scrapQty,
    }))),
    downtimeMinutesByMachine: downtime,
    reconciliation: reconciliationTruth(plant),
  };
}

function reconciliationTruth(plant: Plant): GroundTruth['reconciliation'] {
  const plan = planReconciliation(plant);
  return {
    coverageFromUtc: iso(plan.coverageFromMs), coverageToUtc: iso(plan.coverageToMs), seeded: plan.seeded, orders: plan.orders,
    shiftDowntime: plan.shiftDowntime.map((d) => ({ equipmentId: d.equipmentId, shiftStartUtc: iso(d.shiftStartMs), shiftEndUtc: iso(d.shiftEndMs), minutes: d.minutes })),
    shiftProduction: plan.shiftProduction.map((d) => ({ equipmentId: d.equipmentId, shiftStartUtc: iso(d.shiftStartMs), good: d.good, scrap: d.scrap })),
  };
}

/** JSON with object keys sorted recursively (arrays keep their order), so equal values give equal bytes. */
export function stableStringify(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) out[k] = sortKeys(o[k]);
    return out;
  }
  return v;
}

/** The ground truth as JSON with a stable key order: the same seed gives byte-identical text. */
export function groundTruthJson(plant: Plant): string {
  return stableStringify(buildGroundTruth(plant), 2) + '\n';
}

/** Writes groundTruthJson(plant) to `filePath` (UTF-8, overwritten). Throws the fs error if it cannot. */
export function writeGroundTruthFile(plant: Plant, filePath: string): void {
  writeFileSync(filePath, groundTruthJson(plant), 'utf8');
}
