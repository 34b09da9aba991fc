import type { Machine, MaintenanceWorkOrder, Meter, MeterReading, VariableSpec } from '../plant/index.ts';
import type { Plant } from '../plant/index.ts';

/**
 * A tiny hand-made plant for the CMMS simulator's and subgraph's tests: three machines (PRESS-04
 * with an asset swap half-way, LATHE-01, MILL-02), a dozen work orders in every status, a 4-level
 * failure-code tree, PM schedules, cumulative and gauge meters with hourly readings over 7 days.
 * Only the arrays the CMMS renders are filled. Test-only: production code never imports it.
 */
export const testAnchorMs = Date.UTC(2026, 2, 15, 0, 0, 0);
const hour = 3_600_000;
const day = 24 * hour;

const noVars: readonly VariableSpec[] = [];

function machine(id: string, name: string, kind: Machine['kind'], wc: string, mesCode: string, cmmsName: string,
  assets: Machine['assets']): Machine {
  return { id, name, kind, workCenterId: wc, erpResourceId: id, mesCode, opcPath: `Site1.Fab.${id}`, cmmsName, variables: noVars, assets };
}

export function createTestPlant(opts: { seed?: number; extraMachines?: number } = {}): Plant {
  const seed = opts.seed ?? 7;
  const start = testAnchorMs - 7 * day;
  const swapMs = start + 3 * day + 5 * hour;
  const machines: Machine[] = [
    machine('PRESS-04', 'Press 4', 'PRESS', 'PRS', 'P04', 'Press #4', [
      { cmmsAssetId: 'ast_P04old', assetTag: '100233', serialNumber: 'SN-P-7781', manufacturer: 'Schuler', model: 'MSD 400', fromMs: start - 400 * day, toMs: swapMs },
      { cmmsAssetId: 'ast_P04new', assetTag: '100234', serialNumber: 'SN-P-9902', manufacturer: 'Schuler', model: 'MSD 400e', fromMs: swapMs, toMs: null },
    ]),
    machine('LATHE-01', 'Lathe 1', 'LATHE', 'TRN', 'L01', 'Lathe #1', [
      { cmmsAssetId: 'ast_L01', assetTag: '100301', serialNumber: 'SN-L-1201', manufacturer: 'Okuma', model: 'LB3000', fromMs: start - 900 * day, toMs: null },
    ]),
    machine('MILL-02', 'Mill 2', 'MILL', 'MIL', 'M02', 'Mill #2', [
      { cmmsAssetId: 'ast_M02', assetTag: '100402', serialNumber: 'SN-M-3302', manufacturer: 'DMG Mori', model: 'DMU 50', fromMs: start - 200 * day, toMs: null },
    ]),
  ];
  for (let i = 0; i < (opts.extraMachines ?? 0); i++) {
    const n = String(10 + i).padStart(2, '0');
    machines.push(machine(`GRIND-${n}`, `Grinder ${n}`, 'GRINDER', 'GRD', `G${n}`, `Grinder #${n}`, [
      { cmmsAssetId: `ast_G${n}`, assetTag: `1005${n}`, serialNumber: `SN-G-${n}`, manufacturer: 'Studer', model: 'S33', fromMs: start - 100 * day, toMs: null },
    ]));
  }

  const failure = { classCode: 'MECH', problemCode: 'MECH-BRG', causeCode: 'MECH-BRG-WEAR', remedyCode: 'MECH-BRG-WEAR-RPL' };
  const wo = (n: number, m: string, asset: string, type: MaintenanceWorkOrder['type'], status: MaintenanceWorkOrder['status'],
    priority: MaintenanceWorkOrder['priority'], reportedMs: number, startedMs: number | null, completedMs: number | null,
    withFailure = false): MaintenanceWorkOrder => ({
    id: `wo_${String(n).padStart(4, '0')}`, number: `WO-2026-${String(800 + n).padStart(5, '0')}`,
    title: `${type.toLowerCase()} on ${m}`, description: `Operator note ${n}: checked, see log`, type, status, priority,
    machineId: m, cmmsAssetId: asset, failure: withFailure ? failure : null, reportedMs, startedMs, completedMs,
    downtimeMinutes: completedMs !== null && startedMs !== null ? Math.round((completedMs - startedMs) / 60_000) : 0,
    laborHours: completedMs !== null ? 1.5 : 0, createdMs: reportedMs,
    updatedMs: completedMs ?? startedMs ?? reportedMs,
  });
  const workOrders: MaintenanceWorkOrder[] = [
    wo(1, 'PRESS-04', 'ast_P04old', 'CORRECTIVE', 'DONE', 3, start + 2 * hour, start + 3 * hour, start + 6 * hour, true),
    wo(2, 'PRESS-04', 'ast_P04old', 'PREVENTIVE', 'DONE', 1, start + 1 * day, start + 1 * day + hour, start + 1 * day + 3 * hour),
    wo(3, 'PRESS-04', 'ast_P04new', 'INSPECTION', 'OPEN', 0, start + 4 * day, null, null),
    wo(4, 'PRESS-04', 'ast_P04new', 'CORRECTIVE', 'IN_PROGRESS', 2, start + 6 * day, start + 6 * day + hour, null, true),
    wo(5, 'LATHE-01', 'ast_L01', 'CALIBRATION', 'DONE', 1, start + 2 * day, start + 2 * day + hour, start + 2 * day + 2 * hour),
    wo(6, 'LATHE-01', 'ast_L01', 'CORRECTIVE', 'ON_HOLD', 2, start + 5 * day, null, null, true),
    wo(7, 'LATHE-01', 'ast_L01', 'PREVENTIVE', 'CANCELLED', 0, start + 3 * day, null, null),
    wo(8, 'MILL-02', 'ast_M02', 'PREVENTIVE', 'DONE', 1, start + 1 * day + 500, start + 1 * day + 2 * hour, start + 1 * day + 4 * hour),
    wo(9, 'MILL-02', 'ast_M02', 'CORRECTIVE', 'OPEN', 3, start + 6 * day + 2 * hour + 700, null, null, true),
    // Completes after the anchor: served as IN_PROGRESS until the clock passes completion.
    wo(10, 'MILL-02', 'ast_M02', 'CORRECTIVE', 'DONE', 2, testAnchorMs - 2 * hour, testAnchorMs - hour, testAnchorMs + 2 * hour),
    // Reported after the anchor: not served until the clock reaches it.
    wo(11, 'LATHE-01', 'ast_L01', 'INSPECTION', 'OPEN', 1, testAnchorMs + day, null, null),
  ];
  for (const m of machines.slice(3)) {
    const a = m.assets[0]!.cmmsAssetId;
    workOrders.push(wo(100 + workOrders.length, m.id, a, 'PREVENTIVE', 'OPEN', 1, start + 3 * day + workOrders.length * 1000, null, null));
  }
  workOrders.sort((x, y) => x.reportedMs - y.reportedMs);

  const meters: Meter[] = [
    { id: 'mtr_P04_runtime', cmmsAssetId: 'ast_P04new', machineId: 'PRESS-04', name: 'Runtime hours', kind: 'cumulative', unit: 'h', rolloverAt: null },
    { id: 'mtr_P04_cycles', cmmsAssetId: 'ast_P04new', machineId: 'PRESS-04', name: 'Stroke counter', kind: 'cumulative', unit: 'cycles', rolloverAt: 65535 },
    { id: 'mtr_P04_hyd', cmmsAssetId: 'ast_P04new', machineId: 'PRESS-04', name: 'Hydraulic pressure', kind: 'gauge', unit: 'bar', rolloverAt: null },
    { id: 'mtr_L01_brg', cmmsAssetId: 'ast_L01', machineId: 'LATHE-01', name: 'Bearing temperature', kind: 'gauge', unit: 'degC', rolloverAt: null },
    { id: 'mtr_M02_vib', cmmsAssetId: 'ast_M02', machineId: 'MILL-02', name: 'Spindle vibration', kind: 'gauge', unit: 'mm/s', rolloverAt: null },
  ];
  const meterReadings: MeterReading[] = [];
  for (let t = start; t < testAnchorMs + day; t += hour) {
    const i = (t - start) / hour;
    meterReadings.push(
      { meterId: 'mtr_P04_runtime', value: 5000 + i * 0.9, readingMs: t, source: 'sensor' },
      { meterId: 'mtr_P04_cycles', value: 60000 + i * 180, readingMs: t, source: 'sensor' },
      { meterId: 'mtr_P04_hyd', value: 140 + (i % 5), readingMs: t, source: 'sensor' },
      { meterId: 'mtr_L01_brg', value: 60 + (i % 7) * 0.5, readingMs: t, source: i % 24 === 0 ? 'manual' : 'sensor' },
      { meterId: 'mtr_M02_vib', value: 1.2 + (i % 3) * 0.1, readingMs: t, source: 'sensor' },
    );
  }

  return {
    config: { seed, days: 7, anchorMs: testAnchorMs, machines: machines.length, parts: 0, timeZone: 'America/Chicago' },
    site: { id: 'SITE1', name: 'Demo Plant', company: 'ACME', plant: 'MfgSys', timeZone: 'America/Chicago' },
    areas: [{ id: 'FAB', name: 'Fabrication', siteId: 'SITE1' }],
    workCenters: [
      { id: 'PRS', name: 'Presses', areaId: 'FAB', mesLineCode: 'LINE-P' },
      { id: 'TRN', name: 'Turning', areaId: 'FAB', mesLineCode: 'LINE-T' },
      { id: 'MIL', name: 'Milling', areaId: 'FAB', mesLineCode: 'LINE-M' },
      { id: 'GRD', name: 'Grinding', areaId: 'FAB', mesLineCode: 'LINE-G' },
    ],
    machines, parts: [], employees: [], jobs: [], productionRecords: [], labor: [], states: [], series: [], quality: [],
    events: [], workOrders,
    failureCodes: [
      { code: 'MECH', level: 'class', description: 'Mechanical', parentCode: null },
      { code: 'MECH-BRG', level: 'problem', description: 'Bearing noise', parentCode: 'MECH' },
      { code: 'MECH-BRG-WEAR', level: 'cause', description: 'Wear', parentCode: 'MECH-BRG' },
      { code: 'MECH-BRG-WEAR-RPL', level: 'remedy', description: 'Replace bearing', parentCode: 'MECH-BRG-WEAR' },
      { code: 'ELEC', level: 'class', description: 'Electrical', parentCode: null },
      { code: 'ELEC-MTR', level: 'problem', description: 'Motor trips', parentCode: 'ELEC' },
    ],
    pmSchedules: [
      { id: 'pm_P04_monthly', machineId: 'PRESS-04', cmmsAssetId: 'ast_P04new', title: 'Press monthly PM', intervalDays: 30, nextDueMs: testAnchorMs + 10 * day },
      { id: 'pm_L01_weekly', machineId: 'LATHE-01', cmmsAssetId: 'ast_L01', title: 'Lathe weekly lube', intervalDays: 7, nextDueMs: testAnchorMs + 2 * day },
    ],
    meters, meterReadings, drifts: [],
  };
}
