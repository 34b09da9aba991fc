// What each system's master data says about the demo plant's machines, as identity observations, and the
// ground truth to score a match against. For tests and bench:identity; production code never imports this.
import type { EquipmentLink, EquipmentObservation, KeyAlias, KeyObservation } from '../normalization/index.ts';
import { buildErpRows } from '../simulators/erp/index.ts';
import { renderAssets } from '../simulators/cmms/index.ts';
import { mesOnlyWorkOrders, renderErpCode, renderMesJobNum, renderMesPartNum } from '../simulators/mes/index.ts';
import { buildGroundTruth, plantNowMs } from '../simulators/plant/index.ts';
import type { MessConfig, Plant } from '../simulators/plant/index.ts';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** ERP resources (main company), MES machines and CMMS assets of `plant` under `mess`, as the subgraphs publish them. */
export function plantObservations(plant: Plant, mess: MessConfig): EquipmentObservation[] {
  const clock = plantNowMs(plant);
  const rows = buildErpRows(plant, mess, clock);
  const company = plant.site.company;
  const wcName = new Map((rows['ResourceGroup'] ?? []).filter((r) => r['Company'] === company).map((r) => [text(r['ResourceGrpID']).trim(), text(r['Description'])]));
  const area = new Map(plant.workCenters.map((w) => [w.id, w.areaId]));
  const out: EquipmentObservation[] = [];
  for (const r of rows['Resource'] ?? []) {
    if (r['Company'] !== company) continue;
    const wc = text(r['ResourceGrpID']).trim();
    out.push({
      system: 'ERP', nativeId: text(r['ResourceID']), scope: { company, plant: text(r['Plant']) }, name: text(r['Description']),
      workCenter: `${wc} ${wcName.get(wc) ?? ''}`.trim(), opcPath: null, assetTag: null, serialNumber: null,
      refs: [{ system: 'MES', kind: 'MACHINE_CODE', id: text(r['UserChar1']) }, { system: 'CMMS', kind: 'ASSET_TAG', id: text(r['EquipID']) }],
      validFromMs: null, validToMs: null, roster: { siteId: plant.site.id, areaId: area.get(wc) ?? null, workCenterId: wc },
    });
  }
  plant.machines.forEach((m, i) => {
    const wc = plant.workCenters.find((w) => w.id === m.workCenterId);
    out.push({
      system: 'MES', nativeId: m.mesCode, scope: { company, plant: null }, name: m.name,
      workCenter: wc === undefined ? null : `${wc.mesLineCode} ${wc.name}`, opcPath: m.opcPath, assetTag: null, serialNumber: null,
      refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: renderErpCode(mess, m, i) }], validFromMs: null, validToMs: null, roster: null,
    });
  });
  for (const { json: a } of renderAssets(plant, mess, clock)) {
    out.push({
      system: 'CMMS', nativeId: a.id, scope: { company: null, plant: null }, name: a.name, workCenter: a.locationId, opcPath: null,
      assetTag: a.assetTag, serialNumber: a.serialNumber, refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: text(a.customFields.erpResourceId) }],
      validFromMs: Date.parse(a.installedAt), validToMs: a.retiredAt === null ? null : Date.parse(a.retiredAt), roster: null,
    });
  }
  return out;
}

/** The true (system, kind, native id) → equipment id pairs of `plant` (MES code, OPC path, CMMS asset id and tag). */
export function truePairs(plant: Plant): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const t of buildGroundTruth(plant).identities) {
    pairs.set(`MES|MACHINE_CODE|${t.mesCode}`, t.equipmentId);
    pairs.set(`OPC|ITEM_PATH|${t.opcPath}`, t.equipmentId);
    for (const a of t.cmmsAssets) { pairs.set(`CMMS|ASSET_ID|${a.cmmsAssetId}`, t.equipmentId); pairs.set(`CMMS|ASSET_TAG|${a.assetTag}`, t.equipmentId); }
  }
  return pairs;
}

export interface IdentityScore {
  readonly truth: number;
  readonly linked: number;
  readonly linkedCorrect: number;
  /** Of the LINKED pairs (used for merging), the share that is true. */
  readonly precision: number;
  /** Of the true pairs, the share LINKED. */
  readonly recall: number;
  /** Of the true pairs, the share LINKED or correctly PROPOSED (what a reviewer gets to confirm). */
  readonly recallWithProposals: number;
  readonly proposed: number;
  readonly proposedCorrect: number;
}

