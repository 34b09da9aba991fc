import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { convertQuantity, isKnownUnit, parseUnit, sumQuantities, toCanonical } from './quantity.ts';
import { createUnitRegistry } from './unit-registry.ts';

/** The code, message and detail of a thrown coded error, for whole-shape asserts. */
function thrown(fn: () => unknown): { code: unknown; message: string; detail: unknown } {
  try { fn(); } catch (e: unknown) {
    assert.ok(e instanceof GraphQLError, `expected a GraphQLError, got ${String(e)}`);
    return { code: e.extensions['code'], message: e.message, detail: e.extensions['detail'] };
  }
  assert.fail('expected a throw');
}

test('parseUnit maps every vendor spelling onto one canonical unit through the alias table', () => {
  const cases: [string, string][] = [
    ['PSI', 'psi'], ['Psi', 'psi'], ['lb/in2', 'psi'], ['psig', 'psig'], ['PSIG', 'psig'], ['psia', 'psia'],
    ['bar', 'bar'], ['barg', 'barg'], ['bara', 'bara'], ['kPa', 'kPa'], ['KPA', 'kPa'],
    ['degF', 'degF'], ['°F', 'degF'], ['Â°F', 'degF'], ['F', 'degF'], ['degC', 'degC'], ['°C', 'degC'], ['Â°C', 'degC'],
    ['in', 'in'], ['inch', 'in'], ['"', 'in'], ['mm', 'mm'], [' mm ', 'mm'], ['mm/s', 'mm/s'], ['in/s', 'in/s'],
    ['ea', 'ea'], ['EA', 'ea'], ['PCS', 'ea'], ['each', 'ea'], ['BX', 'bx'], ['strokes', 'stroke'],
  ];
  assert.deepEqual(cases.map(([raw]) => [raw, parseUnit(raw).id]), cases);
});

test('parseUnit reports an unknown unit string with the raw value instead of guessing', () => {
  for (const raw of ['psi-ish', 'Pa·s', 'deg', '', 'lbs']) {
    assert.deepEqual(thrown(() => parseUnit(raw)), { code: 'UNIT_UNKNOWN', message: `Unknown unit "${raw}"`, detail: { unit: raw } });
    assert.equal(isKnownUnit(raw), false);
  }
});

test('toCanonical converts with mathjs to bar, degC, mm and mm/s and keeps the source value and unit', () => {
  assert.deepEqual(
    [toCanonical(2075, 'PSI'), toCanonical(185, 'Â°F'), toCanonical(0.75, 'in'), toCanonical(0.2, 'in/s'),
      toCanonical(300, 'psig'), toCanonical(14.7, 'psia'), toCanonical(250, 'kPa'), toCanonical(-40, 'F'), toCanonical(12, 'EA')],
    [
      { value: 143.066213825, unit: 'bar', sourceValue: 2075, sourceUnit: 'PSI' },
      { value: 85, unit: 'degC', sourceValue: 185, sourceUnit: 'Â°F' },
      { value: 19.05, unit: 'mm', sourceValue: 0.75, sourceUnit: 'in' },
      { value: 5.08, unit: 'mm/s', sourceValue: 0.2, sourceUnit: 'in/s' },
      { value: 20.6842718783, unit: 'barg', sourceValue: 300, sourceUnit: 'psig' },
      { value: 1.01352932204, unit: 'bara', sourceValue: 14.7, sourceUnit: 'psia' },
      { value: 2.5, unit: 'bar', sourceValue: 250, sourceUnit: 'kPa' },
      { value: -40, unit: 'degC', sourceValue: -40, sourceUnit: 'F' },
      { value: 12, unit: 'ea', sourceValue: 12, sourceUnit: 'EA' },
    ]);
});

