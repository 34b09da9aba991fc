// What a source subgraph does with the crosswalk, once: publish its master records (only when they changed) and
// give each record the canonical equipment id of its LINKED or CONFIRMED link. MES machines and CMMS assets use it.
import { trimKey } from './keys.ts';
import type { Crosswalk } from './crosswalk.ts';
import type { AliasKind, EquipmentObservation, IdentitySystem } from './types.ts';

export interface IdentityTranslatorOptions<T> {
  readonly crosswalk: Crosswalk;
  readonly system: Exclude<IdentitySystem, 'OPC'>;
  /** The link kind that names one of these records (MES MACHINE_CODE, CMMS ASSET_ID). */
  readonly linkKind: AliasKind;
  readonly observe: (records: readonly T[]) => EquipmentObservation[];
  readonly nativeId: (record: T) => string;
  readonly withEquipmentId: (record: T, equipmentId: string | null) => T;
  /** Called when the store fails; the records are then answered as given (their own direct reference rule). */
  readonly onFallback: (err: unknown) => void;
}

export interface IdentityTranslator<T> {
  /** Publishes the records as this system's complete list, unless they are the same as last published. */
  publish(records: readonly T[]): Promise<void>;
  /**
   * The records with their crosswalk equipment ids (a PROPOSED link gives none). Until the ERP roster is stored,
   * or when the store fails, the records as given, so their direct reference rule still applies.
   */
  translate(records: readonly T[]): Promise<readonly T[]>;
}

export function createIdentityTranslator<T>(o: IdentityTranslatorOptions<T>): IdentityTranslator<T> {
  let published = '';
  const publish = async (records: readonly T[]): Promise<void> => {
    const obs = o.observe(records);
    const fingerprint = JSON.stringify(obs);
    if (fingerprint === published) return;
    await o.crosswalk.publishEquipment(o.system, obs, { complete: true });
    published = fingerprint;
  };
  return {
    publish,
    async translate(records) {
      try {
        await publish(records);
        const match = await o.crosswalk.equipmentMatch();
        if (!match.links.some((l) => l.system === 'ERP')) return records;
        const byId = new Map(match.links.filter((l) => l.system === o.system && l.kind === o.linkKind && l.status !== 'PROPOSED').map((l) => [trimKey(l.nativeId), l.equipmentId]));
        return records.map((r) => o.withEquipmentId(r, byId.get(trimKey(o.nativeId(r))) ?? null));
      } catch (e: unknown) {
        o.onFallback(e);
        return records;
      }
    },
  };
}
