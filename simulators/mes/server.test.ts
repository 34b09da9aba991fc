import { test } from 'node:test';
import assert from 'node:assert/strict';
import soap from 'soap';
import { allMess, noMess } from '../plant/index.ts';
import { buildFixturePlant, startMesSimulator } from './index.ts';
import type { MesSimulatorHandle } from './index.ts';

const plant = buildFixturePlant();
const auth = '<AuthHeader xmlns="http://plantgraph.example/mes/ShopFloor/"><UserName>plantgraph</UserName><Password>demo-only-password</Password></AuthHeader>';
const keepText = { customDeserializer: { dateTime: (t: string) => t } };

type Call = (args: unknown) => Promise<[Record<string, unknown>, string]>;
async function client(sim: MesSimulatorHandle, withAuth = true): Promise<Record<string, Call>> {
  const c = await soap.createClientAsync(sim.wsdlUrl, keepText as soap.IOptions);
  if (withAuth) c.addSoapHeader(auth);
  return c as unknown as Record<string, Call>;
}
async function faultOf(p: Promise<unknown>): Promise<unknown> {
  try { await p; return 'no fault'; } catch (e: unknown) { return (e as { root?: { Envelope?: { Body?: { Fault?: unknown } } } }).root?.Envelope?.Body?.Fault; }
}

test('the WSDL is ASMX-style document/literal with qualified elements, and its version changes with the v2 upgrade', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const v1 = await (await fetch(sim.wsdlUrl)).text();
  assert.match(v1, /elementFormDefault="qualified"/);
  assert.match(v1, /<wsdl:service name="ShopFloorService">/);
  assert.match(v1, /version="6\.2\.4"/);
  assert.match(v1, /name="GoodQty"/);
  sim.setUpgrade('v2');
  const v2 = await (await fetch(sim.wsdlUrl)).text();
  assert.match(v2, /version="7\.0\.1"/);
  assert.deepEqual([/name="GoodQty"/.test(v2), /name="QtyGood"/.test(v2), /name="ErpCode"/.test(v2), /name="ReasonInfo"/.test(v2)], [false, true, true, true]);
});

test('GetServerInfo answers without auth with the plant-local naive clock; business ops need the AuthHeader', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const anon = await client(sim, false);
  const [info] = await anon['GetServerInfoAsync']!({});
  assert.deepEqual(info, { GetServerInfoResult: { ServerTime: '2026-03-09T07:00:00', Version: '6.2.4', TimeZoneName: 'America/Chicago', SiteCode: 'SITE1' } });
  assert.deepEqual(await faultOf(anon['GetEquipmentListAsync']!({ siteCode: 'SITE1' })),
    { faultcode: 'soap:Client', faultstring: 'MES-1001 Authentication failed', detail: { ErrorCode: 'MES-1001' } });
});

test('paging: pageSize above 500 is a Client fault; MoreData is true until the last page; from > to is MES-1042', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const c = await client(sim);
  const range = { equipmentId: '', from: '2026-03-07T06:00:00', to: '2026-03-09T06:00:00' };
  assert.deepEqual(await faultOf(c['GetProductionRecordsAsync']!({ ...range, pageIndex: 0, pageSize: 501 })),
    { faultcode: 'soap:Client', faultstring: 'MES-1044 Page size must be 1..500', detail: { ErrorCode: 'MES-1044' } });
  const pages: [unknown, unknown, number][] = [];
  for (let i = 0; i < 3; i++) {
    const [r] = await c['GetProductionRecordsAsync']!({ ...range, pageIndex: i, pageSize: 15 });
    const res = r['GetProductionRecordsResult'] as { MoreData: boolean; TotalCount: number; Items?: { ProductionRecord: unknown[] } };
    pages.push([res.MoreData, res.TotalCount, res.Items?.ProductionRecord.length ?? 0]);
  }
  assert.deepEqual(pages, [[true, 36, 15], [true, 36, 15], [false, 36, 6]]);
  assert.deepEqual(await faultOf(c['GetEquipmentStateHistoryAsync']!({ equipmentId: 'P04', from: '2026-03-09T00:00:00', to: '2026-03-08T00:00:00' })),
    { faultcode: 'soap:Client', faultstring: 'MES-1042 Invalid date range', detail: { ErrorCode: 'MES-1042' } });
  assert.deepEqual(await faultOf(c['GetEquipmentStateHistoryAsync']!({ equipmentId: 'X99', from: '2026-03-08T00:00:00', to: '2026-03-09T00:00:00' })),
    { faultcode: 'soap:Client', faultstring: 'MES-1050 Unknown equipment id', detail: { ErrorCode: 'MES-1050' } });
  assert.deepEqual(sim.stats(), { calls: 6, byOp: { GetProductionRecords: 4, GetEquipmentStateHistory: 2 } });
});

