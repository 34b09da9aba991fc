import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore, identityHeader, silentLogger } from '../../common/index.ts';
import type { DurableStore } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import type { EquipmentObservation } from '../../normalization/index.ts';
import { createRegistrySubgraph, createServer, loadConfig } from './index.ts';

const scope = { company: 'ACME', plant: 'MfgSys' };
const base = { opcPath: null, assetTag: null, serialNumber: null, validFromMs: null, validToMs: null };
const roster: EquipmentObservation[] = [
  { ...base, system: 'ERP', nativeId: 'PRESS-04', scope, name: 'Press 4', workCenter: 'PRS Stamping presses', refs: [], roster: { siteId: 'SITE1', areaId: 'FAB', workCenterId: 'PRS' } },
  { ...base, system: 'ERP', nativeId: 'MILL-04', scope, name: 'Mill 4', workCenter: 'MIL Vertical mills', refs: [], roster: { siteId: 'SITE1', areaId: 'MCH', workCenterId: 'MIL' } },
];
const machines: EquipmentObservation[] = [
  { ...base, system: 'MES', nativeId: 'P04', scope: { company: 'ACME', plant: null }, name: 'Press 4', workCenter: null, refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: 'PRESS-04' }], opcPath: 'Site1.Fab.Press04', roster: null },
  { ...base, system: 'MES', nativeId: 'VMA', scope: { company: 'ACME', plant: null }, name: 'Mill 4', workCenter: null, refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: '' }], roster: null },
];
const as = (sub: string, roles: string[]) => ({ [identityHeader]: Buffer.from(JSON.stringify({ sub, roles, sites: ['*'], iat: 0, requestId: 'r1' })).toString('base64url') });

async function withRegistry(f: (run: (query: string, headers?: Record<string, string>) => Promise<any>) => Promise<void>, store: DurableStore = createMemoryStore()) { // eslint-disable-line @typescript-eslint/no-explicit-any -- parse boundary
  const crosswalk = createCrosswalk(store, { maxAgeMs: 0 }); // no memo: every request reads the store
  await crosswalk.publishEquipment('ERP', roster);
  await crosswalk.publishEquipment('MES', machines);
  const runtime = await createRegistrySubgraph(loadConfig({}), { logger: silentLogger, store, crosswalk });
  const server = createServer(runtime);
  await server.start();
  try {
    await f(async (query, headers = {}) => {
      const res = await server.executeOperation({ query }, { contextValue: runtime.createContext({ requestId: 'r1', headers }) });
      return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) : null;
    });
  } finally { await server.stop(); }
}

test('Equipment.aliases lists the ERP id, the MES code and the OPC path it carries, with method and status', async () => {
  await withRegistry(async (run) => {
    assert.deepEqual(await run('{ _entities(representations: [{ __typename: "Equipment", id: "PRESS-04" }]) { ... on Equipment { aliases { id system kind nativeId scope validFrom validTo confidence method status evidence } } } }'), { data: { _entities: [{ aliases: [
      { id: 'ERP:ACME%2FMFGSYS:PRESS-04:PRESS-04', system: 'ERP', kind: 'RESOURCE_ID', nativeId: 'PRESS-04', scope: 'ACME/MFGSYS', validFrom: null, validTo: null, confidence: 1, method: 'ERP_MASTER', status: 'LINKED', evidence: [] },
      { id: 'MES:ACME%2F*:P04:PRESS-04', system: 'MES', kind: 'MACHINE_CODE', nativeId: 'P04', scope: 'ACME/*', validFrom: null, validTo: null, confidence: 1, method: 'EXACT_REFERENCE', status: 'LINKED', evidence: ['MES record names ERP resource "PRESS-04"'] },
      { id: 'MES:ACME%2F*:P04:PRESS-04', system: 'OPC', kind: 'ITEM_PATH', nativeId: 'Site1.Fab.Press04', scope: 'ACME/*', validFrom: null, validTo: null, confidence: 1, method: 'DERIVED', status: 'LINKED', evidence: ['carried by MES P04'] },
    ] }] } });
  });
});

test('identityProposals lists the proposal; confirming needs planner or maintenance and is stored', async () => {
  await withRegistry(async (run) => {
    assert.deepEqual(await run('{ identityProposals { id equipment { id } system nativeId confidence method status } }'), { data: { identityProposals: [
      { id: 'MES:ACME%2F*:VMA:MILL-04', equipment: { id: 'MILL-04' }, system: 'MES', nativeId: 'VMA', confidence: 0.75, method: 'FUZZY_NAME', status: 'PROPOSED' }] } });
    const confirm = 'mutation { confirmIdentityLink(id: "MES:ACME%2F*:VMA:MILL-04", comment: "checked on the floor") { linkId verdict system nativeId decidedBy comment equipment { id } current { status method } } }';
    for (const headers of [{}, as('bi-server', ['viewer'])]) {
      assert.deepEqual(await run(confirm, headers), { data: null, errors: [{ message: 'Mutation.confirmIdentityLink needs one of the roles planner, maintenance', path: ['confirmIdentityLink'], locations: [{ line: 1, column: 12 }],
        extensions: { code: 'FORBIDDEN_ROLE', detail: { field: 'Mutation.confirmIdentityLink', roles: 'planner,maintenance' } } }] });
    }
    assert.deepEqual(await run(confirm, as('ana', ['maintenance'])), { data: { confirmIdentityLink: {
      linkId: 'MES:ACME%2F*:VMA:MILL-04', verdict: 'CONFIRMED', system: 'MES', nativeId: 'VMA', decidedBy: 'ana', comment: 'checked on the floor', equipment: { id: 'MILL-04' }, current: { status: 'CONFIRMED', method: 'CONFIRMED' } } } });
    assert.deepEqual(await run('{ identityProposals { id } identityDecisions { linkId verdict decidedBy } }'), { data: { identityProposals: [], identityDecisions: [{ linkId: 'MES:ACME%2F*:VMA:MILL-04', verdict: 'CONFIRMED', decidedBy: 'ana' }] } });
  });
});

test('an unknown link id is IDENTITY_LINK_UNKNOWN; a failing store is IDENTITY_STORE_UNAVAILABLE, never an empty list', async () => {
  await withRegistry(async (run) => {
    const res = await run('mutation { rejectIdentityLink(id: "MES:x") { verdict } }', as('ana', ['planner']));
    assert.deepEqual(res.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['IDENTITY_LINK_UNKNOWN']);
  });
  const store = createMemoryStore();
  let broken = false;
  const flaky: DurableStore = { ...store, range: async <T>(ns: string, q: object) => { if (broken) throw new Error('disk gone'); return store.range<T>(ns, q); } };
  await withRegistry(async (run) => {
    broken = true;
    const res = await run('{ identityProposals { id } }');
    assert.deepEqual([res.data, res.errors.map((e: { extensions: { code: string; retryable: boolean } }) => [e.extensions.code, e.extensions.retryable])], [null, [['IDENTITY_STORE_UNAVAILABLE', true]]]);
  }, flaky);
});
