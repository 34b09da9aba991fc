import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContract } from '../../../common/index.ts';
import { openApiDocument } from '../../../simulators/cmms/openapi.ts';
import { cmmsContract, openApiEntities } from './contract.ts';

const entities = cmmsContract.entities.map((e) => e.entity);
const fingerprint = (version: '2023-01-15' | '2024-06-01') => ({ system: 'CMMS' as const, version, entities: openApiEntities(openApiDocument(version), entities) });

test('the 2023-01-15 OpenAPI document is the declared contract: no change but its extra properties', () => {
  assert.deepEqual(diffContract(cmmsContract, fingerprint('2023-01-15')).changes.filter((c) => c.kind !== 'ADDITIVE'), []);
});

test('the 2024-06-01 document: COMPLETED and named priorities are read through the declared value maps', () => {
  const d = diffContract(cmmsContract, fingerprint('2024-06-01'));
  assert.deepEqual(d.changes.filter((c) => c.kind !== 'ADDITIVE').map((c) => [c.entity, c.field, c.kind, c.remappedTo, c.degradedFields]), [
    ['WorkOrder', 'status', 'ENUM_CHANGED', 'COMPLETED→DONE', []], ['WorkOrder', 'priority', 'TYPE_CHANGED', 'priority via value map', []]]);
  assert.deepEqual(d.access.get('WorkOrder')?.get('priority')?.valueMap?.['urgent'], 3);
});

test('OpenAPI flattening resolves $ref and oneOf, keeps enums and nested properties', () => {
  const [wo] = openApiEntities(openApiDocument('2023-01-15'), ['WorkOrder']);
  const byName = new Map(wo!.fields.map((f) => [f.name, f]));
  assert.deepEqual(byName.get('type'), { name: 'type', type: 'string', values: ['CORRECTIVE', 'PREVENTIVE', 'INSPECTION', 'CALIBRATION'] });
  assert.deepEqual(byName.get('failure'), { name: 'failure', type: 'object' });
  assert.deepEqual(byName.get('failure/classCode'), { name: 'failure/classCode', type: 'string' });
  assert.deepEqual(byName.get('startedAt'), { name: 'startedAt', type: 'datetime' });
  assert.deepEqual(openApiEntities({ openapi: '3.1.0' }, ['WorkOrder']), [{ entity: 'WorkOrder', fields: [] }]);
});