test('only records at or before the server clock are served', async (t) => {
  let now = Date.UTC(2026, 2, 7, 20);
  const sim = await startMesSimulator({ plant, mess: noMess, clock: () => now });
  t.after(() => sim.close());
  const c = await client(sim);
  const count = async (): Promise<number> => {
    const [r] = await c['GetProductionRecordsAsync']!({ equipmentId: 'P04', from: '2026-03-07T00:00:00', to: '2026-03-10T00:00:00', pageSize: 500 });
    return (r['GetProductionRecordsResult'] as { TotalCount: number }).TotalCount;
  };
  assert.equal(await count(), 2); // records ending 16:00Z and 20:00Z
  now = Date.UTC(2026, 2, 9, 12);
  assert.equal(await count(), 12);
});

test('under mess: resends, late revisions, psi/degF units and sentinels appear; same seed, same answer', async (t) => {
  const sim = await startMesSimulator({ plant, mess: allMess });
  t.after(() => sim.close());
  const c = await client(sim);
  const [r] = await c['GetProductionRecordsAsync']!({ equipmentId: '', from: '2026-03-07T00:00:00', to: '2026-03-10T00:00:00', pageSize: 500 });
  const recs = (r['GetProductionRecordsResult'] as { Items: { ProductionRecord: { RecordId: number; Revision: number }[] } }).Items.ProductionRecord;
  const keys = recs.map((x) => `${x.RecordId}.${x.Revision}`);
  assert.ok(keys.length > new Set(keys).size, 'some record is resent');
  assert.ok(keys.includes('88000.2'), 'the late correction is served');
  const [s] = await c['GetProcessSamplesAsync']!({ equipmentId: 'P04', tags: { string: ['HYD_PRESS', 'OIL_TEMP'] }, from: '2026-03-07T06:00:00', to: '2026-03-09T06:00:00', intervalSec: 60, pageSize: 500 });
  const samples = (s['GetProcessSamplesResult'] as { Items: { Sample: { Tag: string; Unit: string; Value: string }[] } }).Items.Sample;
  assert.deepEqual([...new Set(samples.map((x) => `${x.Tag}:${x.Unit}`))], ['HYD_PRESS:PSI']); // first page is all one tag
  assert.ok(samples.some((x) => x.Value === '-9999' || x.Value === 'N/A'), 'a sentinel appears');
  const [again] = await c['GetProcessSamplesAsync']!({ equipmentId: 'P04', tags: { string: ['HYD_PRESS', 'OIL_TEMP'] }, from: '2026-03-07T06:00:00', to: '2026-03-09T06:00:00', intervalSec: 60, pageSize: 500 });
  assert.deepEqual(again, s);
});

test('B2MML V0600 ProductionPerformance comes back as escaped XML inside a string', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const c = await client(sim);
  const [r, raw] = await c['GetProductionPerformanceB2MMLAsync']!({ from: '2026-03-07T06:00:00', to: '2026-03-07T10:00:00' });
  const xml = String(r['GetProductionPerformanceB2MMLResult']);
  assert.match(raw, /&lt;ProductionPerformance xmlns="http:\/\/www\.mesa\.org\/xml\/B2MML-V0600"&gt;|&lt;ProductionPerformance xmlns=&quot;http:\/\/www\.mesa\.org\/xml\/B2MML-V0600&quot;&gt;/);
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?><ProductionPerformance xmlns="http:\/\/www\.mesa\.org\/xml\/B2MML-V0600">/);
  assert.equal((xml.match(/<ProductionResponse>/g) ?? []).length, 3);
});

