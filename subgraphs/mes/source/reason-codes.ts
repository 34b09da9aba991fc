/**
 * The site's mapping table from free-text MES reasons to canonical loss reasons (DOMAIN §5.7): a
 * maintained lookup, not a classifier. Text the table does not know maps to null (reasonCode null,
 * reasonText kept), so unclassified reasons stay visible instead of being guessed.
 * TODO(mes-owner): move to configuration and add a keyword classifier in the normalization issue.
 */
const table: Readonly<Record<string, string>> = {
  jam: 'JAM', 'jammed - cleared': 'JAM', 'mat jam': 'JAM',
  'broken tool': 'TOOL_BREAK', 'tool broke': 'TOOL_BREAK', tool_break: 'TOOL_BREAK',
  'hyd leak': 'HYDRAULIC_FAULT', 'hydraulic fault': 'HYDRAULIC_FAULT', hydraulic_fault: 'HYDRAULIC_FAULT',
  'brg noise': 'BEARING_FAILURE', bearing: 'BEARING_FAILURE', bearing_failure: 'BEARING_FAILURE',
  'elec fault': 'ELECTRICAL_FAULT', 'breaker tripped': 'ELECTRICAL_FAULT', electrical_fault: 'ELECTRICAL_FAULT',
  "no mat'l": 'NO_MATERIAL', 'no material': 'NO_MATERIAL', 'waiting on coil': 'NO_MATERIAL', no_material: 'NO_MATERIAL',
  'waiting fork truck': 'WAITING_FORKLIFT', 'fork truck': 'WAITING_FORKLIFT', waiting_forklift: 'WAITING_FORKLIFT',
  'no operator': 'NO_OPERATOR', 'no op': 'NO_OPERATOR', no_operator: 'NO_OPERATOR',
  'blocked downstream': 'DOWNSTREAM_BLOCKED', 'conveyor full': 'DOWNSTREAM_BLOCKED', downstream_blocked: 'DOWNSTREAM_BLOCKED',
  changeover: 'CHANGEOVER', 'c/o': 'CHANGEOVER',
  'tool chg': 'TOOL_CHANGE', 'tool change': 'TOOL_CHANGE', tool_change: 'TOOL_CHANGE',
  pm: 'PREVENTIVE_MAINTENANCE', 'pm - monthly': 'PREVENTIVE_MAINTENANCE', preventive_maintenance: 'PREVENTIVE_MAINTENANCE',
  calib: 'CALIBRATION', cal: 'CALIBRATION', calibration: 'CALIBRATION',
  'no shift': 'NO_SHIFT', weekend: 'NO_SHIFT', no_shift: 'NO_SHIFT',
};

/** Canonical loss reason for a reason text, or null when the table does not know it. */
export function reasonCodeFor(text: string | null): string | null {
  if (text === null) return null;
  return table[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Vendor state code → canonical EquipmentState (codes from the MES vendor's manual). */
export function canonicalState(code: number | null): 'RUNNING' | 'SETUP' | 'IDLE_STARVED' | 'IDLE_BLOCKED' | 'DOWN_UNPLANNED' | 'DOWN_PLANNED' | 'OFFLINE' | 'UNKNOWN' {
  switch (code) {
    case 0: return 'OFFLINE';
    case 1: return 'RUNNING';
    case 2: return 'SETUP';
    case 3: return 'IDLE_STARVED';
    case 4: return 'IDLE_BLOCKED';
    case 5: return 'DOWN_UNPLANNED';
    case 6: return 'DOWN_PLANNED';
    default: return 'UNKNOWN';
  }
}
