import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMess, noMess } from '../plant/plant-types.ts';
import type { MessConfig } from '../plant/plant-types.ts';
import { startCmmsSimulator } from './index.ts';
import type { CmmsSimulatorOptions } from './index.ts';
import { createTestPlant, testAnchorMs } from './fixture-plant.ts';

const key = 'demo-only-api-key';
const H = { 'x-api-key': key };

async function sim(t: { after(fn: () => Promise<void>): void }, extra: Partial<CmmsSimulatorOptions> = {}) {
  const s = await startCmmsSimulator({ plant: createTestPlant(), ...extra });
  t.after(() => s.close());
  return s;
}

async function getJson(url: string, headers: Record<string, string> = H): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
}

test('POST /auth trades the API key or a username/password for a bearer token that data routes accept', async (t) => {
  const s = await sim(t);
  const res = await fetch(`${s.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: key }) });
  assert.equal(res.status, 200);
  const { token, expiresAt } = await res.json() as { token: string; expiresAt: string };
  assert.match(expiresAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal((await getJson(`${s.url}/locations`, { authorization: `Bearer ${token}` })).status, 200);
  const byUser = await fetch(`${s.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo-only-password' }) });
  assert.equal(byUser.status, 200);
  const bad = await fetch(`${s.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: 'nope' }) });
  assert.deepEqual({ status: bad.status, body: await bad.json() }, { status: 401, body: { error: { code: 'invalid_credentials', message: 'Unknown API key or wrong username/password' } } });
  s.revokeTokens();
  assert.equal((await getJson(`${s.url}/locations`, { authorization: `Bearer ${token}` })).status, 401);
});

test('an expired token is refused with 401 and WWW-Authenticate', async (t) => {
  const s = await sim(t, { tokenTtlSeconds: 0 });
  const { token } = await (await fetch(`${s.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: key }) })).json() as { token: string };
  const r = await getJson(`${s.url}/assets`, { authorization: `Bearer ${token}` });
  assert.deepEqual([r.status, r.headers.get('www-authenticate'), r.body], [401, 'Bearer', { error: { code: 'unauthorized', message: 'Missing, unknown or expired credentials' } }]);
});

test('GET /assets serves both assets of the swapped press, the old one retired, without mess', async (t) => {
  const s = await sim(t);
  const r = await getJson(`${s.url}/assets`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.data.map((a: any) => [a.id, a.status, a.customFields.erpResourceId, a.name]), [
    ['ast_L01', 'active', 'LATHE-01', 'Lathe #1'],
    ['ast_M02', 'down', 'MILL-02', 'Mill #2'],
    ['ast_P04new', 'down', 'PRESS-04', 'Press #4'],
    ['ast_P04old', 'retired', 'PRESS-04', 'Press #4 (old)'],
  ]);
  assert.deepEqual(r.body.data[3], {
    id: 'ast_P04old', assetTag: '100233', name: 'Press #4 (old)', serialNumber: 'SN-P-7781', manufacturer: 'Schuler', model: 'MSD 400',
    locationId: 'loc_PRS', parentId: null, criticality: 'A', status: 'retired', installedAt: '2025-02-01T00:00:00.000Z',
    retiredAt: '2026-03-11T05:00:00.000Z', updatedAt: '2026-03-11T05:00:00.000Z', customFields: { erpResourceId: 'PRESS-04' },
  });
  assert.deepEqual([r.body.nextCursor, r.body.hasMore], [null, false]);
  assert.deepEqual((await getJson(`${s.url}/assets/ast_nope`)).status, 404);
  assert.deepEqual((await getJson(`${s.url}/assets/ast_L01`)).body.serialNumber, 'SN-L-1201');
});

test('under differentIds one machine has a blank ERP alias and one a lower-case variant', async (t) => {
  const s = await sim(t, { mess: { ...noMess, differentIds: true } });
  const r = await getJson(`${s.url}/assets`);
  const aliases = r.body.data.map((a: any) => a.customFields.erpResourceId as string).sort();
  assert.equal(aliases.filter((a: string) => a === '').length >= 1, true);
  assert.equal(aliases.some((a: string) => a !== '' && a !== a.trim().toUpperCase()), true);
  // Every non-blank alias resolves to a real ERP resource after trim + upper-case.
  for (const a of aliases.filter((x: string) => x !== '')) assert.ok(['PRESS-04', 'LATHE-01', 'MILL-02'].includes(a.trim().toUpperCase()));
});

