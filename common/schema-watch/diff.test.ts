import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContract, remapThreshold, scoreCandidate } from './diff.ts';
import type { ProfileEvidence } from './diff.ts';
import { profileOf } from './profile.ts';
import { nameSimilarity, nameTokens } from './similarity.ts';
import type { DeclaredField, Fingerprint, SourceContract } from './types.ts';

const contract: SourceContract = {
  system: 'MES',
  entities: [
    {
      entity: 'ProductionRecord', fields: [
        { name: 'RecordId', type: 'integer' }, { name: 'GoodQty', type: 'number', feeds: ['ProductionRecord.goodQuantity'] },
        { name: 'RejectQty', type: 'number', feeds: ['ProductionRecord.rejectQuantity'] }, { name: 'UoM', type: 'string' },
      ],
    },
    { entity: 'Equipment', fields: [{ name: 'Code', type: 'string' }, { name: 'ErpResourceCode', type: 'string', feeds: ['Equipment.id'] }] },
    { entity: 'StateInterval', fields: [{ name: 'StateCode', type: 'integer' }, { name: 'Reason', type: 'string', feeds: ['StateInterval.reasonText'] }] },
  ],
};
const fp = (entities: Fingerprint['entities']): Fingerprint => ({ system: 'MES', version: '7.0.1', entities });

test('nameTokens splits camelCase, acronyms, paths and underscores', () => {
  assert.deepEqual(nameTokens('ExternalRefs/ErpCode'), ['external', 'refs', 'erp', 'code']);
  assert.deepEqual(nameTokens('OPCPath_v2'), ['opc', 'path', 'v2']);
});

test('nameSimilarity: reordered and inflected words are the same name; unrelated names are not', () => {
  assert.equal(nameSimilarity('GoodQty', 'QtyGood'), 1);
  assert.equal(nameSimilarity('RejectQty', 'QtyRejected'), 1);
  assert.equal(nameSimilarity('QtyCompleted', 'CompletedQty'), 1);
  assert.equal(nameSimilarity('Reason', 'Reason/Text'), 0.95);
  assert.ok(nameSimilarity('ErpResourceCode', 'ExternalRefs/ErpCode') >= 0.8);
  assert.ok(nameSimilarity('ErpResourceCode', 'ExternalRefs/CmmsRef') < 0.3);
  assert.ok(nameSimilarity('GoodQty', 'QtyRejected') <= 0.5);
});

test('a source matching its contract diffs to nothing and reads every field as declared', () => {
  const d = diffContract(contract, fp([{ entity: 'ProductionRecord', fields: [
    { name: 'RecordId', type: 'integer' }, { name: 'GoodQty', type: 'number' }, { name: 'RejectQty', type: 'number' }, { name: 'UoM', type: 'string' }] }]));
  assert.deepEqual(d.changes, []);
  assert.deepEqual(d.access.get('ProductionRecord')?.get('GoodQty'), { path: ['GoodQty'], valueMap: null, unmapped: false });
  assert.equal(d.access.has('Equipment'), false, 'entities not observed keep their mapping');
});

test('renamed fields are remapped by name and type evidence, each to its own candidate; new fields are additive', () => {
  const d = diffContract(contract, fp([{ entity: 'ProductionRecord', fields: [
    { name: 'RecordId', type: 'integer' }, { name: 'QtyGood', type: 'number' }, { name: 'QtyRejected', type: 'number' }, { name: 'UoM', type: 'string' },
    { name: 'Shift', type: 'integer' }] }]));
  assert.deepEqual(d.changes.map((c) => [c.field, c.kind, c.remappedTo, c.confidence]), [
    ['GoodQty', 'RENAMED', 'QtyGood', 1], ['RejectQty', 'RENAMED', 'QtyRejected', 1], ['Shift', 'ADDITIVE', null, null]]);
  assert.deepEqual(d.changes[0]?.evidence, { nameSimilarity: 1, typeMatch: 1, profile: null, valueProfile: null, valueProfileDetail: null, runnerUp: 0.7 });
  assert.deepEqual(d.access.get('ProductionRecord')?.get('RejectQty')?.path, ['QtyRejected']);
});

