import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePlant } from '../plant/index.ts';
import { allMess, noMess } from '../plant/plant-types.ts';
import { startCmmsSimulator } from './index.ts';

const plant = generatePlant({ days: 7, machines: 12, parts: 40 });
const H = { 'x-api-key': 'demo-only-api-key' };

async function walk(url: string): Promise<any[]> {
  const out: any[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${url}${url.includes('?') ? '&' : '?'}limit=100${cursor === null ? '' : `&cursor=${cursor}`}`, { headers: H });
    const body = await res.json() as { data: any[]; nextCursor: string | null };
    out.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor !== null);
  return out;
}

test('without mess the CMMS serves the generated plant as of the anchor: every asset, alias and work order', async (t) => {
  const sim = await startCmmsSimulator({ plant, mess: noMess });
  t.after(() => sim.close());
  const assets = await walk(`${sim.url}/assets`);
  const expectedAssets = plant.machines.flatMap((m) => m.assets.filter((a) => a.fromMs <= plant.config.anchorMs)
    .map((a) => [a.cmmsAssetId, m.erpResourceId, a.toMs !== null && a.toMs <= plant.config.anchorMs ? 'retired' : 'in service']))
    .sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  assert.deepEqual(assets.map((a) => [a.id, a.customFields.erpResourceId, a.status === 'retired' ? 'retired' : 'in service']), expectedAssets);
  assert.ok(plant.machines.some((m) => m.assets.length > 1), 'the generated plant has an asset swap');

  const wos = await walk(`${sim.url}/work-orders`);
  const anchor = plant.config.anchorMs;
  const expected = plant.workOrders.filter((w) => w.reportedMs <= anchor).map((w) => ({
    id: w.id, assetId: w.cmmsAssetId, type: w.type, reportedAtEpoch: w.reportedMs,
    status: w.status === 'CANCELLED' ? 'CANCELLED' : w.completedMs !== null && w.completedMs <= anchor ? 'DONE' : w.status === 'ON_HOLD' ? 'ON_HOLD'
      : w.startedMs !== null && w.startedMs <= anchor ? 'IN_PROGRESS' : 'OPEN',
  })).sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(wos.map((w) => ({ id: w.id, assetId: w.assetId, type: w.type, reportedAtEpoch: w.reportedAtEpoch, status: w.status }))
    .sort((a, b) => (a.id < b.id ? -1 : 1)), expected);
  assert.ok(expected.length > 0);
});

test('the same seed renders byte-identical responses, mess included', async (t) => {
  const again = generatePlant({ days: 7, machines: 12, parts: 40 });
  const a = await startCmmsSimulator({ plant, mess: allMess });
  const b = await startCmmsSimulator({ plant: again, mess: allMess });
  t.after(async () => { await a.close(); await b.close(); });
  for (const path of ['/assets?limit=100', '/work-orders?limit=100', '/meters', '/failure-codes', '/pm-schedules']) {
    const [x, y] = await Promise.all([a, b].map(async (s) => (await fetch(`${s.url}${path}`, { headers: H })).text()));
    assert.equal(x, y, path);
  }
  const meterIds = plant.meters.map((m) => `meterId=${m.id}`).join('&');
  const [x, y] = await Promise.all([a, b].map(async (s) => (await fetch(`${s.url}/meter-readings?${meterIds}&limit=1000`, { headers: H })).text()));
  assert.equal(x, y);
});

test('under counterResets every cumulative meter without a rollover width shows exactly one drop', async (t) => {
  const sim = await startCmmsSimulator({ plant, mess: { ...noMess, counterResets: true } });
  t.after(() => sim.close());
  for (const m of plant.meters.filter((x) => x.kind === 'cumulative' && x.rolloverAt === null)) {
    const values = (await walk(`${sim.url}/meters/${m.id}/readings`)).map((r) => r.value as number);
    const drops = values.filter((v, i) => i > 0 && v < values[i - 1]!).length;
    assert.equal(drops, 1, m.id);
  }
});

test('sentinels and resent readings appear only under their flags', async (t) => {
  const clean = await startCmmsSimulator({ plant, mess: noMess });
  const messy = await startCmmsSimulator({ plant, mess: { ...noMess, sentinels: true, duplicates: true } });
  t.after(async () => { await clean.close(); await messy.close(); });
  const labour = async (s: typeof clean) => (await walk(`${s.url}/work-orders`)).filter((w) => w.laborHours === -9999).length;
  assert.deepEqual([await labour(clean), (await labour(messy)) > 0], [0, true]);
  const gauges = plant.meters.filter((m) => m.kind === 'gauge').map((m) => `meterId=${m.id}`).join('&');
  const readings = async (s: typeof clean) => walk(`${s.url}/meter-readings?${gauges}`);
  const [a, b] = [await readings(clean), await readings(messy)];
  const keys = (xs: any[]) => xs.map((r) => `${r.meterId}@${r.readingAt}`);
  assert.equal(a.filter((r) => r.value === -9999).length, 0);
  assert.ok(b.filter((r) => r.value === -9999).length > 0);
  assert.ok(b.length > a.length && new Set(keys(b)).size === a.length, 'resent readings repeat an existing (meter, instant)');
});
