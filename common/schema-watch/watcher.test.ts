import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { createMemoryStore } from '../store/index.ts';
import { silentLogger } from '../logger.ts';
import { listSchemaChanges } from './change-log.ts';
import { createSchemaWatcher } from './watcher.ts';
import type { Fingerprint, SourceContract } from './types.ts';

const contract: SourceContract = { system: 'ERP', entities: [{ entity: 'dbo.vw_Ops', fields: [
  { name: 'OprSeq', type: 'integer' }, { name: 'QtyCompleted', type: 'number', feeds: ['Op.completed'] }, { name: 'Status', type: 'string', values: ['DONE'], valueMap: { COMPLETED: 'DONE' } }] }] };
const v1: Fingerprint = { system: 'ERP', version: '1', entities: [{ entity: 'dbo.vw_Ops', fields: [
  { name: 'OprSeq', type: 'integer' }, { name: 'QtyCompleted', type: 'number' }, { name: 'Status', type: 'string', values: ['DONE'] }] }] };
const v2: Fingerprint = { system: 'ERP', version: '2', entities: [{ entity: 'dbo.vw_Ops', fields: [
  { name: 'OprSeq', type: 'integer' }, { name: 'CompletedQty', type: 'number' }, { name: 'Status', type: 'string', values: ['COMPLETED'] }] }] };

test('the watcher reads through the remap, records each transition once across two processes, and RESTORED on the way back', async () => {
  const store = createMemoryStore();
  let served = v1;
  let now = Date.parse('2026-11-24T10:00:00Z');
  const mk = (subgraph: string) => createSchemaWatcher({ contract, fingerprint: async () => served, store, logger: silentLogger, subgraph, intervalMs: 0, clock: () => now });
  const a = mk('erp-a'), b = mk('erp-b');
  assert.deepEqual(await a.check('startup'), []);
  assert.deepEqual(await listSchemaChanges(store, { limit: 10 }), [], 'a source matching its contract at first start has no history');
  served = v2;
  now += 60_000;
  await a.check('manual');
  await b.check('manual');
  const row = { OprSeq: 10, CompletedQty: 5, Status: 'COMPLETED' };
  assert.equal(a.read('dbo.vw_Ops', row, 'QtyCompleted'), 5);
  assert.equal(a.read('dbo.vw_Ops', row, 'Status'), 'DONE');
  assert.equal(a.toSource('dbo.vw_Ops', 'Status', 'DONE'), 'COMPLETED');
  const log = await listSchemaChanges(store, { system: 'ERP', limit: 10 });
  assert.deepEqual(log.map((c) => [c.kind, c.field, c.remappedTo, c.detectedBy, c.sourceVersion]).sort(), [
    ['ENUM_CHANGED', 'Status', 'COMPLETED→DONE', 'erp-a', '2'], ['RENAMED', 'QtyCompleted', 'CompletedQty', 'erp-a', '2'], ['VERSION_CHANGED', '', null, 'erp-a', '2']]);
  assert.equal(a.changesRecorded(), 3);
  assert.equal(b.changesRecorded(), 0, 'the second process found the transition already recorded');
  served = v1;
  now += 60_000;
  await b.check('schedule');
  const back = await listSchemaChanges(store, { system: 'ERP', sinceMs: now, limit: 10 });
  assert.deepEqual(back.map((c) => c.kind).sort(), ['RESTORED', 'VERSION_CHANGED']);
});

test('an unmapped field reads undefined and its coded error names the source field', async () => {
  const store = createMemoryStore();
  const w = createSchemaWatcher({ contract, store, logger: silentLogger, subgraph: 'erp', intervalMs: 0,
    fingerprint: async () => ({ system: 'ERP', version: '3', entities: [{ entity: 'dbo.vw_Ops', fields: [{ name: 'OprSeq', type: 'integer' }, { name: 'Status', type: 'string' }] }] }) });
  await w.check('startup');
  assert.equal(w.read('dbo.vw_Ops', { OprSeq: 1, QtyCompleted: 9 }, 'QtyCompleted'), undefined);
  const [field] = w.unmapped('dbo.vw_Ops');
  assert.equal(field?.name, 'QtyCompleted');
  const err = w.unmappedError('dbo.vw_Ops', field!);
  assert.ok(err instanceof GraphQLError);
  assert.deepEqual(err.extensions, { code: 'SCHEMA_FIELD_UNMAPPED', source: 'ERP', retryable: false, detail: { entity: 'dbo.vw_Ops', field: 'QtyCompleted' } });
  assert.deepEqual((await listSchemaChanges(store, { limit: 5 })).map((c) => [c.kind, c.degradedFields]), [['REMOVED', ['Op.completed']]]);
});

test('a failed fingerprint keeps the last mapping; error-triggered rechecks are rate-limited', async () => {
  let calls = 0;
  let now = 0;
  const w = createSchemaWatcher({ contract, store: createMemoryStore(), logger: silentLogger, subgraph: 'erp', intervalMs: 0, errorRecheckGapMs: 1000, clock: () => now,
    fingerprint: async () => { calls++; if (calls > 1) throw new Error('down'); return v2; } });
  await w.check('startup');
  await w.check('manual');
  assert.deepEqual(w.access('dbo.vw_Ops', 'QtyCompleted').path, ['CompletedQty']);
  w.recheckAfterError(); w.recheckAfterError();
  await new Promise((r) => setImmediate(r));
  assert.equal(calls, 3);
  now = 2000;
  w.recheckAfterError();
  await new Promise((r) => setImmediate(r));
  assert.equal(calls, 4);
});

test('fields the source already served at the first fingerprint are the baseline; only later ones are ADDITIVE', async () => {
  const store = createMemoryStore();
  let extra = ['Plant'];
  const fingerprint = async (): Promise<Fingerprint> => ({ system: 'ERP', version: null, entities: [{ entity: 'dbo.vw_Ops', fields: [
    ...v1.entities[0]!.fields, ...extra.map((name) => ({ name, type: 'string' as const }))] }] });
  const w = createSchemaWatcher({ contract, fingerprint, store, logger: silentLogger, subgraph: 'erp', intervalMs: 0 });
  assert.deepEqual(await w.check('startup'), []);
  extra = ['Plant', 'Operator'];
  assert.deepEqual((await w.check('manual')).map((c) => [c.kind, c.field]), [['ADDITIVE', 'Operator']]);
  assert.deepEqual((await listSchemaChanges(store, { limit: 10 })).map((c) => [c.kind, c.field]), [['ADDITIVE', 'Operator']]);
});
