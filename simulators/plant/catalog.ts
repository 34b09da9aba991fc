/**
 * The static layout of the demo plant: site, areas, work centers, machines with their identities in
 * every system, physical assets, parts, employees and the CMMS failure-code tree. Everything here is
 * drawn from forked streams of the plant seed so adding a machine does not reshuffle the others.
 */
import type { CalendarKind } from './calendar.ts';
import type {
  Area, Employee, FailureCode, Machine, MachineKind, Part, PhysicalAsset, Site, VariableSpec, WorkCenter,
} from './model.ts';
import type { PlantConfig } from './plant-types.ts';
import type { Rng } from './rng.ts';

const DAY_MS = 86_400_000;
export const SAMPLE_INTERVAL_MS = 5 * 60_000;

interface WorkCenterDef {
  readonly id: string;
  readonly name: string;
  readonly areaId: string;
  readonly kind: MachineKind;
  readonly prefix: string;        // machine id prefix, 'PRESS'
  readonly mesPrefix: string;     // MES code prefix, 'P'
  readonly opcWord: string;       // 'Press'
  readonly cmmsWord: string;      // 'Press'
  readonly opCode: string;        // ERP OpCode
  readonly weight: number;        // share of the machines
  readonly calendar: CalendarKind;
  readonly rate: readonly [number, number]; // pieces per hour range
}

const AREAS: readonly { id: string; name: string; opc: string }[] = [
  { id: 'FAB', name: 'Fabrication', opc: 'Fab' },
  { id: 'MCH', name: 'Machining', opc: 'Mach' },
  { id: 'FIN', name: 'Finishing', opc: 'Fin' },
  { id: 'PLS', name: 'Plastics', opc: 'Pls' },
];

const WORK_CENTERS: readonly WorkCenterDef[] = [
  { id: 'PRS', name: 'Stamping presses', areaId: 'FAB', kind: 'PRESS', prefix: 'PRESS', mesPrefix: 'P', opcWord: 'Press', cmmsWord: 'Press', opCode: 'PRESS', weight: 6, calendar: 'CONTINUOUS', rate: [300, 600] },
  { id: 'PBK', name: 'Press brakes', areaId: 'FAB', kind: 'PRESS', prefix: 'BRAKE', mesPrefix: 'B', opcWord: 'Brake', cmmsWord: 'Press Brake', opCode: 'FORM', weight: 3, calendar: 'FIVE_DAY', rate: [60, 120] },
  { id: 'WLD', name: 'Robotic welding', areaId: 'FAB', kind: 'WELDER', prefix: 'WELD', mesPrefix: 'W', opcWord: 'Weld', cmmsWord: 'Welder', opCode: 'WELD', weight: 3, calendar: 'SIX_DAY', rate: [30, 60] },
  { id: 'LTH', name: 'CNC lathes', areaId: 'MCH', kind: 'LATHE', prefix: 'LATHE', mesPrefix: 'L', opcWord: 'Lathe', cmmsWord: 'Lathe', opCode: 'TURN', weight: 6, calendar: 'FIVE_DAY', rate: [20, 45] },
  { id: 'SWS', name: 'Swiss turning', areaId: 'MCH', kind: 'LATHE', prefix: 'SWISS', mesPrefix: 'S', opcWord: 'Swiss', cmmsWord: 'Swiss Lathe', opCode: 'TURN', weight: 3, calendar: 'SIX_DAY', rate: [40, 90] },
  { id: 'MIL', name: 'Vertical mills', areaId: 'MCH', kind: 'MILL', prefix: 'MILL', mesPrefix: 'M', opcWord: 'Mill', cmmsWord: 'Mill', opCode: 'MILL', weight: 5, calendar: 'FIVE_DAY', rate: [12, 30] },
  { id: 'HMC', name: 'Horizontal machining', areaId: 'MCH', kind: 'MILL', prefix: 'HMC', mesPrefix: 'H', opcWord: 'Hmc', cmmsWord: 'HMC', opCode: 'MILL', weight: 3, calendar: 'SIX_DAY', rate: [10, 25] },
  { id: 'GRD', name: 'Cylindrical grinding', areaId: 'FIN', kind: 'GRINDER', prefix: 'GRIND', mesPrefix: 'G', opcWord: 'Grind', cmmsWord: 'Grinder', opCode: 'GRIND', weight: 3, calendar: 'FIVE_DAY', rate: [30, 60] },
  { id: 'HON', name: 'Honing', areaId: 'FIN', kind: 'GRINDER', prefix: 'HONE', mesPrefix: 'N', opcWord: 'Hone', cmmsWord: 'Hone', opCode: 'HONE', weight: 2, calendar: 'FIVE_DAY', rate: [40, 80] },
  { id: 'DBR', name: 'Deburr and wash', areaId: 'FIN', kind: 'GRINDER', prefix: 'DEBUR', mesPrefix: 'D', opcWord: 'Debur', cmmsWord: 'Deburr Cell', opCode: 'DEBUR', weight: 1, calendar: 'FIVE_DAY', rate: [80, 150] },
  { id: 'MLD', name: 'Injection molding', areaId: 'PLS', kind: 'MOLDER', prefix: 'MOLD', mesPrefix: 'J', opcWord: 'Mold', cmmsWord: 'Molder', opCode: 'MOLD', weight: 4, calendar: 'CONTINUOUS', rate: [100, 240] },
  { id: 'OVM', name: 'Overmolding', areaId: 'PLS', kind: 'MOLDER', prefix: 'OVMLD', mesPrefix: 'V', opcWord: 'Ovmld', cmmsWord: 'Overmolder', opCode: 'MOLD', weight: 1, calendar: 'SIX_DAY', rate: [60, 120] },
];

