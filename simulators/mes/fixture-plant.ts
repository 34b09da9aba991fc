import type { Plant } from '../plant/index.ts';
import type { Job, Machine, ProcessSeries, ProductionRecord, QualityMeasurement, StateInterval, VariableSpec } from '../plant/index.ts';

/**
 * A tiny hand-made plant for MES tests: 3 machines over 2 days around the 2026 US spring-forward
 * (America/Chicago, 2026-03-08 02:00 local does not exist). Used until/besides `generatePlant`, so
 * the MES tests stay fast and their expectations can be computed by hand.
 */
export function buildFixturePlant(): Plant {
  const anchorMs = Date.UTC(2026, 2, 9, 12, 0, 0);
  const startMs = anchorMs - 2 * 86_400_000;
  const H = 3_600_000;
  const v = (tag: string, kind: VariableSpec['kind'], unit: string, nominal: number, qc: boolean, lsl: number | null = null, usl: number | null = null): VariableSpec =>
    ({ tag, name: tag, kind, unit, nominal, lsl, usl, noiseSigma: 0.01, intervalMs: 60_000, isQualityCharacteristic: qc });
  const m = (id: string, name: string, kind: Machine['kind'], wc: string, mes: string, opc: string, vars: VariableSpec[]): Machine =>
    ({ id, name, kind, workCenterId: wc, erpResourceId: id, mesCode: mes, opcPath: opc, cmmsName: name, variables: vars, assets: [] });
  const machines: Machine[] = [
    m('PRESS-04', 'Press 4', 'PRESS', 'PRS', 'P04', 'Site1.Fab.Press04', [v('HYD_PRESS', 'pressure', 'bar', 140, false), v('OIL_TEMP', 'temperature', 'degC', 45, false), v('OD', 'dimension', 'mm', 25, true, 24.9, 25.1)]),
    m('LATHE-02', 'Lathe 2', 'LATHE', 'TRN', 'L02', 'Site1.Mach.Lathe02', [v('VIB', 'vibration', 'mm/s', 2, false), v('OD', 'dimension', 'mm', 19.05, true, 19, 19.1)]),
    m('MILL-07', 'Mill 7', 'MILL', 'MIL', 'M07', 'Site1.Mach.Mill07', [v('BRG_TEMP', 'temperature', 'degC', 60, false)]),
  ];
  const states: StateInterval[] = [];
  const records: ProductionRecord[] = [];
  const series: ProcessSeries[] = [];
  const quality: QualityMeasurement[] = [];
  const pattern: readonly [StateInterval['state'], StateInterval['reason'], number][] = [
    ['RUNNING', null, 5], ['DOWN_UNPLANNED', 'JAM', 1], ['RUNNING', null, 4], ['IDLE_STARVED', 'NO_MATERIAL', 1],
    ['SETUP', 'CHANGEOVER', 1], ['RUNNING', null, 6], ['DOWN_PLANNED', 'PREVENTIVE_MAINTENANCE', 2], ['IDLE_STARVED', 'WAITING_FORKLIFT', 1],
    ['RUNNING', null, 3],
  ];
  let recordId = 88_000, measurementId = 5_000;
  machines.forEach((mc, mi) => {
    let t = startMs, i = 0;
    while (t < anchorMs) {
      const [state, reason, hours] = pattern[(i + mi) % pattern.length]!;
      const endMs = Math.min(anchorMs, t + hours * H);
      states.push({ machineId: mc.id, state, reason, startMs: t, endMs });
      t = endMs; i++;
    }
    for (let h = 0; h < 48; h += 4) {
      const s = startMs + h * H, e = s + 4 * H;
      const good = 100 + 10 * mi + h, scrap = h % 8 === 0 ? 2 : 0;
      records.push({ recordId: recordId++, revision: 1, machineId: mc.id, jobNum: `J00451${mi}`, oprSeq: 10, startMs: s, endMs: e,
        goodQty: good, scrapQty: scrap, scrapReason: scrap > 0 ? 'DIM_OVERSIZE' : null, operatorId: 'E100', shift: 1, recordedMs: e });
    }
    for (const vs of mc.variables) {
      const n = (anchorMs - startMs) / vs.intervalMs;
      const values = new Float64Array(n);
      for (let k = 0; k < n; k++) values[k] = vs.nominal + (k % 10) * vs.noiseSigma;
      if (!vs.isQualityCharacteristic) series.push({ machineId: mc.id, tag: vs.tag, unit: vs.unit, startMs, intervalMs: vs.intervalMs, values });
      else for (let h = 1; h < 48; h += 6) {
        quality.push({ measurementId: measurementId++, machineId: mc.id, jobNum: `J00451${mi}`, oprSeq: 10, tag: vs.tag, nominal: vs.nominal,
          lsl: vs.lsl ?? 0, usl: vs.usl ?? 0, value: vs.nominal + 0.01 * (h % 3), unit: vs.unit, measuredMs: startMs + h * H });
      }
    }
  });
  // A late correction: revision 2 of the first press record, recorded 3 h after the original.
  const first = records[0]!;
  records.push({ ...first, revision: 2, goodQty: first.goodQty - 20, recordedMs: first.recordedMs + 3 * H });
  const jobs: Job[] = machines.map((mc, mi) => ({
    company: 'ACME', jobNum: `J00451${mi}`, partNum: `BRK-104${mi}`, revision: 'A', prodQty: 2000, startMs, dueMs: anchorMs + 86_400_000,
    createdMs: startMs - 86_400_000, status: 'IN_PROGRESS',
    operations: [{ oprSeq: 10, opCode: mc.kind, workCenterId: mc.workCenterId, machineId: mc.id, estSetHours: 1, estProdHours: 40, prodStandard: 30,
      actualStartMs: startMs, actualEndMs: null, goodQty: 0, scrapQty: 0, complete: false }],
  }));
  return {
    config: { seed: 7, days: 2, anchorMs, machines: machines.length, parts: 3, timeZone: 'America/Chicago' },
    site: { id: 'SITE1', name: 'Demo Plant', company: 'ACME', plant: 'MfgSys', timeZone: 'America/Chicago' },
    areas: [{ id: 'FAB', name: 'Fabrication', siteId: 'SITE1' }, { id: 'MACH', name: 'Machining', siteId: 'SITE1' }],
    workCenters: [
      { id: 'PRS', name: 'Presses', areaId: 'FAB', mesLineCode: 'LINE-P' },
      { id: 'TRN', name: 'Turning', areaId: 'MACH', mesLineCode: 'LINE-T' },
      { id: 'MIL', name: 'Milling', areaId: 'MACH', mesLineCode: 'LINE-M' },
    ],
    machines, parts: [], employees: [], jobs, productionRecords: records.sort((a, b) => a.recordedMs - b.recordedMs), labor: [],
    states, series, quality, events: [], workOrders: [], failureCodes: [], pmSchedules: [], meters: [], meterReadings: [], drifts: [],
  };
}
