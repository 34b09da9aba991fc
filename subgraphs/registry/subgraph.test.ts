import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore, recordSchemaDiff, silentLogger } from '../../common/index.ts';
import { createRegistrySubgraph, createServer, loadConfig } from './index.ts';

async function run(query: string, seed = true) {
  const store = createMemoryStore();
  if (seed) {
    await recordSchemaDiff(store, { system: 'MES', version: '7.0.1', detectedBy: 'mes', nowMs: Date.parse('2026-11-24T10:00:00Z'), changes: [
      { system: 'MES', entity: 'GetProductionRecords/ProductionRecord', field: 'GoodQty', kind: 'RENAMED', remappedTo: 'QtyGood', confidence: 1,
        evidence: { nameSimilarity: 1, typeMatch: 1, profile: null, valueProfile: 0.97, valueProfileDetail: 'before (GoodQty): integer 0–480; after (QtyGood): integer 0–470', runnerUp: 0.7 }, degradedFields: [], detail: 'GoodQty is now read from QtyGood' }] });
    await recordSchemaDiff(store, { system: 'ERP', version: null, detectedBy: 'erp', nowMs: Date.parse('2026-11-24T11:00:00Z'), changes: [
      { system: 'ERP', entity: 'dbo.vw_JobOperStatus', field: 'ActualStartDate', kind: 'REMOVED', remappedTo: null, confidence: null, evidence: null,
        degradedFields: ['ProductionOrderOperation.actualStart'], detail: 'gone' }] });
  }
  const runtime = await createRegistrySubgraph(loadConfig({}), { logger: silentLogger, store });
  const server = createServer(runtime);
  await server.start();
  try {
    const res = await server.executeOperation({ query }, { contextValue: runtime.createContext({ requestId: 'r1', headers: {} }) });
    assert.equal(res.body.kind, 'single');
    return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) as { data?: unknown; errors?: { message: string; path: unknown; extensions?: Record<string, unknown> }[] } : null;
  } finally { await server.stop(); }
}

test('schemaChanges lists recorded changes newest first with classification, remap and evidence', async () => {
  const res = await run('{ schemaChanges { system entity field kind detectedAt detectedBy sourceVersion remappedTo confidence evidence { nameSimilarity typeMatch profile valueProfile valueProfileDetail runnerUp } degradedFields } }');
  assert.deepEqual(res, { data: { schemaChanges: [
    { system: 'ERP', entity: 'dbo.vw_JobOperStatus', field: 'ActualStartDate', kind: 'REMOVED', detectedAt: '2026-11-24T11:00:00.000Z', detectedBy: 'erp',
      sourceVersion: null, remappedTo: null, confidence: null, evidence: null, degradedFields: ['ProductionOrderOperation.actualStart'] },
    { system: 'MES', entity: 'GetProductionRecords/ProductionRecord', field: 'GoodQty', kind: 'RENAMED', detectedAt: '2026-11-24T10:00:00.000Z', detectedBy: 'mes',
      sourceVersion: '7.0.1', remappedTo: 'QtyGood', confidence: 1, evidence: { nameSimilarity: 1, typeMatch: 1, profile: null, valueProfile: 0.97,
        valueProfileDetail: 'before (GoodQty): integer 0–480; after (QtyGood): integer 0–470', runnerUp: 0.7 }, degradedFields: [] },
  ] } });
});

test('schemaChanges filters by system and since', async () => {
  assert.deepEqual(await run('{ schemaChanges(system: MES) { field } }'), { data: { schemaChanges: [{ field: 'GoodQty' }] } });
  assert.deepEqual(await run('{ schemaChanges(since: "2026-11-24T10:30:00Z") { field } }'), { data: { schemaChanges: [{ field: 'ActualStartDate' }] } });
  assert.deepEqual(await run('{ schemaChanges { field } }', false), { data: { schemaChanges: [] } });
});

test('schemaChanges refuses a bad since or first with a coded error', async () => {
  const bad = await run('{ schemaChanges(since: "yesterday") { field } }');
  assert.deepEqual(bad?.errors?.map((e) => [e.extensions?.['code'], e.message, e.path]), [['INVALID_TIME_RANGE', 'since is not an ISO-8601 instant: yesterday', ['schemaChanges']]]);
  const many = await run('{ schemaChanges(first: 5000) { field } }');
  assert.deepEqual(many?.errors?.map((e) => e.extensions?.['code']), ['BAD_USER_INPUT']);
});
