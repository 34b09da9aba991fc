import type { Crosswalk, EquipmentObservation } from '../../normalization/index.ts';
import type { Logger } from '../../common/index.ts';
import type { EquipmentRow, SiteRow, WorkCenterRow } from './source/index.ts';
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
 * Publishes the ERP roster to the identity crosswalk: `sync()` reads resources, work centers and the site
 * (cached reads) and stores what changed; every full equipment-list read triggers a background sync.
 */
export function withErpIdentity(source: ErpSource, crosswalk: Crosswalk, opts: { company: string; plant: string; logger: Logger }): { source: ErpSource; sync(): Promise<void> } {
  let published = '';
  const sync = async (): Promise<void> => {
    const [rows, wcs, sites] = await Promise.all([source.equipment(), source.workCenters(), source.sites()]);
    const obs = erpObservations(rows, wcs, sites[0], { company: opts.company, plant: opts.plant });
    const fingerprint = JSON.stringify(obs);
    if (fingerprint === published) return;
    await crosswalk.publishEquipment('ERP', obs, { complete: true });
    published = fingerprint;
  };
  const background = (): void => {
    sync().catch((e: unknown) => opts.logger.warn({ source: 'ERP', op: 'identity', outcome: 'failed', err: e instanceof Error ? e.message : String(e) }, 'could not publish the ERP roster to the identity crosswalk'));
  };
  return {
    // Object.create keeps the port's own properties and getters live (a spread would copy them once).
    source: Object.assign(Object.create(source) as ErpSource, { equipment: async () => { const rows = await source.equipment(); background(); return rows; } }),
    sync,
  };
}
