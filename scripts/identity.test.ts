// Identity across systems, end to end: the demo plant with every mess on, started as `npm start` starts it, the
// crosswalk built from what ERP, MES and CMMS publish, answers compared with the plant's ground truth identities.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../common/index.ts';
import type { DurableStore } from '../common/index.ts';
import { allMess } from '../simulators/index.ts';
import { erpAliases } from '../simulators/cmms/index.ts';
import { renderErpCode, renderMesJobNum, renderMesPartNum } from '../simulators/mes/index.ts';
import { postGraphql } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import type { RunningPlantGraph } from './plantgraph.ts';

const demo = { plant: { days: 4 }, mess: allMess };
// Both ERP companies served: ACME-MX's clashing job numbers are in the crosswalk too, and must stay apart.
const bothCompanies = { ERP_COMPANY: 'ACME,ACME-MX' };

async function startSynced(store?: DurableStore): Promise<RunningPlantGraph> {
  const pg = await startPlantGraph({ demo, gateway: { port: 0 }, envOverrides: bothCompanies, ...(store === undefined ? {} : { store }) });
  // The runtimes also sync in the background at start; awaiting it makes the test independent of timing.
  await Promise.all(Object.values(pg.runtimes).map((r) => r.syncIdentity?.()));
  return pg;
}

