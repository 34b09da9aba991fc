import { createIdentityTranslator } from '../../normalization/index.ts';
import type { Crosswalk, EquipmentObservation } from '../../normalization/index.ts';
import { carryUnmapped } from '../../common/index.ts';
import type { Logger } from '../../common/index.ts';
import type { MesEquipment, MesSource } from './source/index.ts';

/** The MES machine master as identity observations: code, description, line, OPC path and the ERP code it carries. */
export function mesObservations(list: readonly MesEquipment[], erpCompany: string): EquipmentObservation[] {
  return list.map((m) => ({
    system: 'MES', nativeId: m.mesCode, scope: { company: erpCompany, plant: null }, name: m.description,
    workCenter: m.parentId === null ? null : `${m.parentId} ${m.parentDescription ?? ''}`.trim(), opcPath: m.opcPath, assetTag: null, serialNumber: null,
    refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: m.erpAliasRaw }], validFromMs: null, validToMs: null, roster: null,
  }));
}

/**
 * Puts the identity crosswalk between the MES port and the loaders: every machine-master read is published
 * (only when it changed) and each machine's canonical equipment id comes from the crosswalk's LINKED or
 * CONFIRMED link, so a machine whose ERP code is blank or a variant still gets its data once linked, and a
 * merely PROPOSED one gets none. Until the ERP roster is in the store, or when the store fails (logged as a
 * warning), the direct reference rule (the ERP code on the MES master) applies as before.
 */
export function withMesIdentity(source: MesSource, crosswalk: Crosswalk, opts: { erpCompany: string; logger: Logger }): { source: MesSource; sync(): Promise<void> } {
  const identity = createIdentityTranslator<MesEquipment>({
    crosswalk, system: 'MES', linkKind: 'MACHINE_CODE', observe: (list) => mesObservations(list, opts.erpCompany),
    nativeId: (m) => m.mesCode, withEquipmentId: (m, equipmentId) => carryUnmapped(m, { ...m, equipmentId }),
    onFallback: (e) => opts.logger.warn({ source: 'MES', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'identity crosswalk unavailable; using the ERP code on the MES master'),
  });
  return {
    // Object.create keeps the port's own properties and getters live (a spread would copy them once).
    source: Object.assign(Object.create(source) as MesSource, { equipmentList: async () => identity.translate(await source.equipmentList()) }),
    sync: async () => { await identity.publish(await source.equipmentList()); },
  };
}