/** Scores links against true pairs; only the kinds present in `truth` count. */
export function scoreLinks(links: readonly EquipmentLink[], truth: ReadonlyMap<string, string>): IdentityScore {
  let linked = 0, linkedCorrect = 0, proposed = 0, proposedCorrect = 0;
  const found = new Set<string>();
  const kinds = new Set([...truth.keys()].map((k) => k.split('|').slice(0, 2).join('|')));
  for (const l of links) {
    if (!kinds.has(`${l.system}|${l.kind}`)) continue;
    const k = `${l.system}|${l.kind}|${l.nativeId.trim()}`;
    const want = truth.get(k);
    if (l.status === 'PROPOSED') { proposed++; if (want === l.equipmentId) { proposedCorrect++; found.add(k); } continue; }
    linked++;
    if (want === l.equipmentId) { linkedCorrect++; found.add(k); }
  }
  return {
    truth: truth.size, linked, linkedCorrect, precision: linked === 0 ? 1 : linkedCorrect / linked, recall: linkedCorrect / truth.size,
    recallWithProposals: found.size / truth.size, proposed, proposedCorrect,
  };
}

/**
 * ERP parts and jobs of every company (as the ERP stores them: padding kept) and the MES's work orders (its spelling of
 * job and part numbers under `mess`, its MES-only trial orders), as the erp and mes subgraphs publish them.
 */
export function plantKeyObservations(plant: Plant, mess: MessConfig): KeyObservation[] {
  const clock = plantNowMs(plant);
  const rows = buildErpRows(plant, mess, clock);
  const company = plant.site.company;
  const out: KeyObservation[] = [];
  for (const r of rows['Part'] ?? []) {
    out.push({ kind: 'MATERIAL', system: 'ERP', nativeId: text(r['PartNum']), scope: { company: text(r['Company']), plant: null }, revision: text(r['RevisionNum']), partNum: null });
  }
  for (const r of rows['JobHead'] ?? []) {
    out.push({ kind: 'PRODUCTION_ORDER', system: 'ERP', nativeId: text(r['JobNum']), scope: { company: text(r['Company']), plant: text(r['Plant']) }, revision: null, partNum: text(r['PartNum']).trim() });
  }
  const scope = { company, plant: null };
  const parts = new Set<string>();
  const seed = plant.config.seed;
  for (const j of plant.jobs) {
    if (j.createdMs > clock) continue;
    const part = renderMesPartNum(mess, seed, j.partNum, j.revision);
    if (!parts.has(part)) { parts.add(part); out.push({ kind: 'MATERIAL', system: 'MES', nativeId: part, scope, revision: null, partNum: null }); }
    for (const o of j.operations) out.push({ kind: 'PRODUCTION_ORDER', system: 'MES', nativeId: `${renderMesJobNum(mess, seed, j.jobNum)}-${o.oprSeq}`, scope, revision: null, partNum: part });
  }
  for (const w of mesOnlyWorkOrders(mess, plant)) {
    out.push({ kind: 'PRODUCTION_ORDER', system: 'MES', nativeId: w.orderId, scope, revision: null, partNum: w.partNum });
    out.push({ kind: 'MATERIAL', system: 'MES', nativeId: w.partNum, scope, revision: null, partNum: null });
  }
  return out;
}

/** The true `kind|MES|native id` → canonical id pairs of the MES's part numbers and order ids under `mess` (MES-only trial orders have none). */
export function trueKeyPairs(plant: Plant, mess: MessConfig): Map<string, string> {
  const pairs = new Map<string, string>();
  const clock = plantNowMs(plant), seed = plant.config.seed, company = plant.site.company;
  for (const j of plant.jobs) {
    if (j.createdMs > clock) continue;
    pairs.set(`MATERIAL|MES|${renderMesPartNum(mess, seed, j.partNum, j.revision)}`, `${company}/${j.partNum}`);
    for (const o of j.operations) pairs.set(`PRODUCTION_ORDER|MES|${renderMesJobNum(mess, seed, j.jobNum)}-${o.oprSeq}`, `${company}/${j.jobNum}`);
  }
  return pairs;
}

/** Scores key aliases of one kind against true pairs, as scoreLinks does for equipment (ERP masters left out). */
export function scoreKeyAliases(aliases: readonly KeyAlias[], truth: ReadonlyMap<string, string>, kind: KeyAlias['kind']): IdentityScore {
  let linked = 0, linkedCorrect = 0, proposed = 0, proposedCorrect = 0, n = 0;
  const found = new Set<string>();
  for (const [k] of truth) if (k.startsWith(`${kind}|`)) n++;
  for (const a of aliases) {
    if (a.kind !== kind || a.system === 'ERP') continue;
    const k = `${kind}|${a.system}|${a.nativeId}`;
    const right = truth.get(k) === a.canonicalId;
    if (a.status === 'PROPOSED') { proposed++; if (right) { proposedCorrect++; found.add(k); } }
    else { linked++; if (right) { linkedCorrect++; found.add(k); } }
  }
  return { truth: n, linked, linkedCorrect, precision: linked === 0 ? 1 : linkedCorrect / linked, recall: n === 0 ? 1 : linkedCorrect / n,
    recallWithProposals: n === 0 ? 1 : found.size / n, proposed, proposedCorrect };
}
