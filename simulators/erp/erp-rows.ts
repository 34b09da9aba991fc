import { DateTime } from 'luxon';
import type { Database } from 'sql.js';
import type { Job, LaborRecord, Machine } from '../plant/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { keyedTwiceLabor, planReconciliation } from '../plant/index.ts';
import { erpTables, sqliteName } from './erp-schema.ts';

/** A row to insert: column name → SQLite value (text for (n)varchar/date/datetime, numbers for numeric/bit). */
export type ErpRow = Record<string, string | number | null>;

/** The second company's code (secondCompany mess): same Plant code, clashing job numbers. */
export const SECOND_COMPANY = 'ACME-MX';

/**
 * Deterministic [0,1) from the plant seed and a label (FNV-1a then a xorshift mix), so the same plant and mess
 * always give byte-identical rows without sharing a stream with other simulators.
 */
function unit(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) { h ^= label.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12; h = Math.imul(h, 0x297a2d39); h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Plant-local naive wall clock for an instant. Under the localTimes mess, instants in the hour after a
 * spring-forward are written with the pre-transition offset, i.e. with wall times inside the DST gap (a clock
 * nobody adjusted yet); "gap → shift forward" decoding recovers them. Instants in the fall-back hour are
 * ambiguous in any naive store; that is not a mess we add, it is what naive local storage does.
 */
function wallClock(ms: number, zone: string, gapMess: boolean): DateTime {
  const here = DateTime.fromMillis(ms, { zone });
  if (gapMess) {
    const before = DateTime.fromMillis(ms - 3_600_000, { zone });
    if (before.offset < here.offset) return DateTime.fromMillis(ms + before.offset * 60_000, { zone: 'UTC' });
  }
  return DateTime.fromMillis(ms + here.offset * 60_000, { zone: 'UTC' });
}

const dateText = (w: DateTime): string => w.toFormat('yyyy-MM-dd');
const dateTimeText = (w: DateTime): string => w.toFormat('yyyy-MM-dd HH:mm:ss.SSS');
/** Epicor decimal hours: 7.5 = 07:30; hours.hundredths. */
const decimalHours = (w: DateTime): number => round2(w.hour + w.minute / 60 + w.second / 3600);
/** Epicor ClockInMInute: minutes since a base date, on the local wall clock. The 1953-01-01 base is our assumption. */
const EPICOR_MINUTE_BASE = Date.UTC(1953, 0, 1);
const epicorMinute = (w: DateTime): number => Math.floor((w.toMillis() - EPICOR_MINUTE_BASE) / 60_000);

/**
 * Free-text variants operators type into ScrapReasonCode instead of picking a Reason code (freeTextReasons mess),
 * keyed by the three-letter codes LaborDtl carries (the plant model's SCRAP_CODE). "see QA tag" says nothing about
 * the cause: a mapper has to leave it UNMAPPED rather than guess.
 */
const freeTextScrap: Readonly<Record<string, readonly string[]>> = {
  OVR: ['oversize', 'OD too big', 'OVERSZ', 'dim over'],
  UND: ['undersize', 'UNDERSZ', 'od small', 'dim - under'],
  SRF: ['scratch', 'surface fin.', 'SURF', 'dent'],
  SET: ['setup piece', 'first off', 'SET UP', 'setup scrap', 'see QA tag'],
  MAT: ["bad mat'l", 'material', 'MTL DEFECT', 'crack in bar'],
};
/** Share of scrapped labour rows whose reason is typed rather than picked from the code list. */
const FREE_TEXT_SCRAP_SHARE = 0.6;
/** Build every base-table row from the clean plant, injecting the ERP messes that are on. Records after `clockMs` are left out. */
export function buildErpRows(plant: Plant, mess: MessConfig, clockMs: number): Record<string, ErpRow[]> {
  const seed = plant.config.seed;
  const zone = plant.site.timeZone;
  const site = plant.site;
  const rows: Record<string, ErpRow[]> = Object.fromEntries(erpTables.map((t) => [t.name, [] as ErpRow[]]));
  const add = (table: string, row: ErpRow): void => { (rows[table] as ErpRow[]).push(row); };
  const wall = (ms: number): DateTime => wallClock(ms, zone, mess.localTimes);

  // Trailing spaces on a deterministic third of the keys, the same padding wherever a key appears, so joins hold in
  // SQL Server (which ignores trailing spaces) and in SQLite (RTRIM collation) alike.
  const pad = (key: string): string => {
    if (!mess.paddedKeys) return key;
    const u = unit(seed, `pad:${key}`);
    return u < 0.34 ? key + ' '.repeat(1 + Math.floor(u * 9)) : key;
  };
  const blankDate = (label: string): string | null => {
    if (!mess.sentinels) return null;
    return unit(seed, `sentinel:${label}`) < 0.5 ? '1753-01-01' : '1900-01-01';
  };
  const machineById = new Map<string, Machine>(plant.machines.map((m) => [m.id, m]));

  const companies: { company: string; plantName: string; siteId: string; prefix: string }[] = [
    { company: site.company, plantName: site.name, siteId: site.id, prefix: '' },
  ];
  if (mess.secondCompany) companies.push({ company: SECOND_COMPANY, plantName: `${site.name} MX`, siteId: `${site.id}-MX`, prefix: 'MX ' });

  for (const co of companies) {
    const company = co.company;
    add('Company', { Company: company, Name: company === site.company ? `${company} Manufacturing` : `${company} de Mexico` });
    // Both companies use Epicor's default plant code, so forgetting Company in a filter merges them.
    add('Plant', { Company: company, Plant: site.plant, Name: co.plantName, SiteID_c: co.siteId });
    for (const a of plant.areas) add('JCDept', { Company: company, JCDept: pad(a.id), Description: co.prefix + a.name });
    for (const wc of plant.workCenters) {
      add('ResourceGroup', {
        Company: company, Plant: site.plant, ResourceGrpID: pad(wc.id), Description: co.prefix + wc.name, JCDept: pad(wc.areaId),
        NumberOfMachines: plant.machines.filter((m) => m.workCenterId === wc.id).length, DailyCapacity1: 16, Inactive: 0,
      });
    }
    for (const m of plant.machines) {
      let ud = m.mesCode;
      if (mess.differentIds) {
        // The UD field is maintained by hand: sometimes never filled in, sometimes typed in lower case with a space.
        const u = unit(seed, `ud:${company}:${m.id}`);
        if (u < 0.17) ud = '';
        else if (u < 0.3) ud = `${m.mesCode.toLowerCase()} `;
      }
      const asset = m.assets.find((x) => x.toMs === null) ?? m.assets[m.assets.length - 1];
      add('Resource', {
        Company: company, Plant: site.plant, ResourceID: pad(m.erpResourceId), ResourceGrpID: pad(m.workCenterId),
        Description: co.prefix + m.name, ResourceType: m.kind, EquipID: asset?.assetTag ?? '', Inactive: 0, UserChar1: ud,
      });
    }
    add('UOMConv', { Company: company, UOMClassID: 'COUNT', UOMCode: 'EA', ConvFactor: 1, ConvOperator: '*' });
    const seenUom = new Set<string>(['EA']);
    for (const p of plant.parts) {
      if (!seenUom.has(p.pum)) {
        seenUom.add(p.pum);
        add('UOMConv', { Company: company, UOMClassID: 'COUNT', UOMCode: p.pum, ConvFactor: p.purchasingFactor, ConvOperator: '*' });
      }
      add('Part', {
        Company: company, PartNum: pad(p.partNum), PartDescription: co.prefix + p.description, RevisionNum: p.revision,
        IUM: p.ium, PUM: p.pum, PurchasingFactor: p.purchasingFactor, TypeCode: p.typeCode, ClassID: p.classId, InActive: 0,
      });
    }
  }

  // Jobs, operations and labour for the main company.
  const visibleJobs = plant.jobs.filter((j) => j.createdMs <= clockMs);
  const partByNum = new Map(plant.parts.map((p) => [p.partNum, p]));
  const laborByOp = new Map<string, LaborRecord[]>();
  for (const l of plant.labor) {
    if (l.clockOutMs > clockMs) continue;
    const k = `${l.company}|${l.jobNum}|${l.oprSeq}`;
    const list = laborByOp.get(k);
    if (list === undefined) laborByOp.set(k, [l]); else list.push(l);
  }
  const erpUnposted = mess.sourceDisagreements ? planReconciliation(plant).erpUnposted : new Map<string, number>();
  const erpCompletionUnposted = mess.sourceDisagreements ? planReconciliation(plant).erpCompletionUnposted : new Set<string>();
  const completedByPart = new Map<string, number>();
  let tranNum = 1;
  const addJob = (job: Job, company: string, qtyFactor: number): void => {
    const start = wall(job.startMs), due = wall(job.dueMs), created = wall(job.createdMs);
    const last = job.operations[job.operations.length - 1];
    // Seeded disagreement: the backflush of an open order's last production has not been posted yet.
    const unposted = (op: { oprSeq: number }): number => (company === site.company && mess.sourceDisagreements ? erpUnposted.get(`${job.jobNum}/${op.oprSeq}`) ?? 0 : 0);
    const qtyCompleted = last === undefined ? 0 : (last.goodQty - unposted(last)) * qtyFactor;
    // Seeded disagreement: a finished order the ERP has not flagged complete yet (shows as IN_PROGRESS).
    const s = company === site.company && mess.sourceDisagreements && erpCompletionUnposted.has(job.jobNum) ? 'IN_PROGRESS' : job.status;
    add('JobHead', {
      Company: company, Plant: site.plant, JobNum: pad(job.jobNum), PartNum: pad(job.partNum), RevisionNum: job.revision,
      ProdQty: job.prodQty * qtyFactor, IUM: partByNum.get(job.partNum)?.ium ?? 'EA',
      QtyCompleted: qtyCompleted, StartDate: dateText(start), StartHour: decimalHours(start),
      DueDate: dateText(due), DueHour: decimalHours(due),
      ReqDueDate: unit(seed, `req:${company}:${job.jobNum}`) < 0.25 ? blankDate(`req:${job.jobNum}`) : dateText(due),
      JobFirm: 1, JobReleased: s === 'RELEASED' || s === 'IN_PROGRESS' || s === 'COMPLETE' || s === 'CLOSED' || s === 'HELD' ? 1 : 0,
      JobComplete: s === 'COMPLETE' || s === 'CLOSED' ? 1 : 0, JobClosed: s === 'CLOSED' ? 1 : 0, JobHeld: s === 'HELD' ? 1 : 0,
      CreateDate: dateTimeText(created), LastChangedOn: dateTimeText(created),
    });
    for (const op of job.operations) {
      const machine = machineById.get(op.machineId);
      const labor = company === site.company ? laborByOp.get(`${company}|${job.jobNum}|${op.oprSeq}`) ?? [] : [];
      const hrs = (t: 'P' | 'S'): number => round2(labor.filter((l) => l.laborType === t).reduce((acc, l) => acc + (l.clockOutMs - l.clockInMs) / 3_600_000, 0));
      const actual = op.actualStartMs !== null && op.actualStartMs <= clockMs ? wall(op.actualStartMs) : null;
      add('JobOper', {
        Company: company, JobNum: pad(job.jobNum), AssemblySeq: 0, OprSeq: op.oprSeq, OpCode: op.opCode,
        EstSetHours: op.estSetHours, EstProdHours: op.estProdHours, ProdStandard: op.prodStandard, StdFormat: 'PH',
        QtyCompleted: (op.goodQty - unposted(op)) * qtyFactor, ActProdHours: hrs('P'), ActSetupHours: hrs('S'), OpComplete: op.complete ? 1 : 0,
        ActualStartDate: actual === null ? blankDate(`op:${company}:${job.jobNum}:${op.oprSeq}`) : dateText(actual),
        ActualStartHour: actual === null ? 0 : decimalHours(actual),
      });
      add('JobOpDtl', {
        Company: company, JobNum: pad(job.jobNum), AssemblySeq: 0, OprSeq: op.oprSeq, OpDtlSeq: 10,
        ResourceGrpID: pad(op.workCenterId), ResourceID: pad(machine?.erpResourceId ?? op.machineId),
      });
    }
    if (company === site.company && (s === 'COMPLETE' || s === 'CLOSED') && last !== undefined && last.actualEndMs !== null) {
      completedByPart.set(job.partNum, (completedByPart.get(job.partNum) ?? 0) + qtyCompleted);
      const d = wall(last.actualEndMs);
      add('PartTran', {
        Company: company, Plant: site.plant, SysDate: dateText(d), SysTime: Math.floor(d.hour * 3600 + d.minute * 60 + d.second),
        TranNum: tranNum++, PartNum: pad(job.partNum), TranType: 'MFG-STK', TranDate: dateText(d), TranQty: qtyCompleted,
        UM: 'EA', JobNum: pad(job.jobNum), WareHouseCode: 'MAIN',
      });
    }
  };
  for (const job of visibleJobs) addJob(job, site.company, 1);
  if (mess.secondCompany) {
    // Every third job number exists in ACME-MX too, for a different quantity: the clash scoping must catch.
    visibleJobs.forEach((job, i) => { if (i % 3 === 0) addJob(job, SECOND_COMPANY, 2); });
  }

  // implausibleCounts: a few counts typed twice (120 → 120120); the plant picks which, so the truth can name them.
  const keyedTwice = mess.implausibleCounts ? keyedTwiceLabor(plant) : new Set<string>();
  for (const l of plant.labor) {
    if (l.clockOutMs > clockMs) continue;
    const inW = wall(l.clockInMs), outW = wall(l.clockOutMs);
    const code = l.scrapReasonCode;
    let reason = code;
    if (mess.freeTextReasons && code !== '' && unit(seed, `scrap-typed:${l.company}:${l.laborDtlSeq}`) < FREE_TEXT_SCRAP_SHARE) {
      const variants = freeTextScrap[code];
      if (variants === undefined) throw new Error(`erp-rows: no free-text variants for scrap code ${code}`);
      reason = variants[Math.floor(unit(seed, `scrap:${l.company}:${l.laborDtlSeq}`) * variants.length)] ?? code;
    }
    const machine = machineById.get(l.machineId);
    add('LaborDtl', {
      Company: l.company, LaborDtlSeq: l.laborDtlSeq, EmployeeNum: l.employeeNum, JobNum: pad(l.jobNum), AssemblySeq: 0,
      OprSeq: l.oprSeq, ResourceID: pad(machine?.erpResourceId ?? l.machineId), LaborType: l.laborType,
      LaborQty: keyedTwice.has(`${l.company}/${l.laborDtlSeq}`) ? Number(`${l.laborQty}${l.laborQty}`) : l.laborQty,
      ScrapQty: l.scrapQty, ScrapReasonCode: reason, DiscrepQty: 0,
      ClockInDate: dateText(inW), ClockinTime: decimalHours(inW), ClockOutTime: decimalHours(outW),
      ClockInMInute: epicorMinute(inW), ClockOutMinute: epicorMinute(outW),
      LaborHrs: round2((l.clockOutMs - l.clockInMs) / 3_600_000), Downtime: 0, Shift: l.shift, PayrollDate: dateText(inW),
    });
  }

  for (const co of companies) {
    for (const p of plant.parts) {
      const made = co.company === site.company ? completedByPart.get(p.partNum) ?? 0 : 0;
      // Shipped share is a heuristic: a deterministic 35–65 % of what was made left the building.
      const onHand = Math.round(made * (0.35 + 0.3 * unit(seed, `ship:${co.company}:${p.partNum}`)));
      add('PartWhse', { Company: co.company, PartNum: pad(p.partNum), WarehouseCode: 'MAIN', OnHandQty: onHand });
      if (unit(seed, `qa:${co.company}:${p.partNum}`) < 0.2) add('PartWhse', { Company: co.company, PartNum: pad(p.partNum), WarehouseCode: 'QA', OnHandQty: 3 });
    }
  }
  return rows;
}

/** Insert rows into the tables created by `sqliteDdl` (one transaction). */
export function insertErpRows(db: Database, rows: Record<string, ErpRow[]>): void {
  db.run('BEGIN');
  try {
    for (const t of erpTables) {
      const names = t.columns.map((c) => c.name);
      const stmt = db.prepare(`INSERT INTO ${sqliteName(t.schema, t.name)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      try {
        for (const row of rows[t.name] ?? []) stmt.run(names.map((n) => row[n] ?? null));
      } finally { stmt.free(); }
    }
    db.run('COMMIT');
  } catch (e: unknown) {
    db.run('ROLLBACK');
    throw e;
  }
}
