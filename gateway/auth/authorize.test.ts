import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, isInputObjectType, isObjectType, parse } from 'graphql';
import { findRepoRoot } from '../../common/index.ts';
import type { Identity } from './authenticate.ts';
import { authorizeOperation } from './authorize.ts';
import type { SiteDirectory } from './authorize.ts';
import { fieldPolicy, siteArguments } from './policy.ts';
import { createSiteDirectory } from './site-directory.ts';

// The composed supergraph has the same types, fields and arguments as the API schema the gateway checks against.
const schema = buildSchema(readFileSync(new URL('schema/supergraph.graphql', findRepoRoot(import.meta.url)), 'utf8'));

const layout = {
  sites: [
    { id: 'SITE1', areas: [{ id: 'A1', workCenters: [{ id: 'WC-PRESS', equipment: [{ id: 'PRESS-04' }] }] }] },
    { id: 'SITE2', areas: [{ id: 'A9', workCenters: [{ id: 'WC-LATHE', equipment: [{ id: 'LATHE-12' }] }] }] },
  ],
};
function directory(): SiteDirectory & { fetches(): number } { return createSiteDirectory(async () => layout); }
const who = (roles: string[], sites: string[]): Identity => ({ subject: 't', roles, sites, method: 'jwt' });

async function check(identity: Identity, query: string, variables: Record<string, unknown> = {}, dir: SiteDirectory = directory()) {
  const document = parse(query);
  const e = await authorizeOperation({ schema, document, operation: getOperationAST(document)!, variables, identity, directory: dir });
  return e === undefined ? 'allowed' : e.toJSON();
}
const forbiddenRole = (field: string, roles: string) => ({
  message: `${field} needs one of the roles ${roles.split(',').join(', ')}.`, extensions: { code: 'FORBIDDEN_ROLE', detail: { field, roles }, http: { status: 403 } },
});

test('every coordinate in the policy tables exists in the supergraph (a typo would silently open a field)', () => {
  for (const coord of Object.keys(fieldPolicy)) {
    const [type, field] = coord.split('.');
    const t = schema.getType(type!);
    assert.ok(t !== undefined && (field === undefined || (isObjectType(t) && t.getFields()[field] !== undefined)), coord);
  }
  for (const coord of Object.keys(siteArguments)) {
    const arg = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coord);
    if (arg !== null) {
      const t = schema.getType(arg[1]!);
      assert.ok(isObjectType(t) && t.getFields()[arg[2]!]?.args.some((a) => a.name === arg[3]), coord);
    } else {
      const [type, field] = coord.split('.');
      const t = schema.getType(type!);
      assert.ok(isInputObjectType(t) && t.getFields()[field!] !== undefined, coord);
    }
  }
});

test('labour fields need planner or cost: a viewer is refused naming the field, a planner passes', async () => {
  const q = '{ productionOrder(id: "ACME/J004512") { id laborRecords { hours employeeNumber } } }';
  assert.deepEqual(await check(who(['viewer', 'operator'], ['*']), q), forbiddenRole('ProductionOrder.laborRecords', 'planner,cost'));
  assert.equal(await check(who(['planner'], ['*']), q), 'allowed');
  assert.equal(await check(who(['cost'], ['*']), q), 'allowed');
});

test('the rule follows the field through fragments and inline fragments', async () => {
  const q = 'query { productionOrders(first: 1) { edges { node { ...O } } } } fragment O on ProductionOrder { id ... on ProductionOrder { laborRecords { id } } }';
  assert.deepEqual(await check(who(['viewer'], ['*']), q), forbiddenRole('ProductionOrder.laborRecords', 'planner,cost'));
  const wo = '{ maintenanceWorkOrder(id: "wo_1") { ...W } } fragment W on MaintenanceWorkOrder { number laborHours }';
  assert.deepEqual(await check(who(['operator'], ['*']), wo), forbiddenRole('MaintenanceWorkOrder.laborHours', 'maintenance,planner,cost'));
  assert.equal(await check(who(['maintenance'], ['*']), wo), 'allowed');
});

test('an identity without any known role reads nothing; introspection fields are left to the introspection switch', async () => {
  assert.deepEqual(await check(who(['admin'], ['*']), '{ equipment(id: "PRESS-04") { id } }'), forbiddenRole('Query.equipment', 'viewer,operator,planner,maintenance,cost'));
  assert.equal(await check(who([], ['*']), '{ __typename __schema { queryType { name } } }'), 'allowed');
});