async function gql(pg: RunningPlantGraph, query: string, variables: Record<string, unknown> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- parse boundary
  const res = await postGraphql(pg.gateway.url, query, { variables });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

interface Alias { id: string; system: string; kind: string; nativeId: string; scope: string; validFrom: string | null; validTo: string | null; confidence: number; method: string; status: string }
const aliasFields = 'id system kind nativeId scope validFrom validTo confidence method status';

/** What the aliases say about one equipment, in the ground truth's shape (only links used for joining). */
function identityOf(id: string, aliases: readonly Alias[]) {
  const used = aliases.filter((a) => a.status !== 'PROPOSED');
  const ids = (system: string, kind: string) => used.filter((a) => a.system === system && a.kind === kind).map((a) => a.nativeId.trim()).sort();
  const tagOf = new Map(used.filter((a) => a.kind === 'ASSET_TAG').map((a) => [`${a.validFrom}|${a.validTo}`, a.nativeId]));
  return {
    equipmentId: id, erpResourceId: ids('ERP', 'RESOURCE_ID'), mesCode: ids('MES', 'MACHINE_CODE'), opcPath: ids('OPC', 'ITEM_PATH'),
    cmmsAssets: used.filter((a) => a.kind === 'ASSET_ID').map((a) => ({ cmmsAssetId: a.nativeId, assetTag: tagOf.get(`${a.validFrom}|${a.validTo}`) ?? null, fromUtc: a.validFrom, toUtc: a.validTo }))
      .sort((a, b) => (a.fromUtc ?? '').localeCompare(b.fromUtc ?? '')),
  };
}

describe('identity across systems on the demo plant with every mess on', () => {
  let pg: RunningPlantGraph;
  before(async () => { pg = await startSynced(); });
  after(() => pg.close());

  test('every machine\'s aliases (ERP resource, MES code, OPC path, CMMS assets with intervals) equal the ground truth identities', async () => {
    const body = await gql(pg, `{ equipmentList(first: 500) { edges { node { id aliases { ${aliasFields} } } } } identityProposals(kind: EQUIPMENT) { id } unmatchedIdentities(kind: EQUIPMENT) { system nativeId } }`);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const got = (body.data.equipmentList.edges as { node: { id: string; aliases: Alias[] } }[]).map((e) => identityOf(e.node.id, e.node.aliases));
    const want = pg.demo!.truth.identities.map((t) => ({
      equipmentId: t.equipmentId, erpResourceId: [t.erpResourceId], mesCode: [t.mesCode], opcPath: [t.opcPath],
      cmmsAssets: t.cmmsAssets.map((a) => ({ cmmsAssetId: a.cmmsAssetId, assetTag: a.assetTag, fromUtc: a.fromUtc, toUtc: a.toUtc })),
    }));
    assert.deepEqual(got.sort((a, b) => a.equipmentId.localeCompare(b.equipmentId)), want.sort((a, b) => a.equipmentId.localeCompare(b.equipmentId)));
    assert.ok(want.some((w) => w.cmmsAssets.length === 2), 'the plant has an asset swap at one position');
    assert.deepEqual([body.data.identityProposals, body.data.unmatchedIdentities], [[], []]);
  });

  test('a machine whose MES and CMMS references to the ERP are blank still gets its MES code, states and CMMS assets', async () => {
    const plant = pg.demo!.plant;
    const cmmsAlias = erpAliases(plant, allMess);
    const blankMes = plant.machines.filter((m, i) => renderErpCode(allMess, m, i) === '');
    const blankBoth = blankMes.find((m) => cmmsAlias.get(m.id) === '') ?? blankMes[0]!;
    const blankCmms = plant.machines.find((m) => cmmsAlias.get(m.id) === '')!;
    const clock = pg.demo!.clock();
    const q = `query($id: ID!, $range: TimeRange!) { equipment(id: $id) { id mesMachineCode states(range: $range) { state } physicalAssets { id serialNumber }
      aliases { system kind nativeId method status } } }`;
    for (const m of new Set([blankBoth, blankCmms])) {
      const body = await gql(pg, q, { id: m.id, range: { from: new Date(clock - 86_400_000).toISOString(), to: new Date(clock).toISOString() } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const e = body.data.equipment;
      assert.equal(e.mesMachineCode, m.mesCode);
      assert.ok(e.states.length > 0, `${m.id} has MES states`);
      assert.deepEqual(e.physicalAssets.map((a: { id: string }) => a.id).sort(), m.assets.map((a) => a.cmmsAssetId).sort());
      assert.deepEqual(e.physicalAssets.map((a: { serialNumber: string }) => a.serialNumber).sort(), m.assets.map((a) => a.serialNumber).sort());
      const how = (system: string, kind: string) => e.aliases.filter((a: Alias) => a.system === system && a.kind === kind).map((a: Alias) => a.method);
      if (renderErpCode(allMess, m, plant.machines.indexOf(m)) === '') assert.ok(!how('MES', 'MACHINE_CODE').includes('EXACT_REFERENCE'), 'not by the blank reference');
    }
  });

  test('a rejected link stops joining at once; confirming it again restores it; the latest decision on the pair is the one in force', async () => {
    const aliases = (await gql(pg, `{ equipment(id: "PRESS-01") { aliases { ${aliasFields} } } }`)).data.equipment.aliases as Alias[];
    const mesLink = aliases.find((a) => a.system === 'MES')!;
    const rejected = await gql(pg, `mutation($id: ID!) { rejectIdentityLink(id: $id, comment: "wrong press") { linkId verdict system nativeId decidedBy comment equipment { id } current { status } } }`, { id: mesLink.id });
    assert.deepEqual(rejected, { data: { rejectIdentityLink: { linkId: mesLink.id, verdict: 'REJECTED', system: 'MES', nativeId: mesLink.nativeId, decidedBy: rejected.data.rejectIdentityLink.decidedBy, comment: 'wrong press', equipment: { id: 'PRESS-01' }, current: null } } });
    assert.deepEqual((await gql(pg, '{ equipment(id: "PRESS-01") { mesMachineCode } }')).data, { equipment: { mesMachineCode: null } });
    const confirmed = await gql(pg, `mutation($id: ID!) { confirmIdentityLink(id: $id) { verdict current { id method status } } }`, { id: mesLink.id });
    assert.deepEqual(confirmed, { data: { confirmIdentityLink: { verdict: 'CONFIRMED', current: { id: mesLink.id, method: 'CONFIRMED', status: 'CONFIRMED' } } } });
    assert.deepEqual((await gql(pg, '{ equipment(id: "PRESS-01") { mesMachineCode } }')).data, { equipment: { mesMachineCode: mesLink.nativeId } });
    assert.deepEqual((await gql(pg, '{ identityDecisions { linkId verdict } }')).data, { identityDecisions: [{ linkId: mesLink.id, verdict: 'CONFIRMED' }] });
    const unknown = await gql(pg, 'mutation { confirmIdentityLink(id: "MES:nope") { verdict } }');
    assert.deepEqual(unknown.errors.map((e: { message: string; path: string[]; extensions: { code: string } }) => [e.message, e.path, e.extensions.code]),
      [['No identity link or proposal has id "MES:nope"', ['confirmIdentityLink'], 'IDENTITY_LINK_UNKNOWN']]);
  });
});

describe('identity decisions are durable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantgraph-identity-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a rejection and a material confirmation made before a restart on the same LMDB store still win after it (store closed and reopened)', async () => {
    let store = await openStore({ kind: 'lmdb', path: dir });
    const first = await startSynced(store);
    let linkId: string;
    let material: { id: string; canonicalId: string };
    try {
      const aliases = (await gql(first, '{ equipment(id: "LATHE-02") { aliases { id system kind } } }')).data.equipment.aliases as Alias[];
      linkId = aliases.find((a) => a.system === 'CMMS' && a.kind === 'ASSET_ID')!.id;
      assert.equal((await gql(first, 'mutation($id: ID!) { rejectIdentityLink(id: $id) { verdict } }', { id: linkId })).data.rejectIdentityLink.verdict, 'REJECTED');
      material = (await gql(first, '{ identityProposals(kind: MATERIAL) { id canonicalId } }')).data.identityProposals[0];
      assert.equal((await gql(first, 'mutation($id: ID!) { confirmIdentityLink(id: $id) { verdict } }', { id: material.id })).data.confirmIdentityLink.verdict, 'CONFIRMED');
    } finally { await first.close(); await store.close(); }
    store = await openStore({ kind: 'lmdb', path: dir });
    const second = await startSynced(store);
    try {
      const body = await gql(second, `query($m: ID!) { identityDecisions(kind: EQUIPMENT) { linkId verdict } materialDecisions: identityDecisions(kind: MATERIAL) { linkId verdict }
        equipment(id: "LATHE-02") { aliases { id } physicalAssets { id } } material(id: $m) { aliases { id status method } } }`, { m: material.canonicalId });
      assert.deepEqual(body.data.identityDecisions, [{ linkId, verdict: 'REJECTED' }]);
      assert.deepEqual(body.data.materialDecisions, [{ linkId: material.id, verdict: 'CONFIRMED' }]);
      assert.deepEqual(body.data.material.aliases.filter((a: { id: string }) => a.id === material.id), [{ id: material.id, status: 'CONFIRMED', method: 'CONFIRMED' }]);
      assert.ok(!body.data.equipment.aliases.some((a: { id: string }) => a.id === linkId), 'the rejected link is not offered again');
      assert.ok(!body.data.equipment.physicalAssets.some((a: { id: string }) => linkId.includes(encodeURIComponent(a.id))), 'its asset is no longer joined');
    } finally { await second.close(); await store.close(); }
  });
});

interface KeyAliasView { system: string; kind: string; nativeId: string; status: string; operationSequence?: number | null }
const materialAliasFields = 'id canonicalId system kind nativeId scope validFrom validTo confidence method status evidence';
const keyAliasFields = `${materialAliasFields} ... on ProductionOrderAlias { operationSequence }`;
/** An alias as the ground truth states it: which identifier, and whether it joins data (LINKED/CONFIRMED) or not (PROPOSED). */
const view = (a: KeyAliasView) => ({ system: a.system, kind: a.kind, nativeId: a.nativeId.trim(), joins: a.status !== 'PROPOSED', ...(a.operationSequence == null ? {} : { operation: a.operationSequence }) });
const byText = (a: object, b: object): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('materials and production orders across systems on the demo plant with every mess on (ERP serving ACME and ACME-MX)', () => {
  let pg: RunningPlantGraph;
  before(async () => { pg = await startSynced(); });
  after(() => pg.close());

  /** Every node of a connection, page by page (a page of 1000 with aliases is above the gateway's cost limit). */
  const all = async <T>(field: string, selection: string): Promise<T[]> => {
    const out: T[] = [];
    for (let after: string | null = null; ;) {
      const body = await gql(pg, `query($after: String) { ${field}(first: 250, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`, { after });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      out.push(...body.data[field].edges.map((e: { node: T }) => e.node));
      if (!body.data[field].pageInfo.hasNextPage) return out;
      after = body.data[field].pageInfo.endCursor;
    }
  };
  const orders = () => all<{ id: string; company: string; jobNumber: string; aliases: (KeyAliasView & { canonicalId: string })[] }>('productionOrders', `id company jobNumber aliases { ${keyAliasFields} }`);

  test('every production order\'s aliases equal the ground truth: the ERP job, and for ACME every MES order id (zero-padded or not) of its operations; ACME-MX\'s clashing jobs carry none', async () => {
    const seed = pg.demo!.plant.config.seed;
    const truth = new Map(pg.demo!.truth.orderIdentities.map((o) => [o.orderId, o]));
    const got = await orders();
    const mx = got.filter((o) => o.company === 'ACME-MX');
    assert.ok(mx.length > 0 && mx.every((o) => got.some((a) => a.company === 'ACME' && a.jobNumber === o.jobNumber)), 'ACME-MX jobs clash with ACME job numbers');
    const padded = got.filter((o) => o.company === 'ACME' && renderMesJobNum(allMess, seed, o.jobNumber) !== o.jobNumber);
    assert.ok(padded.length > 0, 'the MES zero-pads some job numbers');
    for (const o of got) {
      const t = o.company === 'ACME' ? truth.get(o.id) : undefined;
      if (o.company === 'ACME') assert.ok(t !== undefined, `${o.id} is a true job`);
      const want = [{ system: 'ERP', kind: 'JOB_NUMBER', nativeId: o.jobNumber, joins: true },
        ...(t?.operations ?? []).map((op) => ({ system: 'MES', kind: 'ORDER_ID', nativeId: `${renderMesJobNum(allMess, seed, t!.jobNum)}-${op}`, joins: true, operation: op }))];
      assert.deepEqual(o.aliases.map(view).sort(byText), want.sort(byText), o.id);
      assert.ok(o.aliases.every((a) => a.canonicalId === o.id));
    }
  });

  test('every material\'s aliases equal the ground truth: the ERP part, and every MES spelling of it; a superseded revision suffix is only proposed', async () => {
    const seed = pg.demo!.plant.config.seed;
    const listed = new Set((await orders()).map((o) => o.id));
    const got = await all<{ id: string; company: string; partNumber: string; aliases: KeyAliasView[] }>('materials', `id company partNumber aliases { ${materialAliasFields} }`);
    const truth = new Map(pg.demo!.truth.materialIdentities.map((m) => [m.materialId, m]));
    const spellings = new Map<string, Map<string, boolean>>();
    for (const o of pg.demo!.truth.orderIdentities) {
      if (!listed.has(o.orderId)) continue;
      const part = truth.get(`ACME/${o.partNum}`)!;
      const s = renderMesPartNum(allMess, seed, o.partNum, o.revision);
      // A revision suffix joins only when it is the ERP part's current revision.
      const joins = !/-R[A-Z]$/.test(s) || s.endsWith(`-R${part.revision}`);
      const m = spellings.get(part.materialId) ?? new Map<string, boolean>();
      m.set(s, joins);
      spellings.set(part.materialId, m);
    }
    let proposed = 0, variants = 0;
    for (const m of got) {
      if (m.company === 'ACME') assert.ok(truth.has(m.id), `${m.id} is a true part`);
      const mes = m.company === 'ACME' ? [...(spellings.get(m.id) ?? new Map<string, boolean>())] : [];
      const want = [{ system: 'ERP', kind: 'PART_NUMBER', nativeId: m.partNumber, joins: true }, ...mes.map(([nativeId, joins]) => ({ system: 'MES', kind: 'PART_NUMBER', nativeId, joins }))];
      assert.deepEqual(m.aliases.map(view).sort(byText), want.sort(byText), m.id);
      proposed += mes.filter(([, j]) => !j).length;
      variants += mes.filter(([s]) => s !== m.partNumber).length;
    }
    assert.ok(proposed > 0 && variants > proposed, `some MES spellings are proposed (${proposed}), more are linked variants (${variants})`);
  });

  test('parts and orders only the MES knows are unmatched, never invented', async () => {
    const body = await gql(pg, '{ unmatchedIdentities(kind: MATERIAL) { subjectKind system nativeId reason } orders: unmatchedIdentities(kind: PRODUCTION_ORDER) { nativeId reason } }');
    assert.deepEqual(body, { data: {
      unmatchedIdentities: [{ subjectKind: 'MATERIAL', system: 'MES', nativeId: 'NPI-9001', reason: 'no ERP part' }, { subjectKind: 'MATERIAL', system: 'MES', nativeId: 'NPI-9002', reason: 'no ERP part' }],
      orders: [{ nativeId: 'T900001-10', reason: 'no ERP job' }, { nativeId: 'T900002-10', reason: 'no ERP job' }] } });
  });

  test('MES production of a zero-padded MES order joins its ACME job, never the clashing ACME-MX job', async () => {
    const seed = pg.demo!.plant.config.seed;
    const clock = pg.demo!.clock();
    const produced = new Set(pg.demo!.truth.jobQuantities.filter((q) => q.goodQty > 0).map((q) => q.jobNum));
    const all = await orders();
    const mxJobs = new Set(all.filter((o) => o.company === 'ACME-MX').map((o) => o.jobNumber));
    const job = all.find((o) => o.company === 'ACME' && mxJobs.has(o.jobNumber) && produced.has(o.jobNumber) && renderMesJobNum(allMess, seed, o.jobNumber) !== o.jobNumber)
      ?? all.find((o) => o.company === 'ACME' && produced.has(o.jobNumber) && renderMesJobNum(allMess, seed, o.jobNumber) !== o.jobNumber)!;
    const range = { from: new Date(clock - 30 * 86_400_000).toISOString(), to: new Date(clock).toISOString() };
    const q = `query($id: ID!, $range: TimeRange!) { productionOrder(id: $id) { id productionRecords(range: $range) { productionOrder { id } operationSequence } } }`;
    const acme = await gql(pg, q, { id: job.id, range });
    assert.equal(acme.errors, undefined, JSON.stringify(acme.errors));
    assert.ok(acme.data.productionOrder.productionRecords.length > 0, `${job.id} (MES ${renderMesJobNum(allMess, seed, job.jobNumber)}) has MES production`);
    assert.ok(acme.data.productionOrder.productionRecords.every((r: { productionOrder: { id: string } }) => r.productionOrder.id === job.id));
    if (mxJobs.has(job.jobNumber)) {
      const mx = await gql(pg, q, { id: `ACME-MX/${job.jobNumber}`, range });
      assert.deepEqual(mx, { data: { productionOrder: { id: `ACME-MX/${job.jobNumber}`, productionRecords: [] } } });
    }
  });

  test('a proposed material link joins no data; confirmed by mutation, the order\'s MES material is the ERP part', async () => {
    const proposals = (await gql(pg, `{ identityProposals(kind: MATERIAL) { ${keyAliasFields} } }`)).data.identityProposals as (KeyAliasView & { id: string; canonicalId: string; method: string })[];
    const p = proposals[0]!;
    assert.equal(p.method, 'REVISION_VARIANT');
    const seed = pg.demo!.plant.config.seed;
    const listed = new Set((await orders()).map((o) => o.id));
    const order = pg.demo!.truth.orderIdentities.find((o) => listed.has(o.orderId) && renderMesPartNum(allMess, seed, o.partNum, o.revision) === p.nativeId)!;
    const q = `query($id: ID!) { productionOrder(id: $id) { mesMaterial { id } material { id } } }`;
    assert.deepEqual((await gql(pg, q, { id: order.orderId })).data, { productionOrder: { mesMaterial: null, material: { id: p.canonicalId } } });
    const confirmed = await gql(pg, `mutation($id: ID!) { confirmIdentityLink(id: $id, comment: "rev B still fits") { linkId verdict subjectKind canonicalId system nativeId equipment { id } material { id } current { status method ... on MaterialAlias { material { id } } } } }`, { id: p.id });
    assert.deepEqual(confirmed, { data: { confirmIdentityLink: { linkId: p.id, verdict: 'CONFIRMED', subjectKind: 'MATERIAL', canonicalId: p.canonicalId, system: 'MES', nativeId: p.nativeId,
      equipment: null, material: { id: p.canonicalId }, current: { status: 'CONFIRMED', method: 'CONFIRMED', material: { id: p.canonicalId } } } } });
    assert.deepEqual((await gql(pg, q, { id: order.orderId })).data, { productionOrder: { mesMaterial: { id: p.canonicalId }, material: { id: p.canonicalId } } });
    assert.deepEqual((await gql(pg, '{ identityDecisions(kind: MATERIAL) { linkId verdict } }')).data, { identityDecisions: [{ linkId: p.id, verdict: 'CONFIRMED' }] });
    assert.ok(!(await gql(pg, '{ identityProposals(kind: MATERIAL) { id } }')).data.identityProposals.some((x: { id: string }) => x.id === p.id));
  });
});
