// The authorisation policy as data: which roles may read which fields, and which arguments name a site.
// Keep it a table; gateway/auth/authorize.ts is the only code that reads it.
import { roles } from './roles.ts';
import type { Role } from './roles.ts';

export interface FieldRule {
  /** Any one of these roles may read the field. */
  readonly roles: readonly Role[];
  readonly why: string;
}

/**
 * Field-level rules, keyed by schema coordinate: `Type.field` for one field, or `Type` for every field returning
 * that type and every field on it. A field with no rule needs any one of `defaultRoles`.
 */
export const fieldPolicy: Readonly<Record<string, FieldRule>> = Object.freeze({
  LaborRecord: { roles: ['planner', 'cost'], why: 'per-employee labour postings (employee numbers, hours)' },
  'ProductionOrder.laborRecords': { roles: ['planner', 'cost'], why: 'per-employee labour postings of an order' },
  'MaintenanceWorkOrder.laborHours': { roles: ['maintenance', 'planner', 'cost'], why: 'maintenance labour, a cost figure' },
  'Mutation.addOperatorNote': { roles: ['operator', 'maintenance', 'planner'], why: 'writes a shift-log note (issue 6); viewers and cost read only' },
  'Mutation.editOperatorNote': { roles: ['operator', 'maintenance', 'planner'], why: 'adds a revision to a shift-log note' },
  'Mutation.confirmIdentityLink': { roles: ['planner', 'maintenance'], why: 'merges two systems\' records of a machine for everyone' },
  'Mutation.rejectIdentityLink': { roles: ['planner', 'maintenance'], why: 'splits two systems\' records of a machine for everyone' },
});

/** Roles that may read every field without a rule: all known roles. An identity with none of them reads nothing. */
export const defaultRoles: readonly Role[] = roles;

/** What an argument's value names: a site, an area, a work center, an equipment id, or `<equipmentId>/<tag>`. */
export type SiteRefKind = 'site' | 'area' | 'workCenter' | 'equipment' | 'equipmentTag';

/**
 * Arguments and input fields whose values name something that belongs to one site, keyed by schema coordinate
 * (`Query.equipment(id:)`, `EquipmentFilter.workCenterId`). A root field given one of these is checked against
 * the named thing's site; a root field given none of them reads plant-wide and needs every site the gateway serves.
 */
export const siteArguments: Readonly<Record<string, SiteRefKind>> = Object.freeze({
  'Query.site(id:)': 'site',
  'Query.area(id:)': 'area',
  'Query.workCenter(id:)': 'workCenter',
  'Query.workCenters(areaId:)': 'area',
  'Query.equipment(id:)': 'equipment',
  'Query.processVariable(id:)': 'equipmentTag',
  'Query.qualityCharacteristic(id:)': 'equipmentTag',
  'Query.pmSchedules(equipmentId:)': 'equipment',
  'EquipmentFilter.workCenterId': 'workCenter',
  'EquipmentFilter.areaId': 'area',
  'ProductionOrderFilter.workCenterId': 'workCenter',
  'ProductionRecordFilter.equipmentId': 'equipment',
  'MaintenanceWorkOrderFilter.equipmentId': 'equipment',
  'OperatorNoteFilter.equipmentId': 'equipment',
  'OperatorNoteFilter.workCenterId': 'workCenter',
  'AddOperatorNoteInput.equipmentId': 'equipment',
  'AddOperatorNoteInput.workCenterId': 'workCenter',
});
