import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import soap from 'soap';
import { DateTime } from 'luxon';
import type { Logger } from '../../common/index.ts';
import { silentLogger } from '../../common/index.ts';
import type { MessConfig, Plant } from '../plant/index.ts';
import { allMess, planReconciliation } from '../plant/index.ts';
import type { Machine } from '../plant/index.ts';
import {
  countUnit, fromRequestDate, mesOnlyWorkOrders, renderErpCode, renderMesJobNum, renderMesPartNum, renderReason, renderReject, round, seriesValueAt, sourceUnit, toLocalNaive,
  unitHash, vendorStates,
} from './render.ts';
import { opcNs, opcWsdl, shopFloorNs, shopFloorWsdl } from './wsdl.ts';
import type { MesDroppedFields, MesRenamedFields, MesWsdlVersion } from './wsdl.ts';

/**
 * Fault modes. Hostile payloads for the client's defences: `xxe` answers with a DOCTYPE declaring an external
 * entity (file:///etc/passwd) used in the body; `entityExpansion` with a "billion laughs" DTD; `oversized` with a
 * well-formed envelope padded to `bytes` (default 32 MiB), streamed.
 */
export type MesFaultMode = 'none' | 'latency' | 'down' | 'busy' | 'http503' | 'garbage' | 'timeout' | 'xxe' | 'entityExpansion' | 'oversized';
export interface MesFault { readonly mode: MesFaultMode; readonly latencyMs?: number; readonly bytes?: number }

export interface MesSimulatorOptions {
  readonly plant: Plant;
  readonly mess?: MessConfig;
  readonly port?: number;
  readonly host?: string;
  /** Server clock (epoch ms); only records with times <= clock() are served. Default: the plant's anchor. */
  readonly clock?: () => number;
  readonly logger?: Logger;
  readonly userName?: string;
  readonly password?: string;
}

export interface MesSimulatorStats {
  /** SOAP requests received, by operation name (from SOAPAction), including ones a fault mode answered. */
  readonly byOp: Readonly<Record<string, number>>;
  readonly calls: number;
}

export interface MesSimulatorHandle {
  /** Base URL, e.g. http://127.0.0.1:41234; WSDL at `${url}/ShopFloorService.asmx?wsdl`, OPC at `${url}/opc/xmlda?wsdl`. */
  readonly url: string;
  readonly wsdlUrl: string;
  readonly opcWsdlUrl: string;
  readonly port: number;
  close(): Promise<void>;
  setFault(f: MesFault): void;
  setUpgrade(mode: MesWsdlVersion): void;
  /** Test-only: item elements the WSDL and the responses no longer carry (a vendor patch that drops fields); {} restores. */
  setDroppedFields(dropped: MesDroppedFields): void;
  /** Test-only: item elements the WSDL and the responses call otherwise (`{ ProductionRecord: { GoodQty: 'Yield' } }`); {} restores. */
  setRenamedFields(renamed: MesRenamedFields): void;
  stats(): MesSimulatorStats;
  resetStats(): void;
}

/** Demo-only default credentials of the simulated MES. */
export const demoMesCredentials = Object.freeze({ userName: 'plantgraph', password: 'demo-only-password' });

const maxPageSize = 500;
const defaultPageSize = 100;

interface SoapFault { Fault: { faultcode: string; faultstring: string; detail: { ErrorCode: string }; statusCode: number } }
function fault(kind: 'Client' | 'Server', errorCode: string, text: string): SoapFault {
  return { Fault: { faultcode: `soap:${kind}`, faultstring: `${errorCode} ${text}`, detail: { ErrorCode: errorCode }, statusCode: 500 } };
}

type Args = Record<string, unknown> | undefined | null;
const str = (a: Args, k: string): string => { const v = a?.[k]; return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v); };

