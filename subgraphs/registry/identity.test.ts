import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore, identityHeader, silentLogger } from '../../common/index.ts';
import type { DurableStore } from '../../common/index.ts';
import { createCrosswalk } from '../../normalization/index.ts';
import type { EquipmentObservation, KeyObservation } from '../../normalization/index.ts';
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
    assert.deepEqual(await run('{ identityProposals { id subjectKind canonicalId ... on EquipmentAlias { equipment { id } } system nativeId confidence method status } }'), { data: { identityProposals: [
      { id: 'MES:ACME%2F*:VMA:MILL-04', subjectKind: 'EQUIPMENT', canonicalId: 'MILL-04', equipment: { id: 'MILL-04' }, system: 'MES', nativeId: 'VMA', confidence: 0.75, method: 'FUZZY_NAME', status: 'PROPOSED' }] } });
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

test('Material and ProductionOrder aliases; key proposals by kind; rejecting a key link is stored and seen by a new crosswalk on the same store', async () => {
  const store = createMemoryStore();
  const keys = createCrosswalk(store);
  const k = (kind: KeyObservation['kind'], system: KeyObservation['system'], nativeId: string, company: string, extra: Partial<KeyObservation> = {}): KeyObservation =>
    ({ kind, system, nativeId, scope: { company, plant: null }, revision: null, partNum: null, ...extra });
  await keys.publishKeys('MATERIAL', 'ERP', [k('MATERIAL', 'ERP', 'BRK-1001  ', 'ACME', { revision: 'B' })], { complete: true });
  await keys.publishKeys('MATERIAL', 'MES', [k('MATERIAL', 'MES', 'BRK-001001', 'ACME'), k('MATERIAL', 'MES', 'BRK-1001-RA', 'ACME')]);
  await keys.publishKeys('PRODUCTION_ORDER', 'ERP', [k('PRODUCTION_ORDER', 'ERP', 'J004512', 'ACME', { partNum: 'BRK-1001' }), k('PRODUCTION_ORDER', 'ERP', 'J004512', 'ACME-MX', { partNum: 'BRK-1001' })], { complete: true });
  await keys.publishKeys('PRODUCTION_ORDER', 'MES', [k('PRODUCTION_ORDER', 'MES', 'J00004512-10', 'ACME', { partNum: 'BRK-001001' })]);
  await withRegistry(async (run) => {
    const q = `{ _entities(representations: [{ __typename: "Material", id: "ACME/BRK-1001" }, { __typename: "ProductionOrder", id: "ACME/J004512" }, { __typename: "ProductionOrder", id: "ACME-MX/J004512" }]) {
      ... on Material { aliases { id subjectKind canonicalId material { id } system kind nativeId scope validFrom confidence method status evidence } }
      ... on ProductionOrder { aliases { system kind nativeId operationSequence status } } } }`;
    assert.deepEqual(await run(q), { data: { _entities: [
      { aliases: [
        { id: 'MATERIAL:ERP:ACME%2F*:BRK-1001:ACME%2FBRK-1001', subjectKind: 'MATERIAL', canonicalId: 'ACME/BRK-1001', material: { id: 'ACME/BRK-1001' }, system: 'ERP', kind: 'PART_NUMBER', nativeId: 'BRK-1001  ', scope: 'ACME/*', validFrom: null, confidence: 1, method: 'ERP_MASTER', status: 'LINKED', evidence: [] },
        { id: 'MATERIAL:MES:ACME%2F*:BRK-001001:ACME%2FBRK-1001', subjectKind: 'MATERIAL', canonicalId: 'ACME/BRK-1001', material: { id: 'ACME/BRK-1001' }, system: 'MES', kind: 'PART_NUMBER', nativeId: 'BRK-001001', scope: 'ACME/*', validFrom: null, confidence: 0.9, method: 'NORMALISED_REFERENCE', status: 'LINKED',
          evidence: ['"BRK-001001" ≈ "BRK-1001" without padding, separators and leading zeros'] },
        { id: 'MATERIAL:MES:ACME%2F*:BRK-1001-RA:ACME%2FBRK-1001', subjectKind: 'MATERIAL', canonicalId: 'ACME/BRK-1001', material: { id: 'ACME/BRK-1001' }, system: 'MES', kind: 'PART_NUMBER', nativeId: 'BRK-1001-RA', scope: 'ACME/*', validFrom: null, confidence: 0.7, method: 'REVISION_VARIANT', status: 'PROPOSED',
          evidence: ['"BRK-1001-RA" is "BRK-1001" with a revision suffix', "revision A is not the ERP part's revision B: may be another part"] },
      ] },
      { aliases: [{ system: 'ERP', kind: 'JOB_NUMBER', nativeId: 'J004512', operationSequence: null, status: 'LINKED' }, { system: 'MES', kind: 'ORDER_ID', nativeId: 'J00004512-10', operationSequence: 10, status: 'LINKED' }] },
      { aliases: [{ system: 'ERP', kind: 'JOB_NUMBER', nativeId: 'J004512', operationSequence: null, status: 'LINKED' }] },
    ] } });
    assert.deepEqual(await run('{ m: identityProposals(kind: MATERIAL) { id } o: identityProposals(kind: PRODUCTION_ORDER) { id } e: identityProposals(kind: EQUIPMENT) { id } }'),
      { data: { m: [{ id: 'MATERIAL:MES:ACME%2F*:BRK-1001-RA:ACME%2FBRK-1001' }], o: [], e: [{ id: 'MES:ACME%2F*:VMA:MILL-04' }] } });
    const reject = 'mutation { rejectIdentityLink(id: "MATERIAL:MES:ACME%2F*:BRK-001001:ACME%2FBRK-1001") { verdict subjectKind canonicalId equipment { id } material { id } productionOrder { id } current { id } } }';
    assert.deepEqual(await run(reject, as('ana', ['planner'])), { data: { rejectIdentityLink: {
      verdict: 'REJECTED', subjectKind: 'MATERIAL', canonicalId: 'ACME/BRK-1001', equipment: null, material: { id: 'ACME/BRK-1001' }, productionOrder: null, current: null } } });
    const unknown = await run('mutation { confirmIdentityLink(id: "MATERIAL:MES:x") { verdict } }', as('ana', ['planner']));
    assert.deepEqual(unknown.errors.map((e: { message: string; extensions: { code: string } }) => [e.message, e.extensions.code]), [['No identity link or proposal has id "MATERIAL:MES:x"', 'IDENTITY_LINK_UNKNOWN']]);
  }, store);
  // A new crosswalk (another process, a restart) over the same store: the rejection wins, the pair is unmatched.
  const again = createCrosswalk(store);
  assert.deepEqual((await again.keyAliasesOf('MATERIAL', 'acme/brk-1001')).map((a) => [a.system, a.nativeId, a.status]), [['ERP', 'BRK-1001  ', 'LINKED'], ['MES', 'BRK-1001-RA', 'PROPOSED']]);
  assert.deepEqual((await again.keyMatch()).unmatched, [{ kind: 'MATERIAL', system: 'MES', nativeId: 'BRK-001001', reason: 'no ERP part' }]);
  assert.deepEqual((await again.keyDecisions()).map((d) => [d.kind, d.subject.nativeId, d.canonicalId, d.verdict, d.by]), [['MATERIAL', 'BRK-001001', 'ACME/BRK-1001', 'REJECTED', 'ana']]);
});
