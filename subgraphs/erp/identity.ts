import type { Crosswalk, EquipmentObservation, KeyObservation } from '../../normalization/index.ts';
import type { Logger } from '../../common/index.ts';
import { canonicalKey, splitCompanyId } from './source/index.ts';
import type { EquipmentRow, MaterialRow, ProductionOrderRow, SiteRow, WorkCenterRow } from './source/index.ts';
import type { ErpSource } from './source/index.ts';

/**
 * The ERP resources as identity observations: the roster of canonical equipment (one per ResourceID, the
 * position), with work center, area and site for lookups, and the ids the ERP itself records for the other
 * systems (UD field = MES code, EquipID = CMMS asset tag), which the matcher uses as back-references.
 */
export function erpObservations(rows: readonly EquipmentRow[], workCenters: readonly WorkCenterRow[], site: SiteRow | undefined,
  scope: { company: string; plant: string }): EquipmentObservation[] {
  const wcById = new Map(workCenters.map((w) => [w.id, w]));
  return rows.map((r) => {
    const wc = r.workCenterId === null ? undefined : wcById.get(r.workCenterId);
    return {
      system: 'ERP', nativeId: r.erpResourceId, scope, name: r.name,
      workCenter: r.workCenterId === null ? null : `${r.workCenterId} ${wc?.name ?? ''}`.trim(), opcPath: null, assetTag: null, serialNumber: null,
      refs: [{ system: 'MES', kind: 'MACHINE_CODE', id: r.mesCode ?? '' }, { system: 'CMMS', kind: 'ASSET_TAG', id: r.assetTag ?? '' }],
      validFromMs: null, validToMs: null, roster: { siteId: site?.id ?? null, areaId: wc?.areaId ?? null, workCenterId: r.workCenterId },
    };
  });
}

/**
 * The ERP parts and jobs of every configured company as key masters: each part is one canonical material
 * `<Company>/<PartNum>` (with its current revision), each job one production order `<Company>/<JobNum>` (with the part it
 * makes, the order's evidence). Parts are company-wide in the ERP; jobs belong to the plant.
 */
export function erpKeyObservations(parts: readonly MaterialRow[], orders: readonly ProductionOrderRow[], plant: string): { materials: KeyObservation[]; orders: KeyObservation[] } {
  return {
    materials: parts.map((p) => ({ kind: 'MATERIAL', system: 'ERP', nativeId: p.partNumber, scope: { company: canonicalKey(p.company), plant: null }, revision: p.revision, partNum: null })),
    orders: orders.map((o) => ({
      kind: 'PRODUCTION_ORDER', system: 'ERP', nativeId: o.jobNumber, scope: { company: canonicalKey(o.company), plant }, revision: null,
      partNum: o.materialId === null ? null : splitCompanyId(o.materialId)?.rest ?? null,
    })),
  };
}

/**
 * Publishes the ERP roster, parts and jobs to the identity crosswalk: `sync()` reads resources, work centers and
 * the site, every part and every job of the configured companies (cached reads) and stores what changed; every full
 * equipment-list read triggers a background sync of the roster.
 */
export function withErpIdentity(source: ErpSource, crosswalk: Crosswalk, opts: { company: string; companies: readonly string[]; plant: string; logger: Logger }): { source: ErpSource; sync(o?: { keys?: boolean }): Promise<void> } {
  let published = '', publishedParts = '', publishedOrders = '';
  const syncRoster = async (): Promise<void> => {
    const [rows, wcs, sites] = await Promise.all([source.equipment(), source.workCenters(), source.sites()]);
    const obs = erpObservations(rows, wcs, sites[0], { company: opts.company, plant: opts.plant });
    const fingerprint = JSON.stringify(obs);
    if (fingerprint === published) return;
    await crosswalk.publishEquipment('ERP', obs, { complete: true });
    published = fingerprint;
  };
  const syncKeys = async (): Promise<void> => {
    const [parts, orders] = await Promise.all([source.materials(null), source.orders({ companies: opts.companies, statuses: null, fromMs: null, toMs: null, workCenterId: null })]);
    const keys = erpKeyObservations(parts, orders, opts.plant);
    // Fingerprints per list: a new job does not re-send the parts, and an unchanged list costs no store read.
    const fpParts = JSON.stringify(keys.materials), fpOrders = JSON.stringify(keys.orders);
    if (fpParts !== publishedParts) { await crosswalk.publishKeys('MATERIAL', 'ERP', keys.materials, { complete: true }); publishedParts = fpParts; }
    if (fpOrders !== publishedOrders) { await crosswalk.publishKeys('PRODUCTION_ORDER', 'ERP', keys.orders, { complete: true }); publishedOrders = fpOrders; }
  };
  // Independent: a slow or failing job read must not keep the equipment roster from the crosswalk.
  const sync = async (o: { keys?: boolean } = {}): Promise<void> => {
    const [a, b] = await Promise.allSettled([syncRoster(), o.keys === false ? Promise.resolve() : syncKeys()]);
    if (a.status === 'rejected') throw a.reason;
    if (b.status === 'rejected') throw b.reason;
  };
  // A list read re-publishes the roster only: parts and jobs (thousands of rows) follow the periodic sync, so a busy
  // equipment list does not re-read every job of the plant.
  const background = (): void => {
    syncRoster().catch((e: unknown) => opts.logger.warn({ source: 'ERP', op: 'identity', outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, 'could not publish the ERP roster to the identity crosswalk'));
  };
  return {
    // Object.create keeps the port's own properties and getters live (a spread would copy them once).
    source: Object.assign(Object.create(source) as ErpSource, { equipment: async () => { const rows = await source.equipment(); background(); return rows; } }),
    sync,
  };
}