test('a query naming equipment, a work center, an area or a site of another site is FORBIDDEN_SITE naming the field', async () => {
  const site1 = who(['viewer'], ['SITE1']);
  const refusal = (field: string, kind: string, site: string) => ({
    message: `${field} names ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} of site ${site}, which this caller may not see.`, extensions: { code: 'FORBIDDEN_SITE', detail: { field, site }, http: { status: 403 } },
  });
  assert.equal(await check(site1, '{ equipment(id: "PRESS-04") { id } }'), 'allowed');
  assert.deepEqual(await check(site1, '{ equipment(id: "LATHE-12") { id } }'), refusal('Query.equipment', 'equipment', 'SITE2'));
  assert.deepEqual(await check(site1, 'query($id: ID!) { processVariable(id: $id) { id } }', { id: 'LATHE-12/SpindleTemp' }), refusal('Query.processVariable', 'equipment', 'SITE2'));
  assert.equal(await check(site1, '{ processVariable(id: "PRESS-04/HydPressure") { id } }'), 'allowed');
  assert.deepEqual(await check(site1, '{ equipmentList(filter: { workCenterId: "WC-LATHE" }) { totalCount } }'), refusal('Query.equipmentList', 'workCenter', 'SITE2'));
  assert.deepEqual(await check(site1, '{ maintenanceWorkOrders(filter: { equipmentId: ["PRESS-04", "LATHE-12"] }) { totalCount } }'), refusal('Query.maintenanceWorkOrders', 'equipment', 'SITE2'));
  assert.deepEqual(await check(site1, '{ workCenters(areaId: "A9") { id } }'), refusal('Query.workCenters', 'area', 'SITE2'));
  assert.deepEqual(await check(site1, '{ site(id: "SITE2") { id } }'), refusal('Query.site', 'site', 'SITE2'));
});

test('a plant-wide read or an id the directory does not know needs every served site; * skips the directory', async () => {
  const site1 = who(['viewer'], ['SITE1']);
  assert.deepEqual(await check(site1, '{ equipmentList(first: 2) { totalCount } }'), {
    message: 'Query.equipmentList reads every site this gateway serves; this caller may not see SITE2.',
    extensions: { code: 'FORBIDDEN_SITE', detail: { field: 'Query.equipmentList', site: 'SITE2' }, http: { status: 403 } },
  });
  assert.deepEqual(await check(site1, '{ equipment(id: "\' OR 1=1 --") { id } }'), {
    message: 'Query.equipment names an equipment whose site this caller may not be shown.',
    extensions: { code: 'FORBIDDEN_SITE', detail: { field: 'Query.equipment' }, http: { status: 403 } },
  });
  assert.equal(await check(who(['viewer'], ['SITE1', 'SITE2']), '{ equipmentList(first: 2) { totalCount } }'), 'allowed');
  const dir = directory();
  assert.equal(await check(who(['viewer'], ['*']), '{ equipmentList { totalCount } equipment(id: "LATHE-12") { id } }', {}, dir), 'allowed');
  assert.equal(dir.fetches(), 0);
});

test('when the directory cannot answer, restricted callers are refused (fail closed)', async () => {
  const down = createSiteDirectory(async () => { throw new Error('ERP down'); });
  assert.deepEqual(await check(who(['viewer'], ['SITE1']), '{ equipment(id: "PRESS-04") { id } }', {}, down), {
    message: 'Query.equipment names an equipment whose site this caller may not be shown.',
    extensions: { code: 'FORBIDDEN_SITE', detail: { field: 'Query.equipment' }, http: { status: 403 } },
  });
});

test('the site directory caches the layout for its TTL, shares one fetch between concurrent callers and does not cache failures', async () => {
  let now = 0;
  let calls = 0;
  let fail = false;
  const dir = createSiteDirectory(async () => { calls++; if (fail) throw new Error('down'); return layout; }, { ttlMs: 1000, nowMs: () => now });
  assert.deepEqual(await Promise.all([dir.siteOf('equipment', 'LATHE-12'), dir.siteOf('workCenter', 'WC-PRESS'), dir.servedSites()]), ['SITE2', 'SITE1', ['SITE1', 'SITE2']]);
  assert.equal(calls, 1);
  now = 999;
  assert.equal(await dir.siteOf('area', 'A1'), 'SITE1');
  assert.equal(calls, 1);
  now = 1000;
  fail = true;
  await assert.rejects(dir.servedSites(), /down/);
  fail = false;
  assert.equal(await dir.siteOf('equipment', 'NOPE'), undefined);
  assert.equal(calls, 3);
});