test('convertQuantity converts on read to any alias and refuses a different kind with UNIT_INCOMPATIBLE', () => {
  const p = toCanonical(2075, 'PSI');
  assert.deepEqual(convertQuantity(p, 'lb/in2'), { value: 2075, unit: 'psi', sourceValue: 2075, sourceUnit: 'PSI' });
  assert.deepEqual(convertQuantity(toCanonical(85, 'degC'), '°F'), { value: 185, unit: 'degF', sourceValue: 85, sourceUnit: 'degC' });
  assert.deepEqual(thrown(() => convertQuantity(p, 'mm')),
    { code: 'UNIT_INCOMPATIBLE', message: 'Cannot convert bar (unspecified pressure) to mm (length)', detail: { from: 'bar', to: 'mm' } });
  assert.deepEqual(thrown(() => convertQuantity(toCanonical(3, 'EA'), 'mm')),
    { code: 'UNIT_INCOMPATIBLE', message: 'Cannot convert ea (count) to mm (length)', detail: { from: 'ea', to: 'mm' } });
  assert.deepEqual(thrown(() => convertQuantity(p, 'furlong')),
    { code: 'UNIT_UNKNOWN', message: 'Unknown unit "furlong"', detail: { unit: 'furlong' } });
});

test('gauge and absolute pressure never mix without an explicit ambient pressure', () => {
  const g = toCanonical(100, 'psig');
  assert.deepEqual(thrown(() => convertQuantity(g, 'bara')), {
    code: 'UNIT_PRESSURE_REFERENCE',
    message: 'Cannot convert barg (gauge pressure) to bara (absolute pressure) without an ambient pressure',
    detail: { from: 'barg', to: 'bara' },
  });
  assert.deepEqual(thrown(() => convertQuantity(toCanonical(2075, 'PSI'), 'barg')), {
    code: 'UNIT_PRESSURE_REFERENCE',
    message: 'Cannot convert bar (unspecified pressure) to barg (gauge pressure): declare the source unit as gauge or absolute',
    detail: { from: 'bar', to: 'barg' },
  });
  assert.deepEqual(thrown(() => convertQuantity(g, 'psia', { ambientPressure: { value: 1, unit: 'bar' } })), {
    code: 'UNIT_PRESSURE_REFERENCE',
    message: 'Ambient pressure must be an absolute pressure, got bar (unspecified pressure)',
    detail: { ambientUnit: 'bar' },
  });
  const ambient = { value: 1.01325, unit: 'bara' };
  assert.deepEqual(convertQuantity(g, 'psia', { ambientPressure: ambient }),
    { value: 114.695948776, unit: 'psia', sourceValue: 100, sourceUnit: 'psig' });
  assert.deepEqual(convertQuantity(toCanonical(2.01325, 'bara'), 'barg', { ambientPressure: ambient }),
    { value: 1, unit: 'barg', sourceValue: 2.01325, sourceUnit: 'bara' });
});

test('count units convert only through an item-level factor, in either direction', () => {
  const boxes = toCanonical(3, 'BX');
  const factors = [{ from: 'BX', to: 'EA', factor: 12 }];
  assert.deepEqual(convertQuantity(boxes, 'EA', { countFactors: factors }), { value: 36, unit: 'ea', sourceValue: 3, sourceUnit: 'BX' });
  assert.deepEqual(convertQuantity(toCanonical(30, 'PCS'), 'bx', { countFactors: factors }), { value: 2.5, unit: 'bx', sourceValue: 30, sourceUnit: 'PCS' });
  assert.deepEqual(convertQuantity(toCanonical(250, 'strokes'), 'ea', { countFactors: [{ from: 'stroke', to: 'ea', factor: 4 }] }),
    { value: 1000, unit: 'ea', sourceValue: 250, sourceUnit: 'strokes' });
  assert.deepEqual(thrown(() => convertQuantity(boxes, 'EA')),
    { code: 'UNIT_COUNT_FACTOR_MISSING', message: 'No item factor converts bx to ea', detail: { from: 'bx', to: 'ea' } });
});

test('sumQuantities refuses to aggregate EA and BX without a factor and adds them with one', () => {
  const qs = [toCanonical(10, 'EA'), toCanonical(2, 'BX')];
  assert.deepEqual(thrown(() => sumQuantities(qs)),
    { code: 'UNIT_COUNT_FACTOR_MISSING', message: 'No item factor converts bx to ea', detail: { from: 'bx', to: 'ea' } });
  assert.deepEqual(sumQuantities(qs, 'EA', { countFactors: [{ from: 'BX', to: 'EA', factor: 12 }] }),
    { value: 34, unit: 'ea', sourceValue: 34, sourceUnit: 'ea' });
  assert.deepEqual(sumQuantities([toCanonical(1, 'in'), toCanonical(4.6, 'mm')]),
    { value: 30, unit: 'mm', sourceValue: 30, sourceUnit: 'mm' });
  assert.throws(() => sumQuantities([]), { name: 'RangeError', message: 'Cannot sum an empty list without a target unit' });
  assert.deepEqual(sumQuantities([], 'EA'), { value: 0, unit: 'ea', sourceValue: 0, sourceUnit: 'ea' });
  assert.throws(() => convertQuantity(toCanonical(1, 'BX'), 'EA', { countFactors: [{ from: 'BX', to: 'EA', factor: 0 }] }),
    { name: 'RangeError', message: 'Count factor BX → EA must be a positive finite number, got 0' });
});