test('a field moved into a nested element is MOVED; a scalar wrapped into an element is read from its text child', () => {
  const d = diffContract(contract, fp([
    { entity: 'Equipment', fields: [{ name: 'Code', type: 'string' }, { name: 'ExternalRefs', type: 'object' },
      { name: 'ExternalRefs/ErpCode', type: 'string' }, { name: 'ExternalRefs/CmmsRef', type: 'string' }] },
    { entity: 'StateInterval', fields: [{ name: 'StateCode', type: 'integer' }, { name: 'Reason', type: 'object' },
      { name: 'Reason/Text', type: 'string' }, { name: 'Reason/Category', type: 'string' }] },
  ]));
  assert.deepEqual(d.changes.map((c) => [c.entity, c.field, c.kind, c.remappedTo]), [
    ['Equipment', 'ErpResourceCode', 'MOVED', 'ExternalRefs/ErpCode'], ['Equipment', 'ExternalRefs/CmmsRef', 'ADDITIVE', null],
    ['StateInterval', 'Reason', 'MOVED', 'Reason/Text'], ['StateInterval', 'Reason/Category', 'ADDITIVE', null]]);
});

test('a removed field with no candidate degrades the canonical fields it feeds', () => {
  const d = diffContract(contract, fp([{ entity: 'ProductionRecord', fields: [
    { name: 'RecordId', type: 'integer' }, { name: 'GoodQty', type: 'number' }, { name: 'UoM', type: 'string' }] }]));
  assert.deepEqual(d.changes.map((c) => [c.field, c.kind, c.degradedFields]), [['RejectQty', 'REMOVED', ['ProductionRecord.rejectQuantity']]]);
  assert.deepEqual(d.access.get('ProductionRecord')?.get('RejectQty'), { path: null, valueMap: null, unmapped: true });
});

test('weak or ambiguous evidence is not enough: two equally good candidates degrade the field instead of guessing', () => {
  const c: SourceContract = { system: 'ERP', entities: [{ entity: 'v', fields: [{ name: 'Qty', type: 'number', feeds: ['T.q'] }] }] };
  const d = diffContract(c, { system: 'ERP', version: null, entities: [{ entity: 'v', fields: [{ name: 'QtyA', type: 'number' }, { name: 'QtyB', type: 'number' }] }] });
  assert.equal(d.changes[0]?.kind, 'REMOVED');
  assert.deepEqual(d.changes[0]?.degradedFields, ['T.q']);
  const weak = diffContract(c, { system: 'ERP', version: null, entities: [{ entity: 'v', fields: [{ name: 'Operator', type: 'string' }] }] });
  assert.deepEqual(weak.changes.map((x) => x.kind), ['REMOVED', 'ADDITIVE']);
});

test('type and vocabulary changes read through the declared value map; uncovered ones degrade', () => {
  const c: SourceContract = { system: 'CMMS', entities: [{ entity: 'WorkOrder', fields: [
    { name: 'status', type: 'string', values: ['OPEN', 'DONE'], valueMap: { COMPLETED: 'DONE' } },
    { name: 'priority', type: 'integer', valueMap: { low: 0, urgent: 3 }, feeds: ['MaintenanceWorkOrder.priority'] },
    { name: 'laborHours', type: 'number', feeds: ['MaintenanceWorkOrder.laborHours'] }] }] };
  const d = diffContract(c, { system: 'CMMS', version: '2024-06-01', entities: [{ entity: 'WorkOrder', fields: [
    { name: 'status', type: 'string', values: ['OPEN', 'COMPLETED'] }, { name: 'priority', type: 'string', values: ['low', 'urgent'] },
    { name: 'laborHours', type: 'string' }] }] });
  assert.deepEqual(d.changes.map((x) => [x.field, x.kind, x.remappedTo, x.degradedFields]), [
    ['status', 'ENUM_CHANGED', 'COMPLETED→DONE', []], ['priority', 'TYPE_CHANGED', 'priority via value map', []],
    ['laborHours', 'TYPE_CHANGED', null, ['MaintenanceWorkOrder.laborHours']]]);
  assert.deepEqual(d.access.get('WorkOrder')?.get('status')?.valueMap, { COMPLETED: 'DONE' });
});

