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