test('GET /work-orders shows what the CMMS knew at the clock, filters by repeated status and assetId', async (t) => {
  const s = await sim(t);
  const all = await getJson(`${s.url}/work-orders?limit=100`);
  assert.deepEqual(all.body.data.map((w: any) => [w.id, w.status]), [
    ['wo_0001', 'DONE'], ['wo_0002', 'DONE'], ['wo_0008', 'DONE'], ['wo_0005', 'DONE'], ['wo_0007', 'CANCELLED'], ['wo_0003', 'OPEN'],
    ['wo_0006', 'ON_HOLD'], ['wo_0004', 'IN_PROGRESS'], ['wo_0009', 'OPEN'], ['wo_0010', 'IN_PROGRESS'],
  ], 'ordered by updatedAt; wo_0010 completes after the clock; wo_0011 is reported after it');
  const w1 = all.body.data.find((w: any) => w.id === 'wo_0001');
  assert.deepEqual(w1, {
    id: 'wo_0001', number: 'WO-2026-00801', title: 'corrective on PRESS-04', description: 'Operator note 1: checked, see log', type: 'CORRECTIVE',
    status: 'DONE', priority: 3, assetId: 'ast_P04old',
    failure: { classCode: 'MECH', problemCode: 'MECH-BRG', causeCode: 'MECH-BRG-WEAR', remedyCode: 'MECH-BRG-WEAR-RPL' },
    reportedAt: '2026-03-08T02:00:00.000Z', reportedAtEpoch: Date.UTC(2026, 2, 8, 2), startedAt: '2026-03-08T03:00:00.000Z',
    completedAt: '2026-03-08T06:00:00.000Z', downtimeMinutes: 180, laborHours: 1.5, partsUsed: [],
    createdAt: '2026-03-08T02:00:00.000Z', updatedAt: '2026-03-08T06:00:00.000Z',
  });
  const open = await getJson(`${s.url}/work-orders?status=OPEN&status=IN_PROGRESS&assetId=ast_M02&assetId=ast_L01`);
  assert.deepEqual(open.body.data.map((w: any) => w.id), ['wo_0009', 'wo_0010']);
  const bad = await getJson(`${s.url}/work-orders?status=COMPLETED`);
  assert.deepEqual([bad.status, bad.body.error.code], [400, 'bad_request']);
  assert.equal((await getJson(`${s.url}/work-orders/wo_0011`)).status, 404, 'reported after the clock');
});

test('X-Api-Version 2024-06-01 and setUpgrade rename DONE to COMPLETED and turn priority into a string', async (t) => {
  const s = await sim(t);
  const v2 = await getJson(`${s.url}/work-orders/wo_0001`, { ...H, 'x-api-version': '2024-06-01' });
  assert.deepEqual([v2.body.status, v2.body.priority, v2.headers.get('x-api-version')], ['COMPLETED', 'urgent', '2024-06-01']);
  assert.deepEqual((await getJson(`${s.url}/work-orders/wo_0001`)).body.priority, 3);
  s.setUpgrade('2024-06-01');
  const d = await getJson(`${s.url}/work-orders?status=COMPLETED`);
  assert.deepEqual(d.body.data.map((w: any) => [w.status, w.priority]), [['COMPLETED', 'urgent'], ['COMPLETED', 'medium'], ['COMPLETED', 'medium'], ['COMPLETED', 'medium']]);
  const doc = (await getJson(`${s.url}/openapi.json`, {})).body;
  assert.deepEqual(doc.components.schemas.WorkOrder.properties.status.enum, ['OPEN', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED']);
  assert.deepEqual(doc.components.schemas.WorkOrder.properties.priority, { type: 'string', enum: ['low', 'medium', 'high', 'urgent'] });
  const old = (await getJson(`${s.url}/openapi.json`, { 'x-api-version': '2023-01-15' })).body;
  assert.deepEqual([old.openapi, old.info.version, old.components.schemas.WorkOrder.properties.priority.type], ['3.1.0', '2023-01-15', 'integer']);
  assert.equal((await getJson(`${s.url}/assets`, { ...H, 'x-api-version': '1999-01-01' })).status, 400);
});

test('updatedAfter is compared at whole seconds, so a later update in the same second is missed', async (t) => {
  const s = await sim(t);
  const wo9 = Date.UTC(2026, 2, 14, 2, 0, 0, 700); // wo_0009 reported (its only update) at .700 of its second
  const after = async (ms: number) => (await getJson(`${s.url}/work-orders?assetId=ast_M02&updatedAfter=${encodeURIComponent(new Date(ms).toISOString())}`)).body.data.map((w: any) => w.id);
  assert.deepEqual(await after(wo9 - 701), ['wo_0009', 'wo_0010'], 'the previous second is strictly before');
  assert.deepEqual(await after(wo9 - 600), ['wo_0010'], 'updated 600 ms later, but in the same second: missed');
});

async function walk(url: string, headers = H): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const r = await getJson(`${url}${cursor === null ? '' : `&cursor=${cursor}`}`, headers);
    pages++;
    ids.push(...r.body.data.map((x: any) => x.id as string));
    cursor = r.body.nextCursor;
  } while (cursor !== null);
  return { ids, pages };
}

