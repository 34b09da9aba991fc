import { trimKey } from '../../normalization/index.ts';
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
  let published = '';
  const publish = async (assets: readonly CmmsAsset[]): Promise<void> => {
    const obs = cmmsObservations(assets);
    const fingerprint = JSON.stringify(obs);
    if (fingerprint === published) return;
    await crosswalk.publishEquipment('CMMS', obs, { complete: true });
    published = fingerprint;
  };
  const translate = async (assets: readonly CmmsAsset[]): Promise<readonly CmmsAsset[]> => {
    try {
      await publish(assets);
      const match = await crosswalk.equipmentMatch();
      if (!match.links.some((l) => l.system === 'ERP')) return assets;
      const byId = new Map(match.links.filter((l) => l.system === 'CMMS' && l.kind === 'ASSET_ID' && l.status !== 'PROPOSED').map((l) => [trimKey(l.nativeId), l.equipmentId]));
      return assets.map((a) => ({ ...a, equipmentId: byId.get(trimKey(a.id)) ?? null }));
    } catch (e: unknown) {
      opts.logger.warn({ source: 'CMMS', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'identity crosswalk unavailable; using customFields.erpResourceId');
      return assets;
    }
  };
  return {
    // Object.create keeps the source's getters (apiVersion reports the version the CMMS last answered with).
    source: Object.assign(Object.create(source) as CmmsSource, { assets: async () => translate(await source.assets()) }),
    sync: async () => { await publish(await source.assets()); },
  };
}
