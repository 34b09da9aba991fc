import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMess } from '../plant/index.ts';
import { startCmmsSimulator } from './index.ts';
import type { CmmsApiVersion } from './index.ts';
import { createTestPlant, testAnchorMs } from './fixture-plant.ts';

type Schema = { $ref?: string; type?: string | string[]; enum?: unknown[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[] };

/**
 * A small JSON-Schema checker for the subset the simulator's OpenAPI document uses ($ref, type incl. null,
 * enum, required, properties with no extras, items, oneOf). Returns the paths that do not conform.
 */
function check(doc: { components: { schemas: Record<string, Schema> } }, schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref !== undefined) return check(doc, doc.components.schemas[schema.$ref.split('/').at(-1)!]!, value, path);
  if (schema.oneOf !== undefined) return schema.oneOf.some((s) => check(doc, s, value, path).length === 0) ? [] : [`${path}: matches no oneOf branch`];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  if (schema.enum !== undefined && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in enum`];
  const out: string[] = [];
  if (actual === 'object' && schema.properties !== undefined) {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) out.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const s = schema.properties[k];
      if (s === undefined) out.push(`${path}.${k}: not in the document`);
      else out.push(...check(doc, s, v, `${path}.${k}`));
    }
  }
  if (actual === 'array' && schema.items !== undefined) (value as unknown[]).forEach((x, i) => out.push(...check(doc, schema.items!, x, `${path}[${i}]`)));
  return out;
}

for (const version of ['2023-01-15', '2024-06-01'] as const satisfies readonly CmmsApiVersion[]) {
  test(`every GET route's answer conforms to the OpenAPI document it serves (${version}, all mess)`, async (t) => {
    const sim = await startCmmsSimulator({ plant: createTestPlant(), mess: allMess });
    t.after(() => sim.close());
    const H = { 'x-api-key': 'demo-only-api-key', 'x-api-version': version };
    const doc = await (await fetch(`${sim.url}/openapi.json`, { headers: H })).json() as any;
    const paths = {
      '/assets': '/assets', '/assets/{id}': '/assets/ast_L01', '/work-orders': '/work-orders?limit=100', '/work-orders/{id}': '/work-orders/wo_0001',
      '/failure-codes': '/failure-codes', '/locations': '/locations', '/pm-schedules': '/pm-schedules', '/meters': '/meters',
      '/meters/{id}/readings': '/meters/mtr_P04_hyd/readings?limit=5', '/meter-readings': '/meter-readings?meterId=mtr_P04_cycles&meterId=mtr_L01_brg&limit=50',
    } as const;
    assert.deepEqual(Object.keys(doc.paths).filter((p) => p !== '/auth').sort(), Object.keys(paths).sort(), 'every documented GET route is exercised');
    for (const [route, url] of Object.entries(paths)) {
      const res = await fetch(`${sim.url}${url}`, { headers: H });
      assert.equal(res.status, 200, url);
      const schema = doc.paths[route].get.responses['200'].content['application/json'].schema as Schema;
      assert.deepEqual(check(doc, schema, await res.json()), [], url);
    }
  });
}

test('the simulator reads the clock per request: a work order completes and a new one appears as time passes', async (t) => {
  let now = testAnchorMs;
  const sim = await startCmmsSimulator({ plant: createTestPlant(), clock: () => now });
  t.after(() => sim.close());
  const H = { 'x-api-key': 'demo-only-api-key' };
  const get = async (id: string) => { const r = await fetch(`${sim.url}/work-orders/${id}`, { headers: H }); return r.status === 200 ? ((await r.json()) as { status: string }).status : r.status; };
  assert.deepEqual([await get('wo_0010'), await get('wo_0011')], ['IN_PROGRESS', 404]);
  now = testAnchorMs + 2 * 86_400_000;
  assert.deepEqual([await get('wo_0010'), await get('wo_0011')], ['DONE', 'OPEN']);
});
