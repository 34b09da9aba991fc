import { carryUnmapped } from '../../common/index.ts';
import { createIdentityTranslator } from '../../normalization/index.ts';
import type { Crosswalk, EquipmentObservation } from '../../normalization/index.ts';
import type { Logger } from '../../common/index.ts';
import type { CmmsAsset, CmmsSource } from './source/index.ts';

/** CMMS assets as identity observations: id, name, tag, serial, location, install/retire interval, the ERP id it names. */
export function cmmsObservations(assets: readonly CmmsAsset[]): EquipmentObservation[] {
  return assets.map((a) => ({
    system: 'CMMS', nativeId: a.id, scope: { company: null, plant: null }, name: a.name, workCenter: a.locationId, opcPath: null,
    assetTag: a.assetTag, serialNumber: a.serialNumber, refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: a.equipmentId ?? '' }],
    validFromMs: a.installedMs, validToMs: a.retiredMs, roster: null,
  }));
}

/**
 * Puts the identity crosswalk between the CMMS port and the loaders (see subgraphs/mes/identity.ts): each
 * asset's canonical equipment id comes from a LINKED or CONFIRMED crosswalk link (an asset swapped out at a
 * position keeps that position for its interval); until the ERP roster is stored, or when the store fails,
 * `customFields.erpResourceId` applies as before.
 */
export function withCmmsIdentity(source: CmmsSource, crosswalk: Crosswalk, opts: { logger: Logger }): { source: CmmsSource; sync(): Promise<void> } {
  const identity = createIdentityTranslator<CmmsAsset>({
    crosswalk, system: 'CMMS', linkKind: 'ASSET_ID', observe: cmmsObservations,
    nativeId: (a) => a.id, withEquipmentId: (a, equipmentId) => carryUnmapped(a, { ...a, equipmentId }),
    onFallback: (e) => opts.logger.warn({ source: 'CMMS', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'identity crosswalk unavailable; using customFields.erpResourceId'),
  });
  return {
    // Object.create keeps the source's getters (apiVersion reports the version the CMMS last answered with).
    source: Object.assign(Object.create(source) as CmmsSource, { assets: async () => identity.translate(await source.assets()) }),
    sync: async () => { await identity.publish(await source.assets()); },
  };
}