test('createUnitRegistry looks up declared units per source and field and validates them up front', () => {
  const reg = createUnitRegistry([
    { source: 'MES', field: 'HydPressure', unit: 'PSI' },
    { source: 'CMMS', field: 'hydraulic_pressure', unit: 'bar' },
    { source: 'MES', field: 'OilTemp', unit: 'Â°F' },
  ]);
  assert.equal(reg.unitOf('MES', 'HydPressure')?.id, 'psi');
  assert.equal(reg.unitOf('MES', 'Nope'), undefined);
  assert.deepEqual(reg.quantity('MES', 'OilTemp', 185), { value: 85, unit: 'degC', sourceValue: 185, sourceUnit: 'Â°F' });
  assert.equal(reg.quantity('ERP', 'OilTemp', 185), undefined);
  assert.deepEqual(thrown(() => createUnitRegistry([{ source: 'MES', field: 'X', unit: 'psx' }])),
    { code: 'UNIT_UNKNOWN', message: 'Unknown unit "psx"', detail: { unit: 'psx' } });
  assert.throws(() => createUnitRegistry([{ source: 'MES', field: 'X', unit: 'psi' }, { source: 'MES', field: 'X', unit: 'bar' }]),
    { message: 'Unit of MES.X is declared twice (psi, bar)' });
});

test('the memoised affine conversion agrees with a direct mathjs conversion to 12 significant digits', async () => {
  const { mathjsConvert } = await import('./quantity.ts');
  const { units } = await import('./unit-aliases.ts');
  const pairs: [string, string][] = [['psi', 'bar'], ['degF', 'degC'], ['degC', 'degF'], ['K', 'degF'], ['in', 'mm'], ['in/s', 'mm/s'], ['kPa', 'psi'], ['MPa', 'bar']];
  const mismatches: string[] = [];
  for (const [f, t] of pairs) {
    for (const v of [-40, 0, 0.75, 14.7, 185, 2075, 1e6]) {
      const via = convertQuantity(toCanonical(v, f), t).value;
      const direct = Number(mathjsConvert(v, units[f]?.mathjs as string, units[t]?.mathjs as string).toPrecision(12));
      if (Math.abs(via - direct) > Math.abs(direct) * 1e-11) mismatches.push(`${v} ${f}→${t}: ${via} vs ${direct}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('every canonical unit id parses back to itself, so a Quantity can always be converted again', async () => {
  const { units } = await import('./unit-aliases.ts');
  assert.deepEqual(Object.keys(units).filter((id) => parseUnit(id).id !== id), []);
});

test('durations and percent are known units: durations convert with mathjs on request but stay in their unit canonically', () => {
  assert.deepEqual([toCanonical(12.5, 's'), toCanonical(1500.25, 'hrs'), toCanonical(87, '%')], [
    { value: 12.5, unit: 's', sourceValue: 12.5, sourceUnit: 's' },
    { value: 1500.25, unit: 'h', sourceValue: 1500.25, sourceUnit: 'hrs' },
    { value: 87, unit: '%', sourceValue: 87, sourceUnit: '%' },
  ]);
  assert.deepEqual(convertQuantity(toCanonical(1.5, 'h'), 'min'), { value: 90, unit: 'min', sourceValue: 1.5, sourceUnit: 'h' });
  assert.deepEqual(thrown(() => convertQuantity(toCanonical(87, '%'), 'h')),
    { code: 'UNIT_INCOMPATIBLE', message: 'Cannot convert % (ratio) to h (duration)', detail: { from: '%', to: 'h' } });
});