test('cursor pages cover every work order once; under duplicates consecutive pages overlap by one', async (t) => {
  const clean = await sim(t);
  const a = await walk(`${clean.url}/work-orders?limit=3`);
  assert.deepEqual([a.ids.length, new Set(a.ids).size, a.pages], [10, 10, 4]);
  const dup = await sim(t, { mess: { ...noMess, duplicates: true } });
  const b = await walk(`${dup.url}/work-orders?limit=3`);
  assert.deepEqual([new Set(b.ids).size, b.ids.length], [10, 14]);
  assert.deepEqual(b.ids.slice(2, 4), [b.ids[2], b.ids[2]]);
  assert.equal((await getJson(`${clean.url}/work-orders?cursor=garbage`)).body.error.code, 'bad_cursor');
});

test('the rate limit answers 429 with Retry-After and X-RateLimit headers once a key spends its window', async (t) => {
  const s = await sim(t, { rateLimit: { max: 2, windowMs: 60_000 } });
  const r1 = await getJson(`${s.url}/locations`);
  assert.deepEqual([r1.status, r1.headers.get('x-ratelimit-limit'), r1.headers.get('x-ratelimit-remaining')], [200, '2', '1']);
  await getJson(`${s.url}/locations`);
  const r3 = await getJson(`${s.url}/locations`);
  assert.deepEqual([r3.status, r3.headers.get('retry-after'), r3.headers.get('x-ratelimit-remaining'), r3.body],
    [429, '60', '0', { error: { code: 'rate_limited', message: 'Too many requests' } }]);
  assert.equal(s.stats().rateLimited, 1);
});

test('faults: 503, 429, garbage, dropped connections, hangs and latency, switchable at run time', async (t) => {
  const s = await sim(t);
  s.setFault({ mode: 'http503' });
  assert.equal((await fetch(`${s.url}/assets`, { headers: H })).status, 503);
  s.setFault({ mode: 'rate429', retryAfterS: 2 });
  const r = await fetch(`${s.url}/assets`, { headers: H });
  assert.deepEqual([r.status, r.headers.get('retry-after')], [429, '2']);
  s.setFault({ mode: 'garbage' });
  const g = await fetch(`${s.url}/assets`, { headers: H });
  await assert.rejects(g.json(), SyntaxError);
  s.setFault({ mode: 'down' });
  await assert.rejects(fetch(`${s.url}/assets`, { headers: H }), TypeError);
  s.setFault({ mode: 'timeout' });
  await assert.rejects(fetch(`${s.url}/assets`, { headers: H, signal: AbortSignal.timeout(150) }), (e: Error) => e.name === 'TimeoutError');
  s.setFault({ mode: 'latency', latencyMs: 120 });
  const t0 = Date.now();
  assert.equal((await fetch(`${s.url}/locations`, { headers: H })).status, 200);
  assert.ok(Date.now() - t0 >= 110);
  s.setFault({ mode: 'none' });
  assert.equal((await fetch(`${s.url}/locations`, { headers: H })).status, 200);
});

