import type { MesEquipment, MesProductionRow, MesServerInfo, MesTag } from './source/index.ts';

/** Parent objects the resolvers receive (codegen `mappers`). */
export interface EquipmentParent { readonly id: string }
export interface ProductionOrderParent { readonly id: string }
/** A process variable or quality characteristic: the MES machine, its canonical id and the tag's master data. */
export interface VariableParent {
  readonly id: string;
  readonly equipmentId: string;
  readonly equipment: MesEquipment;
  readonly tag: MesTag;
}
export type ProcessVariableParent = VariableParent;
export type QualityCharacteristicParent = VariableParent;
export interface ProductionRecordParent {
  readonly row: MesProductionRow;
  /** Canonical equipment id, or null when the MES machine has no usable ERP alias. */
  readonly equipmentId: string | null;
  /** Exact resends dropped and lower revisions replaced by this one (loaders' dedupeRecords). */
  readonly duplicates: number;
  readonly replacedRevisions: number;
}
export interface MesServerInfoParent {
  readonly info: MesServerInfo;
  readonly unmappedEquipmentCount: number;
}

/** `<equipmentId>/<tag>` → parts; null when malformed. The tag is after the last '/'. */
export function splitVariableId(id: string): { equipmentId: string; tag: string } | null {
  const i = id.lastIndexOf('/');
  if (i <= 0 || i === id.length - 1) return null;
  return { equipmentId: id.slice(0, i), tag: id.slice(i + 1) };
}