function page<T>(rows: readonly T[], args: Args): { items: T[]; MoreData: boolean; PageIndex: number; TotalCount: number } {
  const idxRaw = str(args, 'pageIndex'), sizeRaw = str(args, 'pageSize');
  const pageIndex = idxRaw === '' ? 0 : Number(idxRaw);
  const pageSize = sizeRaw === '' ? defaultPageSize : Number(sizeRaw);
  if (!Number.isInteger(pageIndex) || pageIndex < 0) throw fault('Client', 'MES-1043', 'Invalid page index');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) throw fault('Client', 'MES-1044', `Page size must be 1..${maxPageSize}`);
  const items = rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);
  return { items, MoreData: (pageIndex + 1) * pageSize < rows.length, PageIndex: pageIndex, TotalCount: rows.length };
}

/**
 * Starts the simulated legacy MES: the SOAP 1.1 "ShopFloorService" (ASMX-style WSDL, AuthHeader, paging,
 * local naive times, SOAP Faults with detail/ErrorCode) at /ShopFloorService.asmx and an OPC XML-DA 1.0
 * endpoint (GetStatus, Browse, Read) at /opc/xmlda, both on one node http server built with `soap.listen`.
 */
export async function startMesSimulator(opts: MesSimulatorOptions): Promise<MesSimulatorHandle> {
  const { plant } = opts;
  const mess = opts.mess ?? allMess;
  const clock = opts.clock ?? ((): number => plant.config.anchorMs);
  const log = opts.logger ?? silentLogger;
  const userName = opts.userName ?? demoMesCredentials.userName;
  const password = opts.password ?? demoMesCredentials.password;
  const zone = plant.site.timeZone;
  const startedMs = clock();
  let faultState: MesFault = { mode: 'none' };
  let upgrade: MesWsdlVersion = 'v1';
  let dropped: MesDroppedFields = {};
  let renamed: MesRenamedFields = {};
  let byOp: Record<string, number> = {};
  const sockets = new Set<Socket>();

  const server = http.createServer();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const host = opts.host ?? '127.0.0.1';
  const url = `http://${host}:${port}`;

  const machineIndex = new Map(plant.machines.map((m, i) => [m, i] as const));
  const byMesCode = (code: string): Machine | undefined => plant.machines.find((m) => m.mesCode === code);
  const local = (ms: number): string => toLocalNaive(ms, zone);

  function auth(headers: unknown): void {
    const h = (headers as { AuthHeader?: { UserName?: unknown; Password?: unknown } } | undefined)?.AuthHeader;
    if (h === undefined || h.UserName !== userName || h.Password !== password) throw fault('Client', 'MES-1001', 'Authentication failed');
  }
  function range(args: Args): { from: number; to: number } {
    const from = fromRequestDate(args?.['from'], zone), to = fromRequestDate(args?.['to'], zone);
    if (from === null || to === null) throw fault('Client', 'MES-1041', 'Missing or unreadable date');
    if (from > to) throw fault('Client', 'MES-1042', 'Invalid date range');
    return { from, to };
  }
  function machinesFor(args: Args): readonly Machine[] {
    const code = str(args, 'equipmentId').trim();
    if (code === '') return plant.machines;
    const m = byMesCode(code);
    if (m === undefined) throw fault('Client', 'MES-1050', 'Unknown equipment id');
    return [m];
  }
  /** Removes the dropped and renames the renamed elements of every item of a result (items sit under their type's element name). */
  function withoutDropped(result: unknown): unknown {
    if (Object.keys(dropped).length + Object.keys(renamed).length === 0) return result;
    const walk = (node: unknown, key: string): void => {
      if (Array.isArray(node)) { for (const x of node) walk(x, key); return; }
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      for (const f of dropped[key] ?? []) delete o[f];
      for (const [from, to] of Object.entries(renamed[key] ?? {})) if (from in o) { o[to] = o[from]; delete o[from]; }
      for (const [k, v] of Object.entries(o)) walk(v, k);
    };
    walk(result, '');
    return result;
  }
  /** Business op wrapper: busy fault, auth, and any unexpected error as a soap:Server fault. */
  function op(fn: (args: Args) => unknown, needsAuth = true) {
    return async (args: Args, _cb: unknown, headers: unknown): Promise<unknown> => {
      if (faultState.mode === 'busy') throw fault('Server', 'MES-9001', 'Server busy');
      if (needsAuth) auth(headers);
      try { return withoutDropped(fn(args)); } catch (e: unknown) {
        if (typeof e === 'object' && e !== null && 'Fault' in e) throw e;
        log.error({ source: 'MES', error: e instanceof Error ? e.message : String(e) }, 'simulator op failed');
        throw fault('Server', 'MES-9000', 'Internal server error');
      }
    };
  }

  // Job and part numbers as this MES spells them (paddedKeys, differentIds), memoised: they are asked per row.
  const seed = plant.config.seed;
  const jobSpelling = new Map<string, string>();
  const mesJob = (jobNum: string): string => { let s = jobSpelling.get(jobNum); if (s === undefined) { s = renderMesJobNum(mess, seed, jobNum); jobSpelling.set(jobNum, s); } return s; };
  let jobByNum = new Map(plant.jobs.map((j) => [j.jobNum, j]));
  const partOf = (jobNum: string): string => {
    // A live plant adds jobs as its clock advances: rebuild the index on a miss.
    if (!jobByNum.has(jobNum)) jobByNum = new Map(plant.jobs.map((j) => [j.jobNum, j]));
    const j = jobByNum.get(jobNum);
    return j === undefined ? '' : renderMesPartNum(mess, seed, j.partNum, j.revision);
  };

  const ops = (v: MesWsdlVersion) => ({
    GetServerInfo: op(() => ({ GetServerInfoResult: { ServerTime: local(clock()), Version: v === 'v2' ? '7.0.1' : '6.2.4', TimeZoneName: zone, SiteCode: plant.site.id } }), false),
    GetEquipmentList: op((args) => {
      const rows: Record<string, unknown>[] = [{ Id: plant.site.id, Level: 'SITE', Code: plant.site.id, Description: plant.site.name }];
      for (const wc of plant.workCenters) rows.push({ Id: wc.mesLineCode, ParentId: plant.site.id, Level: 'LINE', Code: wc.mesLineCode, Description: wc.name });
      plant.machines.forEach((m, i) => {
        const erp = renderErpCode(mess, m, i);
        const wc = plant.workCenters.find((w) => w.id === m.workCenterId);
        const tags = m.variables.map((vs) => {
          const su = sourceUnit(mess, vs, i);
          return { Name: vs.tag, Description: vs.name, Kind: vs.isQualityCharacteristic ? 'QC' : 'PV', Unit: su.unit, Nominal: round(su.convert(vs.nominal)),
            ...(vs.lsl === null ? {} : { LSL: round(su.convert(vs.lsl)) }), ...(vs.usl === null ? {} : { USL: round(su.convert(vs.usl)) }) };
        });
        rows.push({ Id: m.mesCode, ParentId: wc?.mesLineCode ?? plant.site.id, Level: 'MACHINE', Code: m.mesCode, Description: m.name,
          ...(v === 'v2' ? { ExternalRefs: { ErpCode: erp } } : { ErpResourceCode: erp }), OpcPath: m.opcPath, Tags: { Tag: tags } });
      });
      const p = page(rows, args);
      return { GetEquipmentListResult: { Items: { Equipment: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetWorkOrders: op((args) => {
      const { from, to } = range(args);
      const status = str(args, 'status').trim().toUpperCase();
      const rows: Record<string, unknown>[] = plant.jobs.filter((j) => j.createdMs <= clock() && j.startMs < to && j.dueMs >= from && (status === '' || j.status === status))
        .flatMap((j) => j.operations.map((o) => ({ OrderId: `${mesJob(j.jobNum)}-${o.oprSeq}`, JobNum: mesJob(j.jobNum), OperSeq: o.oprSeq,
          PartNum: renderMesPartNum(mess, seed, j.partNum, j.revision),
          EquipmentId: plant.machines.find((m) => m.id === o.machineId)?.mesCode ?? '', Status: j.status, PlannedQty: j.prodQty,
          PlannedStart: local(j.startMs), PlannedEnd: local(j.dueMs) })));
      for (const w of mesOnlyWorkOrders(mess, plant)) {
        if (w.startMs < to && w.endMs >= from && (status === '' || status === 'RELEASED')) {
          rows.push({ OrderId: w.orderId, JobNum: w.jobNum, OperSeq: w.operSeq, PartNum: w.partNum, EquipmentId: '', Status: 'RELEASED', PlannedQty: 10,
            PlannedStart: local(w.startMs), PlannedEnd: local(w.endMs) });
        }
      }
      const p = page(rows, args);
      return { GetWorkOrdersResult: { Items: { WorkOrder: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetProductionRecords: op((args) => {
      const { from, to } = range(args);
      const ms = new Set(machinesFor(args).map((m) => m.id));
      const now = clock();
      let recs = plant.productionRecords.filter((r) => ms.has(r.machineId) && r.startMs < to && r.endMs > from);
      // Seeded disagreement: records the MES lost (shift-log.ts picks them; the ground truth lists them).
      if (mess.sourceDisagreements) { const lost = new Set(planReconciliation(plant).mesDroppedRecordIds); recs = recs.filter((r) => !lost.has(r.recordId)); }
      if (mess.lateAndCorrected) recs = recs.filter((r) => r.recordedMs <= now);
      else {
        // Without the flag the MES shows only the final revision, as if corrections had never happened late.
        const latest = new Map<number, (typeof recs)[number]>();
        for (const r of recs) if (r.endMs <= now && (latest.get(r.recordId)?.revision ?? 0) < r.revision) latest.set(r.recordId, r);
        recs = [...latest.values()];
      }
      const rows: Record<string, unknown>[] = [];
      for (const r of [...recs].sort((a, b) => a.startMs - b.startMs || a.recordId - b.recordId || a.revision - b.revision)) {
        const m = plant.machines.find((x) => x.id === r.machineId)!;
        const cu = countUnit(mess, m, machineIndex.get(m)!, r.goodQty, r.scrapQty);
        const good = r.goodQty / cu.perCount, rej = r.scrapQty / cu.perCount;
        const row = { RecordId: r.recordId, Revision: r.revision, EquipmentId: m.mesCode, WorkOrder: `${mesJob(r.jobNum)}-${r.oprSeq}`,
          ...(v === 'v2' ? { QtyGood: good, QtyRejected: rej } : { GoodQty: good, RejectQty: rej }),
          RejectReason: renderReject(plant, mess, r.scrapReason, `rej:${r.recordId}:${r.revision}`), UoM: cu.uom,
          ...(cu.perCount === 1 ? {} : { PartsPerStroke: cu.perCount }),
          StartTime: local(r.startMs), EndTime: local(r.endMs), RecordedAt: local(r.recordedMs) };
        rows.push(row);
        // A resend after a client timeout: the same record and revision, posted twice.
        if (mess.duplicates && unitHash(plant.config.seed, `dup:${r.recordId}:${r.revision}`) < 0.08) rows.push(row);
      }
      const p = page(rows, args);
      return { GetProductionRecordsResult: { Items: { ProductionRecord: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetEquipmentStateHistory: op((args) => {
      const { from, to } = range(args);
      const ms = new Set(machinesFor(args).map((m) => m.id));
      const now = clock();
      const rows = plant.states.filter((s) => ms.has(s.machineId) && s.startMs <= now && s.startMs < to && s.endMs > from)
        .sort((a, b) => a.startMs - b.startMs || a.machineId.localeCompare(b.machineId))
        .map((s) => {
          const m = plant.machines.find((x) => x.id === s.machineId)!;
          const [code, name] = vendorStates[s.state];
          const text = renderReason(plant, mess, s.reason, `reason:${s.machineId}:${s.startMs}`);
          return { EquipmentId: m.mesCode, StateCode: code, StateName: name,
            ...(text === '' ? {} : v === 'v2' ? { Reason: { Text: text } } : { Reason: text }),
            StartTime: local(s.startMs), EndTime: local(Math.min(s.endMs, now)) };
        });
      const p = page(rows, args);
      return { GetEquipmentStateHistoryResult: { Items: { StateInterval: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetProcessSamples: op((args) => {
      const { from, to } = range(args);
      const code = str(args, 'equipmentId').trim();
      const m = byMesCode(code);
      if (m === undefined) throw fault('Client', 'MES-1050', 'Unknown equipment id');
      const tagsArg = (args?.['tags'] as { string?: unknown } | undefined)?.string;
      const wanted = new Set((Array.isArray(tagsArg) ? tagsArg : tagsArg === undefined ? [] : [tagsArg]).map(String));
      const intervalSec = Number(str(args, 'intervalSec') || '0');
      const now = clock();
      const i = machineIndex.get(m)!;
      const rows: Record<string, unknown>[] = [];
      for (const vs of m.variables) {
        if (wanted.size > 0 && !wanted.has(vs.tag)) continue;
        const s = plant.series.find((x) => x.machineId === m.id && x.tag === vs.tag);
        if (s === undefined) continue;
        const su = sourceUnit(mess, vs, i);
        const stepMs = Math.max(s.intervalMs, Math.ceil((intervalSec * 1000) / s.intervalMs) * s.intervalMs);
        const first = Math.max(0, Math.ceil((from - s.startMs) / stepMs) * stepMs);
        for (let t = s.startMs + first; t < to && t <= now && t < s.startMs + s.values.length * s.intervalMs; t += stepMs) {
          const x = seriesValueAt(s, t);
          const h = unitHash(plant.config.seed, `sentinel:${m.id}:${vs.tag}:${t}`);
          let value: string, quality = 'GOOD';
          if (!Number.isFinite(x)) { if (!mess.sentinels) continue; value = 'N/A'; quality = 'BAD'; }
          else if (mess.sentinels && h < 0.01) { value = '-9999'; quality = 'BAD'; }
          else if (mess.sentinels && h < 0.015) { value = 'N/A'; quality = 'BAD'; }
          else value = String(round(su.convert(x)));
          rows.push({ EquipmentId: m.mesCode, Tag: vs.tag, Time: local(t), Value: value, Unit: su.unit, Quality: quality });
        }
      }
      const p = page(rows, args);
      return { GetProcessSamplesResult: { Items: { Sample: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetQualityMeasurements: op((args) => {
      const { from, to } = range(args);
      const ms = new Set(machinesFor(args).map((m) => m.id));
      const wo = str(args, 'workOrder').trim();
      const now = clock();
      const rows = plant.quality.filter((q) => ms.has(q.machineId) && q.measuredMs <= now && q.measuredMs >= from && q.measuredMs < to
        && (wo === '' || `${mesJob(q.jobNum)}-${q.oprSeq}` === wo))
        .map((q) => {
          const m = plant.machines.find((x) => x.id === q.machineId)!;
          const vs = m.variables.find((x) => x.tag === q.tag);
          const su = vs === undefined ? { unit: q.unit, convert: (x: number) => x } : sourceUnit(mess, vs, machineIndex.get(m)!);
          return { MeasurementId: q.measurementId, EquipmentId: m.mesCode, WorkOrder: `${mesJob(q.jobNum)}-${q.oprSeq}`, Characteristic: q.tag,
            Nominal: round(su.convert(q.nominal)), LSL: round(su.convert(q.lsl)), USL: round(su.convert(q.usl)),
            Value: String(round(su.convert(q.value))), Unit: su.unit, MeasuredAt: local(q.measuredMs) };
        });
      const p = page(rows, args);
      return { GetQualityMeasurementsResult: { Items: { Measurement: p.items }, MoreData: p.MoreData, PageIndex: p.PageIndex, TotalCount: p.TotalCount } };
    }),
    GetProductionPerformanceB2MML: op((args) => {
      const { from, to } = range(args);
      return { GetProductionPerformanceB2MMLResult: b2mml(from, to) };
    }),
  });

  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  function b2mml(from: number, to: number): string {
    const now = clock();
    const recs = plant.productionRecords.filter((r) => r.recordedMs <= now && r.startMs < to && r.endMs > from);
    const byOrder = new Map<string, typeof recs>();
    for (const r of recs) { const k = `${mesJob(r.jobNum)}-${r.oprSeq}`; byOrder.set(k, [...(byOrder.get(k) ?? []), r]); }
    const responses = [...byOrder.entries()].map(([order, rs]) => {
      const segs = rs.map((r) => {
        const m = plant.machines.find((x) => x.id === r.machineId);
        return `<SegmentResponse><ID>${r.recordId}.${r.revision}</ID><ActualStartTime>${local(r.startMs)}</ActualStartTime><ActualEndTime>${local(r.endMs)}</ActualEndTime>`
          + `<EquipmentActual><EquipmentID>${esc(m?.mesCode ?? '')}</EquipmentID></EquipmentActual>`
          + `<MaterialProducedActual><MaterialDefinitionID>${esc(partOf(r.jobNum))}</MaterialDefinitionID>`
          + `<Quantity><QuantityString>${r.goodQty}</QuantityString><DataType>decimal</DataType><UnitOfMeasure>EA</UnitOfMeasure></Quantity></MaterialProducedActual></SegmentResponse>`;
      }).join('');
      return `<ProductionResponse><ID>${esc(order)}</ID><ProductionRequestID>${esc(order)}</ProductionRequestID>${segs}</ProductionResponse>`;
    }).join('');
    return `<?xml version="1.0" encoding="utf-8"?><ProductionPerformance xmlns="http://www.mesa.org/xml/B2MML-V0600"><ID>PP-${local(now)}</ID>`
      + `<Location><EquipmentID>${esc(plant.site.id)}</EquipmentID><EquipmentElementLevel>Site</EquipmentElementLevel></Location>`
      + `<PublishedDate>${local(now)}</PublishedDate>${responses}</ProductionPerformance>`;
  }

  // OPC XML-DA: current values at clock() from the plant series, in the MES source units.
  const items = new Map<string, { m: Machine; tag: string }>();
  for (const m of plant.machines) for (const vs of m.variables) if (!vs.isQualityCharacteristic) items.set(`${m.opcPath}.${vs.tag}`, { m, tag: vs.tag });
  const attrOf = (a: Args): Record<string, unknown> => ((a?.['attributes'] ?? {}) as Record<string, unknown>);
  const replyBase = (rcv: number): { attributes: Record<string, string> } => ({ attributes: {
    RcvTime: DateTimeIso(rcv, zone), ReplyTime: DateTimeIso(clock(), zone), ServerState: faultState.mode === 'busy' ? 'suspended' : 'running' } });
  const opcOps = {
    GetStatus: async () => ({ GetStatusResult: replyBase(clock()), Status: { attributes: { StartTime: DateTimeIso(startedMs, zone), ProductVersion: '1.0.3' },
      StatusInfo: 'running', VendorInfo: 'PlantGraph demo MES OPC XML-DA', SupportedInterfaceVersions: 'XML_DA_Version_1_0' } }),
    Read: async (args: Args) => {
      if (faultState.mode === 'busy') throw fault('Server', 'E_SERVERSTATE', 'Server busy');
      const list = args?.['ItemList'] as Args;
      const raw = list?.['Items'];
      const reqItems = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) as Args[];
      const basePath = String(attrOf(list)['ItemPath'] ?? '');
      const now = clock();
      const errors = new Set<string>();
      const out = reqItems.map((it) => {
        const a = attrOf(it);
        const name = String(a['ItemName'] ?? '');
        const path = String(a['ItemPath'] ?? basePath);
        const full = path === '' ? name : `${path}.${name}`;
        const handle = a['ClientItemHandle'] === undefined ? {} : { ClientItemHandle: String(a['ClientItemHandle']) };
        const hit = items.get(full);
        if (hit === undefined) { errors.add('E_UNKNOWNITEMNAME'); return { attributes: { ItemName: name, ...handle, ResultID: 'E_UNKNOWNITEMNAME' } }; }
        const s = plant.series.find((x) => x.machineId === hit.m.id && x.tag === hit.tag);
        const vs = hit.m.variables.find((x) => x.tag === hit.tag)!;
        const x = s === undefined ? Number.NaN : seriesValueAt(s, now);
        const su = sourceUnit(mess, vs, machineIndex.get(hit.m)!);
        const bad = !Number.isFinite(x) || (mess.sentinels && unitHash(plant.config.seed, `opc:${full}:${now}`) < 0.05);
        return { attributes: { ItemName: name, ...handle, Timestamp: DateTimeIso(now, zone) },
          Value: { attributes: { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xmlns:xsd': 'http://www.w3.org/2001/XMLSchema', 'xsi:type': 'xsd:double' }, $value: bad ? (Number.isFinite(x) ? round(su.convert(x)) : 0) : round(su.convert(x)) },
          Quality: { attributes: { QualityField: bad ? (Number.isFinite(x) ? 'badSensorFailure' : 'badWaitingForInitialData') : 'good' } } };
      });
      return { ReadResult: replyBase(now), RItemList: { Items: out },
        ...(errors.size === 0 ? {} : { Errors: [...errors].map((id) => ({ attributes: { ID: id }, Text: 'The item name is no longer available in the server address space.' })) }) };
    },
    Browse: async (args: Args) => {
      const a = attrOf(args);
      const prefix = [String(a['ItemPath'] ?? ''), String(a['ItemName'] ?? '')].filter((x) => x !== '').join('.');
      const children = new Map<string, boolean>();
      for (const p of items.keys()) {
        if (prefix !== '' && !p.startsWith(`${prefix}.`)) continue;
        const rest = prefix === '' ? p : p.slice(prefix.length + 1);
        const [head, ...tail] = rest.split('.');
        children.set(head!, (children.get(head!) ?? false) || tail.length > 0);
      }
      return { BrowseResult: replyBase(clock()), Elements: [...children.entries()].map(([name, hasChildren]) => ({ attributes: {
        Name: name, ItemName: prefix === '' ? name : `${prefix}.${name}`, IsItem: String(!hasChildren), HasChildren: String(hasChildren) } })) };
    },
  };

  await Promise.all([
    listen('/v1/ShopFloorService.asmx', { ShopFloorService: { ShopFloorServiceSoap: ops('v1') } }, shopFloorWsdl('v1', `${url}/ShopFloorService.asmx`)),
    listen('/v2/ShopFloorService.asmx', { ShopFloorService: { ShopFloorServiceSoap: ops('v2') } }, shopFloorWsdl('v2', `${url}/ShopFloorService.asmx`)),
    listen('/opc/xmlda', { Service: { ServiceSoap: opcOps } }, opcWsdl(`${url}/opc/xmlda`)),
  ]);
  function listen(path: string, services: object, xml: string): Promise<void> {
    return new Promise((resolve, reject) => {
      // Keep request dates as the naive text sent: node-soap would otherwise parse them in this process's zone.
      soap.listen(server, { path, services: services as soap.IServices, xml, customDeserializer: { dateTime: (t: string) => t, date: (t: string) => t }, callback: (err: unknown) => (err ? reject(err) : resolve()) } as soap.IServerOptions);
    });
  }
  // Front handler: fault modes and the versioned path, then hand over to node-soap's listeners.
  const soapListeners = server.listeners('request').slice() as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
  server.removeAllListeners('request');
  const delayed = new Set<NodeJS.Timeout>();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const u = new URL(req.url ?? '/', url);
    const isOpc = u.pathname.replace(/\/$/, '') === '/opc/xmlda';
    if (!isOpc && u.pathname.replace(/\/$/, '').toLowerCase() === '/shopfloorservice.asmx') req.url = `/${upgrade}/ShopFloorService.asmx${u.search}`;
    const pass = (): void => { for (const l of soapListeners) l.call(server, req, res); };
    if (req.method !== 'POST') {
      // The WSDL without the dropped elements (node-soap serves the one it was started with).
      if (!isOpc && Object.keys(dropped).length + Object.keys(renamed).length > 0 && /wsdl/i.test(u.search)) {
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(shopFloorWsdl(upgrade, `${url}/ShopFloorService.asmx`, dropped, renamed));
        return;
      }
      pass();
      return;
    }
    const action = String(req.headers['soapaction'] ?? '').replace(/"/g, '');
    const opName = action.slice(Math.max(action.lastIndexOf('/'), 0) + (action.includes('/') ? 1 : 0)) || 'unknown';
    byOp[opName] = (byOp[opName] ?? 0) + 1;
    log.debug({ source: 'MES', op: opName, fault: faultState.mode }, 'simulator request');
    switch (faultState.mode) {
      case 'http503': req.resume(); res.writeHead(503, { 'content-type': 'text/html' }).end('<html><body>Service Unavailable</body></html>'); return;
      case 'garbage': req.resume(); res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
        .end(`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${opName}Response xmlns="${isOpc ? opcNs : shopFloorNs}"><Items><Equ`); return;
      case 'timeout': req.resume(); return; // never answers; the socket is destroyed on close()
      case 'xxe': case 'entityExpansion': {
        req.resume();
        const ns = isOpc ? opcNs : shopFloorNs;
        const dtd = faultState.mode === 'xxe'
          ? '<!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
          : `<!DOCTYPE soap:Envelope [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`;
        const ent = faultState.mode === 'xxe' ? '&x;' : '&l9;';
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(`<?xml version="1.0" encoding="utf-8"?>${dtd}<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${opName}Response xmlns="${ns}"><${opName}Result><Version>${ent}</Version><SiteCode>${ent}</SiteCode></${opName}Result></${opName}Response></soap:Body></soap:Envelope>`);
        return;
      }
      case 'oversized': {
        req.resume();
        const total = faultState.bytes ?? 32 * 1024 * 1024;
        const chunk = Buffer.alloc(64 * 1024, 0x20); // whitespace: well-formed padding between elements
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
        res.write(`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>`);
        let sent = 0;
        const pump = (): void => {
          while (sent < total && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) { res.once('drain', pump); return; }
          }
          if (!res.destroyed) res.end('</soap:Body></soap:Envelope>');
        };
        res.on('close', () => { sent = total; });
        pump();
        return;
      }
      case 'latency': { const t = setTimeout(() => { delayed.delete(t); pass(); }, faultState.latencyMs ?? 2000); delayed.add(t); return; }
      default: pass();
    }
  });

  let listening = true;
  const stopListening = (): Promise<void> => new Promise((resolve) => {
    if (!listening) { resolve(); return; }
    listening = false;
    server.close(() => resolve());
    for (const s of sockets) s.destroy();
  });
  return {
    url, port,
    wsdlUrl: `${url}/ShopFloorService.asmx?wsdl`,
    opcWsdlUrl: `${url}/opc/xmlda?wsdl`,
    async close() { for (const t of delayed) clearTimeout(t); await stopListening(); },
    setFault(f) {
      const wasDown = faultState.mode === 'down';
      faultState = f;
      log.info({ source: 'MES', fault: f.mode }, 'simulator fault mode');
      // "down" = connection refused: stop listening; re-listen on the same port when cleared.
      if (f.mode === 'down' && !wasDown) void stopListening();
      if (f.mode !== 'down' && wasDown) { listening = true; server.listen(port, host); }
    },
    setUpgrade(mode) { upgrade = mode; log.info({ source: 'MES', version: mode }, 'simulator WSDL version'); },
    setDroppedFields(d) { dropped = d; log.info({ source: 'MES', change: JSON.stringify(d) }, 'simulator dropped fields'); },
    setRenamedFields(r) { renamed = r; log.info({ source: 'MES', change: JSON.stringify(r) }, 'simulator renamed fields'); },
    stats: () => ({ byOp: { ...byOp }, calls: Object.values(byOp).reduce((a, b) => a + b, 0) }),
    resetStats() { byOp = {}; },
  };
}

/** OPC XML-DA timestamps carry the plant offset (unlike the business ops' naive times). */
function DateTimeIso(ms: number, zone: string): string {
  return toOffsetIso(ms, zone);
}
function toOffsetIso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: false }) ?? new Date(ms).toISOString();
}