const MAKERS: Readonly<Record<MachineKind, readonly (readonly [string, string])[]>> = {
  PRESS: [['Aida', 'NC1-200'], ['Komatsu', 'OBW-150'], ['Amada', 'HFE-100']],
  LATHE: [['Haas', 'ST-20Y'], ['Okuma', 'LB3000'], ['Mazak', 'QTN-200'], ['Citizen', 'L20']],
  MILL: [['Haas', 'VF-2'], ['DMG Mori', 'CMX 800V'], ['Makino', 'a51nx']],
  GRINDER: [['Studer', 'S33'], ['Sunnen', 'SV-1000'], ['Kadia', 'BW-4']],
  WELDER: [['Miller', 'PerformArc 350'], ['Lincoln', 'Power Wave R450']],
  MOLDER: [['Engel', 'victory 120'], ['Arburg', 'Allrounder 470'], ['Husky', 'HyPET 90']],
};

/** Per machine, the dynamics parameters the simulation needs (internal, not part of the model). */
export interface MachineProfile {
  readonly machine: Machine;
  readonly index: number;
  readonly calendar: CalendarKind;
  readonly rate: readonly [number, number];
  readonly opCode: string;
  /** Tooling well maintained: tool changed at ~half life with low-wear inserts, so wear never drifts measurably. */
  readonly stableTooling: boolean;
  /** Vibration is condition-monitored: the bearing is replaced on alarm, else it runs to failure. */
  readonly conditionMonitored: boolean;
  readonly pmIntervalDays: number;
  readonly calIntervalDays: number;
  /** Instant of the asset swap at this position, or null. */
  readonly swapMs: number | null;
  readonly runtimeMeterStart: number;
}

export interface Layout {
  readonly site: Site;
  readonly areas: readonly Area[];
  readonly workCenters: readonly WorkCenter[];
  readonly workCenterDefs: readonly WorkCenterDef[];
  readonly machines: readonly Machine[];
  readonly profiles: readonly MachineProfile[];
  readonly parts: readonly Part[];
  readonly routings: ReadonlyMap<string, readonly string[]>; // partNum → work center ids
  readonly employees: readonly Employee[];
  readonly failureCodes: readonly FailureCode[];
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += BASE62[Math.floor(rng.next() * 62)];
  return s;
}

