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
import { renderErpCode } from '../simulators/mes/index.ts';
import { postGraphql } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import type { RunningPlantGraph } from './plantgraph.ts';

const demo = { plant: { days: 4 }, mess: allMess };

async function startSynced(store?: DurableStore): Promise<RunningPlantGraph> {
  const pg = await startPlantGraph({ demo, gateway: { port: 0 }, ...(store === undefined ? {} : { store }) });
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
    const body = await gql(pg, `{ equipmentList(first: 500) { edges { node { id aliases { ${aliasFields} } } } } identityProposals { id } unmatchedIdentities { system nativeId } }`);
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

  test('a rejection made before a restart on the same LMDB store still wins after it (store closed and reopened)', async () => {
    let store = await openStore({ kind: 'lmdb', path: dir });
    const first = await startSynced(store);
    let linkId: string;
    try {
      const aliases = (await gql(first, '{ equipment(id: "LATHE-02") { aliases { id system kind } } }')).data.equipment.aliases as Alias[];
      linkId = aliases.find((a) => a.system === 'CMMS' && a.kind === 'ASSET_ID')!.id;
      assert.equal((await gql(first, 'mutation($id: ID!) { rejectIdentityLink(id: $id) { verdict } }', { id: linkId })).data.rejectIdentityLink.verdict, 'REJECTED');
    } finally { await first.close(); await store.close(); }
    store = await openStore({ kind: 'lmdb', path: dir });
    const second = await startSynced(store);
    try {
      const body = await gql(second, '{ identityDecisions { linkId verdict } equipment(id: "LATHE-02") { aliases { id } physicalAssets { id } } }');
      assert.deepEqual(body.data.identityDecisions, [{ linkId, verdict: 'REJECTED' }]);
      assert.ok(!body.data.equipment.aliases.some((a: { id: string }) => a.id === linkId), 'the rejected link is not offered again');
      assert.ok(!body.data.equipment.physicalAssets.some((a: { id: string }) => linkId.includes(encodeURIComponent(a.id))), 'its asset is no longer joined');
    } finally { await second.close(); await store.close(); }
  });
});
