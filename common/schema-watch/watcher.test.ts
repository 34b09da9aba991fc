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
  assert.deepEqual(err.extensions, { code: 'SCHEMA_FIELD_UNMAPPED', source: 'ERP', retryable: false, detail: { entity: 'dbo.vw_Ops', field: 'QtyCompleted', canonical: 'Op.completed' } });
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

const mesContract: SourceContract = { system: 'MES', entities: [{ entity: 'ProductionRecord', fields: [
  { name: 'RecordId', type: 'integer' }, { name: 'GoodQty', type: 'number', feeds: ['ProductionRecord.goodQuantity'] },
  { name: 'RejectReason', type: 'string', feeds: ['ProductionRecord.rejectReasonText', 'ProductionRecord.rejectReason'] }] }] };
const mesFp = (...names: string[]): Fingerprint => ({ system: 'MES', version: null, entities: [{ entity: 'ProductionRecord', fields: [
  { name: 'RecordId', type: 'integer' }, ...names.map((name) => ({ name, type: name === 'RejectReason' ? 'string' as const : 'number' as const }))] }] });
const records = (good: string, n = 40) => Array.from({ length: n }, (_, i) => ({ RecordId: String(i), [good]: String((i % 9) * 25), RejectReason: 'DIM' }));

test('readResponse: a response that does not fit the fingerprint re-fingerprints within the call, once for concurrent readers, and maps the same records again', async () => {
  let served = mesFp('GoodQty', 'RejectReason');
  let fingerprints = 0;
  const w = createSchemaWatcher({ contract: mesContract, store: createMemoryStore(), logger: silentLogger, subgraph: 'mes', intervalMs: 0,
    fingerprint: async () => { fingerprints++; await new Promise((r) => setTimeout(r, 5)); return served; } });
  await w.check('startup');
  const before = records('GoodQty');
  const read = (rows: readonly Record<string, unknown>[]) => w.readResponse('ProductionRecord', rows, () => rows.map((r) => {
    const v = w.read('ProductionRecord', r, 'GoodQty');
    if (v === undefined) throw new Error('contract');
    return Number(v);
  }), (e) => e instanceof Error && e.message === 'contract');
  const expected = before.map((r) => Number(r.GoodQty));
  assert.deepEqual(await read(before), expected);
  // The vendor renames GoodQty to QtyGood and nobody tells the subgraph.
  served = mesFp('QtyGood', 'RejectReason');
  const after = records('QtyGood');
  const [a, b] = await Promise.all([read(after), read(after)]);
  assert.deepEqual([a, b], [expected, expected], 'the first reads after the upgrade answer as before');
  assert.equal(fingerprints, 2, 'one re-fingerprint shared by both readers');
  assert.deepEqual(w.current().changes.map((c) => [c.kind, c.field, c.remappedTo]), [['RENAMED', 'GoodQty', 'QtyGood']]);
  // A response no fingerprint explains fails with its own error after one more (fruitless) fingerprint; the next one
  // within errorRecheckGapMs fails without another.
  await assert.rejects(read([{ RecordId: '1', Nothing: '3' }]), /contract/);
  assert.equal(fingerprints, 3);
  await assert.rejects(read([{ RecordId: '2', Nothing: '4' }]), /contract/);
  assert.equal(fingerprints, 3);
});

test('observe: a field unmapped for want of evidence is remapped once the new field has values like the old one', async () => {
  let served = mesFp('GoodQty', 'RejectReason');
  const store = createMemoryStore();
  const w = createSchemaWatcher({ contract: mesContract, store, logger: silentLogger, subgraph: 'mes', intervalMs: 0, fingerprint: async () => served });
  await w.check('startup');
  w.observe('ProductionRecord', records('GoodQty'));
  served = mesFp('Yield', 'RejectReason');
  await w.check('schedule');
  assert.equal(w.access('ProductionRecord', 'GoodQty').unmapped, true, 'the name alone is no evidence');
  const g = w.generation();
  w.observe('ProductionRecord', records('Yield'));
  assert.equal(w.generation(), g + 1);
  assert.deepEqual(w.access('ProductionRecord', 'GoodQty').path, ['Yield']);
  const c = w.current().changes.find((x) => x.field === 'GoodQty')!;
  assert.equal(c.kind, 'RENAMED');
  assert.equal(c.evidence?.valueProfile, 1);
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual((await listSchemaChanges(store, { limit: 10 })).map((x) => [x.kind, x.field, x.remappedTo]).sort(),
    [['ADDITIVE', 'Yield', null], ['REMOVED', 'GoodQty', null], ['RENAMED', 'GoodQty', 'Yield']].sort(), 'both transitions are in the log');
});

test('markDegraded marks each canonical field fed by an unmapped field with an error naming source and canonical fields', async () => {
  const w = createSchemaWatcher({ contract: mesContract, store: createMemoryStore(), logger: silentLogger, subgraph: 'mes', intervalMs: 0, fingerprint: async () => mesFp('GoodQty') });
  const plain = {};
  assert.equal(w.markDegraded('ProductionRecord', plain), plain, 'nothing unmapped before the first fingerprint');
  await w.check('startup');
  assert.deepEqual(w.degradable('ProductionRecord').map((f) => f.name), ['RejectReason']);
  const err = w.unmappedError('ProductionRecord', w.degradable('ProductionRecord'), ['ProductionRecord.rejectReason']);
  assert.deepEqual(err.extensions, { code: 'SCHEMA_FIELD_UNMAPPED', source: 'MES', retryable: false,
    detail: { entity: 'ProductionRecord', field: 'RejectReason', canonical: 'ProductionRecord.rejectReason' } });
  assert.equal(w.fits('ProductionRecord', { RecordId: '1', GoodQty: '3' }), true);
  assert.equal(w.fits('ProductionRecord', { RecordId: '1', GoodQty: '3', Shift: 'B' }), false, 'an element the WSDL does not declare');
  assert.equal(w.fits('ProductionRecord', { RecordId: '1', GoodQty: { Value: '3' } }), false, 'a scalar wrapped into an element');
  assert.equal(w.fits('ProductionRecord', { RecordId: '1', GoodQty: { attributes: { 'xsi:nil': 'true' } } }), true, 'a nil element is still a scalar');
});