test('meters and readings: psi under mixedUnits, the stroke counter wraps at 65535 under counterResets', async (t) => {
  const mess: MessConfig = { ...noMess, mixedUnits: true, counterResets: true };
  const s = await sim(t, { mess });
  const m = await getJson(`${s.url}/meters?assetId=ast_P04new`);
  assert.deepEqual(m.body.data.map((x: any) => [x.id, x.kind, x.unit]), [
    ['mtr_P04_runtime', 'cumulative', 'h'], ['mtr_P04_cycles', 'cumulative', 'cycles'], ['mtr_P04_hyd', 'gauge', 'psi'],
  ]);
  const from = new Date(Date.UTC(2026, 2, 8)).toISOString();
  const to = new Date(Date.UTC(2026, 2, 8, 3)).toISOString();
  const hyd = await getJson(`${s.url}/meters/mtr_P04_hyd/readings?from=${from}&to=${to}`);
  assert.deepEqual(hyd.body, { data: [
    { value: 2030.532, unit: 'psi', readingAt: '2026-03-08T00:00:00.000Z', source: 'sensor' },
    { value: 2045.0358, unit: 'psi', readingAt: '2026-03-08T01:00:00.000Z', source: 'sensor' },
    { value: 2059.5396, unit: 'psi', readingAt: '2026-03-08T02:00:00.000Z', source: 'sensor' },
  ], nextCursor: null, hasMore: false });
  const cyc = await getJson(`${s.url}/meter-readings?meterId=mtr_P04_cycles&from=${from}&to=${new Date(Date.UTC(2026, 2, 8, 40)).toISOString()}&limit=1000`);
  const values = cyc.body.data.map((x: any) => x.value as number);
  assert.deepEqual(values.slice(29, 32), [65220, 65400, 44]); // 60000 + 31*180 = 65580 → 44 past the wrap
  assert.equal((await getJson(`${s.url}/meters/mtr_nope/readings`)).status, 404);
  // Readings after the clock are not served.
  const late = await getJson(`${s.url}/meters/mtr_M02_vib/readings?from=${new Date(testAnchorMs - 3_600_000).toISOString()}`);
  assert.deepEqual(late.body.data.map((x: any) => x.readingAt), ['2026-03-14T23:00:00.000Z', '2026-03-15T00:00:00.000Z']);
});

test('failure codes form a 4-level tree; stats count requests by route', async (t) => {
  const s = await sim(t, { mess: allMess });
  const f = await getJson(`${s.url}/failure-codes`);
  assert.deepEqual(f.body.data[0], {
    code: 'MECH', level: 'class', description: 'Mechanical', children: [{
      code: 'MECH-BRG', level: 'problem', description: 'Bearing noise', children: [{
        code: 'MECH-BRG-WEAR', level: 'cause', description: 'Wear', children: [{
          code: 'MECH-BRG-WEAR-RPL', level: 'remedy', description: 'Replace bearing', children: [] }] }] }],
  });
  await getJson(`${s.url}/work-orders/wo_0001`);
  await getJson(`${s.url}/pm-schedules?assetId=ast_L01`);
  await getJson(`${s.url}/nothing-here`);
  assert.deepEqual(s.stats(), {
    total: 4, byRoute: { 'GET /failure-codes': 1, 'GET /work-orders/:id': 1, 'GET /pm-schedules': 1, 'GET *': 1 },
    rateLimited: 0, unauthorized: 0, faulted: 0,
  });
  s.resetStats();
  assert.deepEqual(s.stats().total, 0);
});

test('GET /assets?updatedSince keeps assets updated at or after that second; /locations is the site › area › line tree', async (t) => {
  const s = await sim(t);
  const since = encodeURIComponent('2026-03-11T05:00:00.900Z'); // the swap instant, same second
  assert.deepEqual((await getJson(`${s.url}/assets?updatedSince=${since}`)).body.data.map((a: any) => a.id), ['ast_P04new', 'ast_P04old']);
  assert.deepEqual((await getJson(`${s.url}/assets?updatedSince=2026-03-11T05:00:01Z`)).body.data, []);
  assert.equal((await getJson(`${s.url}/assets?updatedSince=yesterday`)).status, 400);
  assert.deepEqual((await getJson(`${s.url}/locations`)).body.data.slice(0, 3), [
    { id: 'loc_SITE1', name: 'Demo Plant', parentId: null, kind: 'site' },
    { id: 'loc_FAB', name: 'Fabrication', parentId: 'loc_SITE1', kind: 'area' },
    { id: 'loc_PRS', name: 'Presses', parentId: 'loc_FAB', kind: 'line' },
  ]);
});
