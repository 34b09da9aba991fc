import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffContract } from '../../../common/index.ts';
import { shopFloorWsdl } from '../../../simulators/mes/wsdl.ts';
import { mesContract, wsdlEntities } from './contract.ts';

const entities = mesContract.entities.map((e) => e.entity);
const fingerprint = (version: 'v1' | 'v2') => {
  const r = wsdlEntities(shopFloorWsdl(version, 'http://mes.invalid/ShopFloorService.asmx'), entities);
  return { system: 'MES' as const, version: r.version, entities: r.entities };
};

test('the v1 WSDL is the declared contract: no change but its extra elements', () => {
  const fp = fingerprint('v1');
  assert.equal(fp.version, '6.2.4');
  assert.deepEqual(diffContract(mesContract, fp).changes.filter((c) => c.kind !== 'ADDITIVE'), []);
});

test('the v2 WSDL diffs to the vendor upgrade: moves and renames remapped by evidence, new elements additive', () => {
  const fp = fingerprint('v2');
  assert.equal(fp.version, '7.0.1');
  assert.deepEqual(fp.entities.find((e) => e.entity === 'Equipment')?.fields.filter((f) => f.name.startsWith('ExternalRefs')),
    [{ name: 'ExternalRefs', type: 'object' }, { name: 'ExternalRefs/ErpCode', type: 'string' }, { name: 'ExternalRefs/CmmsRef', type: 'string' }]);
  // Elements v1 already had beyond the contract are the baseline (the watch does not report them), not upgrade news.
  const baseline = new Set(diffContract(mesContract, fingerprint('v1')).changes.map((c) => `${c.entity}/${c.field}`));
  assert.deepEqual(diffContract(mesContract, fp).changes.filter((c) => !baseline.has(`${c.entity}/${c.field}`)).map((c) => [c.entity, c.field, c.kind, c.remappedTo]), [
    ['Equipment', 'ErpResourceCode', 'MOVED', 'ExternalRefs/ErpCode'], ['Equipment', 'ExternalRefs/CmmsRef', 'ADDITIVE', null],
    ['StateInterval', 'Reason', 'MOVED', 'Reason/Text'], ['StateInterval', 'Reason/Category', 'ADDITIVE', null],
    ['ProductionRecord', 'GoodQty', 'RENAMED', 'QtyGood'], ['ProductionRecord', 'RejectQty', 'RENAMED', 'QtyRejected'],
  ]);
});

test('a WSDL with a DOCTYPE is refused unparsed', () => {
  assert.throws(() => wsdlEntities('<!DOCTYPE x [<!ENTITY a "b">]><definitions/>', entities), { message: 'WSDL with a DOCTYPE/ENTITY declaration refused' });
});