test('scoreCandidate weighs vocabulary overlap when both sides declare values', () => {
  const s = scoreCandidate({ name: 'state', type: 'string', values: ['A', 'B'] }, { name: 'status', type: 'string', values: ['A', 'B'] });
  assert.equal(s.evidence.profile, 1);
  assert.ok(s.score > 0.8);
});

test('value profiles: a rename with a dissimilar name is remapped when its values match; a well-named decoy with other values is not', () => {
  const c: SourceContract = { system: 'MES', entities: [{ entity: 'ProductionRecord', fields: [
    { name: 'RecordId', type: 'integer' }, { name: 'GoodQty', type: 'number', feeds: ['ProductionRecord.goodQuantity'] }] }] };
  // The good count: whole numbers 0–440, a handful distinct. Yield carries it now; QtyGoodPct (a yield ratio) sounds right but is 0–1 decimals.
  const goodCounts = Array.from({ length: 80 }, (_, i) => String((i % 12) * 40));
  const profiles = {
    GoodQty: profileOf(goodCounts), Yield: profileOf(goodCounts.map((v, i) => String(Number(v) + (i % 3)))),
    QtyGoodPct: profileOf(Array.from({ length: 80 }, (_, i) => String(0.9 + (i % 97) / 1000))),
  } as const;
  const evidence: ProfileEvidence = {
    before: (_e, field) => (field === 'GoodQty' ? profiles.GoodQty : undefined),
    after: (_e, path) => (path === 'Yield' ? profiles.Yield : path === 'QtyGoodPct' ? profiles.QtyGoodPct : undefined),
  };
  const served = fp([{ entity: 'ProductionRecord', fields: [{ name: 'RecordId', type: 'integer' }, { name: 'Yield', type: 'number' }, { name: 'QtyGoodPct', type: 'number' }] }]);
  // Names alone pick the decoy: the test would pass without value evidence only if the decoy were refused anyway.
  assert.deepEqual(diffContract(c, served).changes.map((x) => [x.field, x.kind, x.remappedTo]), [['GoodQty', 'RENAMED', 'QtyGoodPct'], ['Yield', 'ADDITIVE', null]]);
  const d = diffContract(c, served, evidence);
  assert.deepEqual(d.changes.map((x) => [x.field, x.kind, x.remappedTo]), [['GoodQty', 'RENAMED', 'Yield'], ['QtyGoodPct', 'ADDITIVE', null]]);
  const ev = d.changes[0]!.evidence!;
  assert.ok(ev.valueProfile! > 0.9 && ev.nameSimilarity < 0.3 && d.changes[0]!.confidence! >= remapThreshold, JSON.stringify(d.changes[0]));
  assert.match(ev.valueProfileDetail!, /^before \(GoodQty\): integer 0–440, .*; after \(Yield\): integer 0–442, /);
  // The decoy alone: its name would carry it (0.88), its values refuse it.
  const decoyOnly = fp([{ entity: 'ProductionRecord', fields: [{ name: 'RecordId', type: 'integer' }, { name: 'QtyGoodPct', type: 'number' }] }]);
  assert.equal(diffContract(c, decoyOnly).changes[0]?.kind, 'RENAMED');
  const refused = diffContract(c, decoyOnly, evidence).changes[0]!;
  assert.deepEqual([refused.kind, refused.degradedFields], ['REMOVED', ['ProductionRecord.goodQuantity']]);
  assert.ok(refused.evidence!.valueProfile! < 0.4);
});

test('value profiles never outvote the type: an incompatible candidate with matching values keeps its name/type score', () => {
  const d: DeclaredField = { name: 'GoodQty', type: 'number' };
  const same = profileOf(Array.from({ length: 20 }, (_, i) => String(i)));
  const withValues = scoreCandidate(d, { name: 'Yield', type: 'datetime' }, { before: same, after: same });
  assert.equal(withValues.score, scoreCandidate(d, { name: 'Yield', type: 'datetime' }).score);
  assert.equal(withValues.evidence.valueProfile, 1);
});
