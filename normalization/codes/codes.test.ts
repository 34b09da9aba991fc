import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapFailureClass, mapMaintenanceStatus, mapProductionOrderStatus, mapQuantityClass, mapScrapReason } from './map-code.ts';
import { iso22400TimeElement, reasonCategory } from './canonical-codes.ts';

test('status tables map vendor statuses case/whitespace-insensitively and keep unknown raw values', () => {
  assert.deepEqual(['DONE', 'completed', ' On  Hold ', 'Canceled', 'ARCHIVED'].map(mapMaintenanceStatus), [
    { value: 'COMPLETED', raw: 'DONE' }, { value: 'COMPLETED', raw: 'completed' }, { value: 'ON_HOLD', raw: ' On  Hold ' },
    { value: 'CANCELLED', raw: 'Canceled' }, { value: null, raw: 'ARCHIVED' },
  ]);
  assert.deepEqual(['Released', 'hold', 'X', 'firmed'].map(mapProductionOrderStatus), [
    { value: 'RELEASED', raw: 'Released' }, { value: 'HELD', raw: 'hold' }, { value: 'CLOSED', raw: 'X' }, { value: null, raw: 'firmed' },
  ]);
});

test('quantity classes keep QA-pending discrepant quantity apart from scrap', () => {
  assert.deepEqual([['ERP', 'ScrapQty'], ['ERP', 'DiscrepQty'], ['MES', 'RejectQty'], ['MES', 'GoodQty'], ['MES', 'Weird']].map(([s, f]) => mapQuantityClass(s as string, f as string)),
    ['SCRAP', 'NONCONFORMING_PENDING', 'SCRAP', 'GOOD', null]);
});

test('failure codes map by their class prefix', () => {
  assert.deepEqual(['MECH-BRG-WEAR-REPL', 'hyd-leak', 'TOOL', 'ELEC.DRV', 'PNEU-01'].map(mapFailureClass),
    ['MECHANICAL', 'HYDRAULIC', 'TOOLING', 'ELECTRICAL', 'UNMAPPED']);
});

test('every reason has a loss category and every category its ISO 22400 time element', () => {
  assert.deepEqual(Object.values(reasonCategory).filter((c) => !(c in iso22400TimeElement)), []);
  assert.deepEqual(iso22400TimeElement, {
    UNPLANNED_DOWN: 'ADOT', DELAY: 'ADET', SETUP: 'AUST', PLANNED_MAINTENANCE: 'PDOT', PLANNED_DOWN: 'PDOT', SPEED_LOSS: null, UNMAPPED: null,
  });
});

test('reject texts map onto scrap reasons by table and unknown ones keep their raw text', () => {
  assert.deepEqual(['u/s', 'OD too big', " bad mat'l ", 'first off', 'burr'].map(mapScrapReason), [
    { value: 'DIM_UNDERSIZE', raw: 'u/s' }, { value: 'DIM_OVERSIZE', raw: 'OD too big' }, { value: 'MATERIAL', raw: " bad mat'l " },
    { value: 'SETUP', raw: 'first off' }, { value: null, raw: 'burr' },
  ]);
});