test('OPC XML-DA: GetStatus, Browse and Read with typed values and in-band item errors', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const o = await soap.createClientAsync(sim.opcWsdlUrl, keepText as soap.IOptions) as unknown as Record<string, Call>;
  const [status] = await o['GetStatusAsync']!({});
  assert.deepEqual((status['GetStatusResult'] as { attributes: unknown }).attributes, { RcvTime: '2026-03-09T07:00:00.000-05:00', ReplyTime: '2026-03-09T07:00:00.000-05:00', ServerState: 'running' });
  const [browse] = await o['BrowseAsync']!({ attributes: { ItemName: 'Site1.Mach' } });
  assert.deepEqual((browse['Elements'] as { attributes: unknown }[]).map((e) => e.attributes), [
    { Name: 'Lathe02', ItemName: 'Site1.Mach.Lathe02', IsItem: 'false', HasChildren: 'true' },
    { Name: 'Mill07', ItemName: 'Site1.Mach.Mill07', IsItem: 'false', HasChildren: 'true' }]);
  const [, raw] = await o['ReadAsync']!({ ItemList: { Items: [{ attributes: { ItemName: 'Site1.Mach.Mill07.BRG_TEMP', ClientItemHandle: 'a' } }, { attributes: { ItemName: 'Site1.Nope', ClientItemHandle: 'b' } }] } });
  assert.match(raw, /<s0:Items ItemName="Site1\.Mach\.Mill07\.BRG_TEMP" ClientItemHandle="a" Timestamp="2026-03-09T07:00:00\.000-05:00"><s0:Value [^>]*xsi:type="xsd:double">60\.09<\/s0:Value><s0:Quality QualityField="good">/);
  assert.match(raw, /<s0:Items ItemName="Site1\.Nope" ClientItemHandle="b" ResultID="E_UNKNOWNITEMNAME">/);
});

test('fault modes: 503, garbage 200, and down refuses connections until cleared', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const post = (): Promise<Response> => fetch(sim.wsdlUrl.replace('?wsdl', ''), { method: 'POST', headers: { 'content-type': 'text/xml', soapaction: '"http://plantgraph.example/mes/ShopFloor/GetServerInfo"' },
    body: '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetServerInfo xmlns="http://plantgraph.example/mes/ShopFloor/"/></soap:Body></soap:Envelope>' });
  sim.setFault({ mode: 'http503' });
  assert.equal((await post()).status, 503);
  sim.setFault({ mode: 'garbage' });
  const g = await post();
  assert.equal(g.status, 200);
  assert.doesNotMatch(await g.text(), /<\/soap:Envelope>/);
  sim.setFault({ mode: 'busy' });
  assert.match(await (await post()).text(), /<faultstring>MES-9001 Server busy<\/faultstring>/);
  sim.setFault({ mode: 'down' });
  // A pooled keep-alive socket is cut first ('other side closed'); new connections are then refused.
  await assert.rejects(post());
  await assert.rejects(post(), (e: unknown) => (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED');
  sim.setFault({ mode: 'none' });
  assert.equal((await post()).status, 200);
  assert.deepEqual(sim.stats().byOp, { GetServerInfo: 4 }); // refused requests never reach the simulator
});

test('GetWorkOrders lists ERP job+operation orders; GetQualityMeasurements filters by work order', async (t) => {
  const sim = await startMesSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const c = await client(sim);
  const [w] = await c['GetWorkOrdersAsync']!({ from: '2026-03-07T00:00:00', to: '2026-03-10T00:00:00', status: 'in_progress' });
  assert.deepEqual((w['GetWorkOrdersResult'] as { Items: { WorkOrder: unknown[] } }).Items.WorkOrder[0], {
    OrderId: 'J004510-10', JobNum: 'J004510', OperSeq: 10, PartNum: 'BRK-1040', EquipmentId: 'P04', Status: 'IN_PROGRESS', PlannedQty: 2000,
    PlannedStart: '2026-03-07T06:00:00', PlannedEnd: '2026-03-10T07:00:00' });
  const [q] = await c['GetQualityMeasurementsAsync']!({ workOrder: 'J004511-10', from: '2026-03-07T00:00:00', to: '2026-03-10T00:00:00' });
  const ms = (q['GetQualityMeasurementsResult'] as { Items: { Measurement: { EquipmentId: string; Characteristic: string }[] } }).Items.Measurement;
  assert.deepEqual([...new Set(ms.map((m) => `${m.EquipmentId}/${m.Characteristic}`))], ['L02/OD']);
  assert.equal(ms.length, 8);
});
