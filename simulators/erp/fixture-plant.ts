/**
 * A tiny hand-made Plant for the ERP simulator's and the ERP subgraph's tests, used until (and beside)
 * simulators/plant's generator: 2 areas, 3 work centers, 6 machines, 5 parts, 9 jobs over 7 days ending
 * 2026-03-10T00:00Z in America/Chicago, so the history spans the 2026-03-08 spring-forward. Test-only.
 */
import type { Job, JobOperation, LaborRecord, Machine, MachineKind, Part } from '../plant/index.ts';
import type { Plant } from '../plant/index.ts';

const HOUR = 3_600_000;
export const FIXTURE_ANCHOR_MS = Date.UTC(2026, 2, 10, 0, 0, 0);
/** 2026-03-08 08:30Z = 03:30 CDT, inside the first hour after the spring-forward (02:00 → 03:00 local). */
export const FIXTURE_AFTER_GAP_MS = Date.UTC(2026, 2, 8, 8, 30, 0);

export function fixturePlant(): Plant {
  const start = FIXTURE_ANCHOR_MS - 7 * 24 * HOUR;
  const wcs = [
    { id: 'PRS', name: 'Presses', areaId: 'FAB', mesLineCode: 'LINE-P' },
    { id: 'CNC', name: 'CNC Turning', areaId: 'MACH', mesLineCode: 'LINE-C' },
    { id: 'GRD', name: 'Grinding', areaId: 'MACH', mesLineCode: 'LINE-G' },
  ];
  const spec: [string, string, MachineKind, string, string][] = [
    ['PRESS-01', 'Press 1', 'PRESS', 'PRS', 'P01'], ['PRESS-04', 'Press 4', 'PRESS', 'PRS', 'P04'],
    ['LATHE-02', 'Lathe 2', 'LATHE', 'CNC', 'L02'], ['LATHE-03', 'Lathe 3', 'LATHE', 'CNC', 'L03'],
    ['GRIND-01', 'Grinder 1', 'GRINDER', 'GRD', 'G01'], ['GRIND-02', 'Grinder 2', 'GRINDER', 'GRD', 'G02'],
  ];
  const machines: Machine[] = spec.map(([id, name, kind, wc, mes], i) => ({
    id, name, kind, workCenterId: wc, erpResourceId: id, mesCode: mes, opcPath: `Site1.${wc}.${id}`,
    cmmsName: name.replace(' ', ' #'), variables: [],
    assets: [{ cmmsAssetId: `ast_${i}`, assetTag: String(100200 + i), serialNumber: `SN${i}`, manufacturer: 'Acme', model: 'M1', fromMs: start - 400 * 24 * HOUR, toMs: null }],
  }));
  const parts: Part[] = [0, 1, 2, 3, 4].map((i) => ({
    partNum: `BRK-10${40 + i}`, description: `Bracket ${i}`, revision: i % 2 === 0 ? 'A' : 'B', ium: 'EA',
    pum: i % 2 === 0 ? 'EA' : 'BX', purchasingFactor: i % 2 === 0 ? 1 : 12, typeCode: 'M', classId: 'BRK', characteristicTags: [],
  }));
  const jobs: Job[] = [];
  const labor: LaborRecord[] = [];
  const statuses = ['CLOSED', 'COMPLETE', 'COMPLETE', 'IN_PROGRESS', 'IN_PROGRESS', 'RELEASED', 'HELD', 'IN_PROGRESS', 'RELEASED'] as const;
  let seq = 1;
  statuses.forEach((status, j) => {
    const jobStart = status === 'IN_PROGRESS' && j === 3 ? FIXTURE_AFTER_GAP_MS : start + j * 17 * HOUR + 0.5 * HOUR;
    const started = status !== 'RELEASED' && status !== 'HELD';
    const ops: JobOperation[] = [10, 20].map((oprSeq, k) => {
      const m = machines[(j * 2 + k) % machines.length] as Machine;
      const opStart = jobStart + k * 4 * HOUR;
      const done = status === 'CLOSED' || status === 'COMPLETE' || (status === 'IN_PROGRESS' && k === 0);
      const opStarted = started && (k === 0 || done);
      const good = opStarted ? 100 - j - k : 0;
      const scrap = opStarted ? (j + k) % 3 : 0;
      if (opStarted) {
        labor.push({
          laborDtlSeq: seq++, company: 'ACME', employeeNum: `E${100 + j}`, jobNum: `J00450${j}`, oprSeq, machineId: m.id,
          laborType: 'P', laborQty: good, scrapQty: scrap, scrapReasonCode: scrap > 0 ? 'OVR' : '',
          clockInMs: opStart, clockOutMs: opStart + 3.25 * HOUR, shift: 1,
        });
      }
      return {
        oprSeq, opCode: m.kind === 'PRESS' ? 'PRESS' : m.kind === 'LATHE' ? 'TURN' : 'GRIND', workCenterId: m.workCenterId,
        machineId: m.id, estSetHours: 0.5, estProdHours: 3, prodStandard: 35, actualStartMs: opStarted ? opStart : null,
        actualEndMs: done ? opStart + 3.25 * HOUR : null, goodQty: good, scrapQty: scrap, complete: done,
      };
    });
    const part = parts[j % parts.length] as Part;
    jobs.push({
      company: 'ACME', jobNum: `J00450${j}`, partNum: part.partNum, revision: part.revision, prodQty: 100,
      startMs: jobStart, dueMs: jobStart + 48 * HOUR, createdMs: jobStart - 24 * HOUR, status, operations: ops,
    });
  });
  return {
    config: { seed: 7, days: 7, anchorMs: FIXTURE_ANCHOR_MS, machines: machines.length, parts: parts.length, timeZone: 'America/Chicago' },
    site: { id: 'SITE1', name: 'Springfield Works', company: 'ACME', plant: 'MfgSys', timeZone: 'America/Chicago' },
    areas: [{ id: 'FAB', name: 'Fabrication', siteId: 'SITE1' }, { id: 'MACH', name: 'Machining', siteId: 'SITE1' }],
    workCenters: wcs, machines, parts, employees: [], jobs, productionRecords: [], labor, states: [], series: [], quality: [],
    events: [], workOrders: [], failureCodes: [], pmSchedules: [], meters: [], meterReadings: [], drifts: [],
  };
}