/** Variables per machine kind. Noise sigmas are AR(1) innovations; see signals.ts for the stationary sigma. */
function variablesFor(kind: MachineKind, rng: Rng): VariableSpec[] {
  const v = (tag: string, name: string, k: VariableSpec['kind'], unit: string, nominal: number, noiseSigma: number,
    lsl: number | null = null, usl: number | null = null): VariableSpec => ({
    tag, name, kind: k, unit, nominal, lsl, usl, noiseSigma, intervalMs: SAMPLE_INTERVAL_MS, isQualityCharacteristic: lsl !== null,
  });
  switch (kind) {
    case 'PRESS': {
      const p = Math.round(rng.range(120, 170));
      return [
        v('HYD_PRESS', 'Hydraulic pressure', 'pressure', 'bar', p, 0.55),
        v('VIB', 'Frame vibration RMS velocity', 'vibration', 'mm/s', round(rng.range(1.2, 1.8), 2), 0.05),
        v('OIL_TEMP', 'Hydraulic oil temperature', 'temperature', 'degC', Math.round(rng.range(42, 50)), 0.2),
      ];
    }
    case 'LATHE': {
      const od = rng.pick([12, 16, 20, 25, 32, 40]);
      return [
        v('OD', 'Outer diameter', 'dimension', 'mm', od, 0.007, od - 0.05, od + 0.05),
        v('SPINDLE_LOAD', 'Spindle load', 'load', '%', Math.round(rng.range(35, 55)), 0.7),
        v('VIB', 'Spindle vibration RMS velocity', 'vibration', 'mm/s', round(rng.range(0.9, 1.4), 2), 0.04),
        v('BRG_TEMP', 'Spindle bearing temperature', 'temperature', 'degC', Math.round(rng.range(34, 40)), 0.15),
      ];
    }
    case 'MILL': {
      const bore = rng.pick([8, 10, 12, 16, 22]);
      return [
        v('BORE', 'Bore diameter', 'dimension', 'mm', bore, 0.0035, bore - 0.025, bore + 0.025),
        v('SPINDLE_LOAD', 'Spindle load', 'load', '%', Math.round(rng.range(30, 50)), 0.7),
        v('VIB', 'Spindle vibration RMS velocity', 'vibration', 'mm/s', round(rng.range(1.0, 1.6), 2), 0.045),
        v('BRG_TEMP', 'Spindle bearing temperature', 'temperature', 'degC', Math.round(rng.range(33, 39)), 0.15),
      ];
    }
    case 'GRINDER': {
      const od = rng.pick([10, 15, 20, 30]);
      return [
        v('OD', 'Ground diameter', 'dimension', 'mm', od, 0.0014, od - 0.01, od + 0.01),
        v('SPINDLE_LOAD', 'Wheel spindle load', 'load', '%', Math.round(rng.range(25, 45)), 0.6),
        v('VIB', 'Wheel head vibration RMS velocity', 'vibration', 'mm/s', round(rng.range(0.6, 1.0), 2), 0.03),
      ];
    }
    case 'WELDER':
      return [
        v('CYCLE_TIME', 'Weld cycle time', 'cycleTime', 's', round(rng.range(55, 90), 1), 0.35),
        v('TIP_TEMP', 'Torch tip temperature', 'temperature', 'degC', Math.round(rng.range(60, 75)), 0.3),
        v('VIB', 'Robot axis vibration RMS velocity', 'vibration', 'mm/s', round(rng.range(0.5, 0.9), 2), 0.03),
      ];
    case 'MOLDER': {
      const wall = rng.pick([1.5, 2, 2.5]);
      return [
        v('WALL', 'Wall thickness', 'dimension', 'mm', wall, 0.007, wall - 0.05, wall + 0.05),
        v('CYCLE_TIME', 'Shot cycle time', 'cycleTime', 's', round(rng.range(18, 35), 1), 0.12),
        v('BARREL_TEMP', 'Barrel zone 3 temperature', 'temperature', 'degC', Math.round(rng.range(215, 245)), 0.35),
        v('HYD_PRESS', 'Injection hydraulic pressure', 'pressure', 'bar', Math.round(rng.range(100, 140)), 0.5),
      ];
    }
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Splits `n` machines over work centers by weight, every work center getting at least one when n allows. */
function machineCounts(n: number): number[] {
  const total = WORK_CENTERS.reduce((s, w) => s + w.weight, 0);
  const counts = WORK_CENTERS.map((w) => Math.floor((n * w.weight) / total));
  let left = n - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

const PART_FAMILIES: readonly { prefix: string; desc: string; classId: string; routing: readonly string[] }[] = [
  { prefix: 'BRK', desc: 'Bracket', classId: 'BRKT', routing: ['PRS', 'PBK', 'WLD'] },
  { prefix: 'PLT', desc: 'Mounting plate', classId: 'PLAT', routing: ['PRS', 'MIL'] },
  { prefix: 'SHF', desc: 'Drive shaft', classId: 'SHFT', routing: ['LTH', 'GRD'] },
  { prefix: 'BSH', desc: 'Bushing', classId: 'BUSH', routing: ['SWS', 'HON'] },
  { prefix: 'HSG', desc: 'Pump housing', classId: 'HSNG', routing: ['HMC', 'MIL', 'DBR'] },
  { prefix: 'FLG', desc: 'Flange', classId: 'FLNG', routing: ['LTH', 'MIL'] },
  { prefix: 'PIN', desc: 'Dowel pin', classId: 'PINS', routing: ['SWS', 'GRD'] },
  { prefix: 'SPC', desc: 'Spacer', classId: 'SPCR', routing: ['LTH'] },
  { prefix: 'CVR', desc: 'Cover', classId: 'COVR', routing: ['MLD'] },
  { prefix: 'GRP', desc: 'Overmolded grip', classId: 'GRIP', routing: ['MLD', 'OVM'] },
  { prefix: 'FRM', desc: 'Welded frame', classId: 'FRAM', routing: ['PBK', 'WLD'] },
  { prefix: 'VLV', desc: 'Valve body', classId: 'VALV', routing: ['HMC', 'HON', 'DBR'] },
  { prefix: 'MNF', desc: 'Manifold block', classId: 'MANF', routing: ['HMC', 'DBR'] },
  // Press-only parts: presses are fast, so they need their own long runs to be loaded at all.
  { prefix: 'WSH', desc: 'Flat washer', classId: 'WASH', routing: ['PRS'] },
  { prefix: 'CLP', desc: 'Spring clip', classId: 'CLIP', routing: ['PRS'] },
];

const FIRST = ['Maria', 'James', 'Luis', 'Ana', 'Robert', 'Linda', 'Jose', 'Karen', 'David', 'Nguyen', 'Sarah', 'Miguel', 'Emily', 'Tyrone', 'Priya', 'Kevin', 'Rosa', 'Brian', 'Aisha', 'Tom'];
const LAST = ['Garcia', 'Smith', 'Hernandez', 'Johnson', 'Nguyen', 'Brown', 'Lopez', 'Miller', 'Davis', 'Martinez', 'Wilson', 'Kowalski', 'Patel', 'Anderson', 'Thomas', 'Moore'];

/** The failure-code tree: class → problem → cause → remedy (codes are unique paths). */
const FAILURE_TREE: readonly [string, string, readonly [string, string, readonly [string, string][]][]][] = [
  ['MECH', 'Mechanical', [
    ['BRG', 'Bearing noise / vibration', [['WEAR', 'Normal wear'], ['LUB', 'Lubrication failure'], ['CONTAM', 'Contamination']]],
    ['JAM', 'Jam / stuck part', [['MAT', 'Material out of tolerance'], ['OPER', 'Operator error']]],
  ]],
  ['HYD', 'Hydraulic', [
    ['LEAK', 'Hydraulic leak', [['SEAL', 'Seal failure'], ['HOSE', 'Hose burst']]],
    ['LOWP', 'Low pressure', [['PUMP', 'Pump wear'], ['CONTAM', 'Contaminated oil']]],
  ]],
  ['ELEC', 'Electrical', [
    ['DRV', 'Drive fault', [['OVHT', 'Overheating'], ['LOOSE', 'Loose connection']]],
    ['SENS', 'Sensor fault', [['DRIFT', 'Sensor drift'], ['DMG', 'Damaged sensor']]],
  ]],
  ['TOOL', 'Tooling', [
    ['BRK', 'Broken tool', [['WEAR', 'Worn past limit'], ['CRASH', 'Crash / collision']]],
  ]],
];
const REMEDIES: readonly [string, string][] = [['REPL', 'Replaced'], ['ADJ', 'Adjusted'], ['CLEAN', 'Cleaned'], ['RESET', 'Reset / restarted']];

function failureCodes(): FailureCode[] {
  const out: FailureCode[] = [];
  for (const [cls, clsDesc, problems] of FAILURE_TREE) {
    out.push({ code: cls, level: 'class', description: clsDesc, parentCode: null });
    for (const [p, pDesc, causes] of problems) {
      const pc = `${cls}-${p}`;
      out.push({ code: pc, level: 'problem', description: pDesc, parentCode: cls });
      for (const [c, cDesc] of causes) {
        const cc = `${pc}-${c}`;
        out.push({ code: cc, level: 'cause', description: cDesc, parentCode: pc });
        for (const [r, rDesc] of REMEDIES) out.push({ code: `${cc}-${r}`, level: 'remedy', description: rDesc, parentCode: cc });
      }
    }
  }
  return out;
}

export function buildLayout(config: PlantConfig, root: Rng): Layout {
  const site: Site = { id: 'SITE1', name: 'Demo plant (MfgSys)', company: 'ACME', plant: 'MfgSys', timeZone: config.timeZone };
  const areas: Area[] = AREAS.map((a) => ({ id: a.id, name: a.name, siteId: site.id }));
  const workCenters: WorkCenter[] = WORK_CENTERS.map((w) => ({ id: w.id, name: w.name, areaId: w.areaId, mesLineCode: `LINE-${w.mesPrefix}` }));
  const startMs = config.anchorMs - config.days * DAY_MS;

  const counts = machineCounts(config.machines);
  const machines: Machine[] = [];
  const profiles: MachineProfile[] = [];
  let assetTag = 100_200;
  const tagRng = root.fork('asset-tags');
  let swapDone = false;
  WORK_CENTERS.forEach((wc, wi) => {
    const area = AREAS.find((a) => a.id === wc.areaId);
    for (let k = 1; k <= (counts[wi] ?? 0); k++) {
      const nn = String(k).padStart(2, '0');
      const id = `${wc.prefix}-${nn}`;
      const r = root.fork(`machine/${id}`);
      const [maker, model] = r.pick(MAKERS[wc.kind]);
      // The asset swap (DOMAIN §5.19) happens on PRESS-04, or on the first machine of a small plant.
      const swaps = !swapDone && (id === 'PRESS-04' || (config.machines < 24 && machines.length === 0));
      if (swaps) swapDone = true;
      const swapMs = swaps ? startMs + Math.round(config.days * 0.45) * DAY_MS + 14 * 3_600_000 : null;
      const mkAsset = (fromMs: number, toMs: number | null, ar: Rng, year: number): PhysicalAsset => {
        assetTag += 1 + Math.floor(tagRng.next() * 7);
        return {
          cmmsAssetId: `ast_${base62(ar, 10)}`, assetTag: String(assetTag),
          serialNumber: `${maker.slice(0, 3).toUpperCase()}-${year}-${String(ar.int(1000, 99999)).padStart(5, '0')}`,
          manufacturer: maker, model, fromMs, toMs,
        };
      };
      const installed = startMs - Math.round(r.range(400, 4000)) * DAY_MS;
      const assets: PhysicalAsset[] = swapMs === null
        ? [mkAsset(installed, null, r.fork('asset0'), new Date(installed).getUTCFullYear())]
        : [mkAsset(installed, swapMs, r.fork('asset0'), new Date(installed).getUTCFullYear()),
          mkAsset(swapMs, null, r.fork('asset1'), new Date(swapMs).getUTCFullYear())];
      const machine: Machine = {
        id, name: `${wc.opcWord === 'Hmc' ? 'HMC' : wc.cmmsWord} ${k}`, kind: wc.kind, workCenterId: wc.id, erpResourceId: id,
        mesCode: `${wc.mesPrefix}${nn}`, opcPath: `Site1.${area?.opc ?? 'Plant'}.${wc.opcWord}${nn}`,
        cmmsName: `${wc.cmmsWord} #${k}`, variables: variablesFor(wc.kind, r.fork('vars')), assets,
      };
      machines.push(machine);
      profiles.push({
        machine, index: profiles.length, calendar: wc.calendar, rate: wc.rate, opCode: wc.opCode,
        stableTooling: r.chance(0.3), conditionMonitored: r.chance(0.5),
        pmIntervalDays: r.pick([14, 21, 28]), calIntervalDays: r.pick([30, 45]), swapMs,
        // One runtime meter starts just below its rollover so the rollover happens inside the history.
        runtimeMeterStart: profiles.length === 1 ? 99_999.9 - r.range(150, 400) : round(r.range(2_000, 60_000), 1),
      });
    }
  });

  const parts: Part[] = [];
  const routings = new Map<string, readonly string[]>();
  const pr = root.fork('parts');
  const presentWc = new Set(machines.map((m) => m.workCenterId));
  // In a small plant some work centers have no machine: their operations are dropped from the routing.
  const families = PART_FAMILIES.map((f) => ({ ...f, routing: f.routing.filter((w) => presentWc.has(w)) })).filter((f) => f.routing.length > 0);
  const used = new Set<string>();
  const nPurchased = Math.max(2, Math.round(config.parts * 0.08));
  for (let i = 0; i < config.parts; i++) {
    if (i < nPurchased || families.length === 0) {
      // Purchased hardware, bought by the box of 12 (DOMAIN §5.9).
      const partNum = `HDW-${2000 + i * 7}`;
      parts.push({ partNum, description: `Hex cap screw M${pr.pick([5, 6, 8, 10])}x${pr.pick([16, 20, 25, 30])}`, revision: 'A', ium: 'EA', pum: i % 2 === 0 ? 'BX' : 'EA', purchasingFactor: i % 2 === 0 ? 12 : 1, typeCode: 'P', classId: 'HDWR', characteristicTags: [] });
      continue;
    }
    const fam = pr.pick(families);
    let partNum = '';
    do partNum = `${fam.prefix}-${pr.int(1000, 1999)}`; while (used.has(partNum));
    used.add(partNum);
    const tags = new Set<string>();
    for (const wcId of fam.routing) for (const m of machines) if (m.workCenterId === wcId) for (const v of m.variables) if (v.isQualityCharacteristic) tags.add(v.tag);
    parts.push({
      partNum, description: `${fam.desc} ${pr.pick(['steel', 'alum', '304SS', 'brass', 'PA66'])} ${pr.int(10, 99)}mm`,
      revision: pr.weighted(['A', 'B', 'C'], [70, 22, 8]), ium: 'EA', pum: 'EA', purchasingFactor: 1, typeCode: 'M', classId: fam.classId,
      characteristicTags: [...tags].sort(),
    });
    routings.set(partNum, fam.routing);
  }

  const er = root.fork('employees');
  const employees: Employee[] = [];
  const nEmp = Math.max(6, Math.min(30, Math.ceil(config.machines * 0.75)));
  for (let i = 0; i < nEmp; i++) {
    employees.push({ employeeNum: String(1001 + i * 3), name: `${er.pick(FIRST)} ${er.pick(LAST)}`, shift: ((i % 3) + 1) as 1 | 2 | 3 });
  }
  return { site, areas, workCenters, workCenterDefs: WORK_CENTERS, machines, profiles, parts, routings, employees, failureCodes: failureCodes() };
}
