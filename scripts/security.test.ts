// The security suite of issue 7: authentication in production mode, roles by field, sites by argument, forged
// subgraph identity headers, injection strings in every argument that reaches SQL, SOAP or REST, and no leaks.
// Real HTTP on 127.0.0.1 only. The fixture subgraphs serve where the plant is not needed; the rest runs on a
// small demo plant started as `npm start` starts it (startPlantGraph), but in production mode.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT, base64url } from 'jose';
import { identityHeader, signIdentityHeaders, signatureHeader, silentLogger, startSubgraphServer, verifyIdentityHeaders } from '../common/index.ts';
import { loadGatewayConfig, startGateway } from '../gateway/index.ts';
import type { RunningGateway } from '../gateway/index.ts';
import { createSiteDirectory, hashApiKey } from '../gateway/auth/index.ts';
import { noMess } from '../simulators/index.ts';
import { createFixtureSubgraphs } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import type { RunningPlantGraph } from './plantgraph.ts';

const jwtSecret = 'security-suite-jwt-secret-0123456789';
const internalSecret = 'security-suite-internal-secret-012345';
const apiKey = 'pg-test-key-viewer-site1-0001';
const issuer = 'https://idp.plant.invalid/';
const audience = 'plantgraph';
const authEnv = {
  GATEWAY_MODE: 'production', GATEWAY_JWT_SECRET: jwtSecret, GATEWAY_JWT_ISSUER: issuer, GATEWAY_JWT_AUDIENCE: audience,
  PLANTGRAPH_INTERNAL_SECRET: internalSecret, GATEWAY_LOG_LEVEL: 'silent',
};

const nowS = () => Math.floor(Date.now() / 1000);
function jwt(claims: { roles: string[]; sites: string[] }, opts: { expS?: number; secret?: string } = {}): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('tester').setIssuer(issuer).setAudience(audience)
    .setIssuedAt().setExpirationTime(opts.expS ?? nowS() + 300).sign(new TextEncoder().encode(opts.secret ?? jwtSecret));
}

interface Answer { status: number; headers: Headers; text: string; body: any } // eslint-disable-line @typescript-eslint/no-explicit-any -- parse boundary
/** Every answer any test got, for the leak check at the end. */
const answers: Answer[] = [];
/** Every credential a test sent, which no answer may echo. */
const sentCredentials: string[] = [apiKey];

async function call(url: string, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}): Promise<Answer> {
  for (const v of Object.values(headers)) sentCredentials.push(v.replace(/^Bearer /, ''));
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: unknown;
  try { body = JSON.parse(text); } catch { body = text; }
  const a = { status: res.status, headers: res.headers, text, body };
  answers.push(a);
  return a;
}
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('production mode over the fixture subgraphs', () => {
  let gw: RunningGateway;
  let dir: string;
  let fx: ReturnType<typeof createFixtureSubgraphs>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-security-'));
    const keysFile = join(dir, 'keys.json');
    writeFileSync(keysFile, JSON.stringify({ [hashApiKey(apiKey)]: { subject: 'bi-server', roles: ['viewer'], sites: ['*'] } }));
    fx = createFixtureSubgraphs();
    gw = await startGateway(loadGatewayConfig({ ...authEnv, GATEWAY_API_KEYS_FILE: keysFile }, { port: 0 }), {
      logger: silentLogger, embedded: fx.runtimes, supergraphSdl: fx.supergraphSdl,
      // The fixture ERP has no site layout; this gateway serves one site.
      siteDirectory: createSiteDirectory(async () => ({ sites: [{ id: 'SITE1', areas: [] }] })),
    });
  });
  after(async () => { await gw.close(); rmSync(dir, { recursive: true, force: true }); });

  const q = '{ equipmentList { id name state } }';

  test('an anonymous request is refused with 401 UNAUTHENTICATED and a WWW-Authenticate challenge, before any subgraph is called', async () => {
    fx.controls.seen.length = 0;
    const res = await call(gw.url, q);
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="plantgraph"');
    assert.deepEqual(res.body, { errors: [{ message: 'Authentication required: send Authorization: Bearer <JWT> or X-Api-Key.', extensions: { code: 'UNAUTHENTICATED' } }] });
    assert.deepEqual(fx.controls.seen, []);
  });

  test('expired, badly signed, alg:none and garbage tokens and an unknown API key get 401 INVALID_TOKEN without echoing the credential', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify({ sub: 'mallory', roles: ['cost'], sites: ['*'], iss: issuer, aud: audience, exp: nowS() + 600 }));
    const cases: [Record<string, string>, string, string][] = [
      [bearer(await jwt({ roles: ['viewer'], sites: ['*'] }, { expS: nowS() - 3600 })), 'expired', 'The bearer token was refused (expired).'],
      [bearer(await jwt({ roles: ['viewer'], sites: ['*'] }, { secret: 'not-the-gateway-secret-0123456789abc' })), 'signature', 'The bearer token was refused (signature).'],
      [bearer(`${header}.${payload}.`), 'algorithm', 'The bearer token was refused (algorithm).'],
      [bearer(new UnsecuredJWT({ roles: ['cost'] }).setSubject('mallory').setExpirationTime('1h').encode()), 'algorithm', 'The bearer token was refused (algorithm).'],
      [bearer('not-a-jwt'), 'malformed', 'The bearer token was refused (malformed).'],
      [{ 'x-api-key': 'pg-test-key-guessed-0001' }, 'unknown-key', 'The API key is not valid.'],
    ];
    for (const [headers, reason, message] of cases) {
      const res = await call(gw.url, q, headers);
      assert.equal(res.status, 401, reason);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="plantgraph", error="invalid_token"');
      assert.deepEqual(res.body, { errors: [{ message, extensions: { code: 'INVALID_TOKEN', detail: { reason } } }] });
    }
  });

  test('a valid token or API key is answered, and the subgraphs get the identity in headers signed with the internal secret', async () => {
    fx.controls.seen.length = 0;
    // A caller's own x-plantgraph-* headers never reach a subgraph: the gateway replaces them with what it signed.
    const smuggled = signIdentityHeaders({ sub: 'mallory', roles: ['cost'], sites: ['*'], requestId: 'sec-1' }, 'a-guessed-secret-a-guessed-secret-00');
    const res = await call(gw.url, q, { ...bearer(await jwt({ roles: ['planner'], sites: ['SITE1'] })), ...smuggled, 'x-request-id': 'sec-1' });
    assert.deepEqual(res.body, { data: { equipmentList: [
      { id: 'PRESS-04', name: 'Press 4', state: 'RUNNING' }, { id: 'LATHE-12', name: 'Lathe 12', state: 'DOWN_UNPLANNED' },
    ] } });
    assert.deepEqual(fx.controls.seen.map((s) => s.subgraph), ['erp', 'mes']);
    for (const { facts } of fx.controls.seen) {
      const id = verifyIdentityHeaders(facts.headers, { secret: internalSecret });
      assert.deepEqual({ ...id, iat: typeof id.iat }, { sub: 'tester', roles: ['planner'], sites: ['SITE1'], iat: 'number', requestId: facts.requestId });
      assert.equal(facts.headers['authorization'], undefined); // the token itself is not forwarded
    }
    const byKey = await call(gw.url, q, { 'x-api-key': apiKey });
    assert.equal(byKey.status, 200);
    assert.deepEqual(byKey.body, res.body);
  });

  test('an anonymous oversize body is refused with 401 before it is read; an authenticated one with 413', async () => {
    const big = JSON.stringify({ query: `{ equipmentList { id } } # ${'x'.repeat(1_100_000)}` });
    const post = async (headers: Record<string, string>) => {
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: big });
      const a = { status: res.status, headers: res.headers, text: await res.text(), body: undefined as unknown };
      a.body = JSON.parse(a.text);
      answers.push(a);
      return a;
    };
    const anon = await post({});
    assert.deepEqual([anon.status, anon.body], [401, { errors: [{ message: 'Authentication required: send Authorization: Bearer <JWT> or X-Api-Key.', extensions: { code: 'UNAUTHENTICATED' } }] }]);
    // Past the limit the gateway may reset the socket instead of letting the client finish sending (gateway/http.ts).
    const authed = await post({ 'x-api-key': apiKey }).catch(() => ({ status: 413, body: 'reset' }));
    assert.equal(authed.status, 413);
    if (authed.body !== 'reset') assert.deepEqual(authed.body, { errors: [{ message: 'Request body exceeds 1048576 bytes', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('alias and token bombs from an authenticated caller are refused with their limit codes, no subgraph called', async () => {
    fx.controls.seen.length = 0;
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: equipmentList { id }`).join(' ')} }`;
    const a = await call(gw.url, aliases, { 'x-api-key': apiKey });
    assert.deepEqual([a.status, a.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)], [400, ['TOO_MANY_ALIASES']]);
    const tokens = `{ equipmentList { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`;
    const t = await call(gw.url, tokens, { 'x-api-key': apiKey });
    assert.deepEqual([t.status, t.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)], [400, ['TOO_MANY_TOKENS']]);
    assert.deepEqual(fx.controls.seen, []);
  });

  test('introspection and GraphiQL are off in production mode', async () => {
    const res = await call(gw.url, '{ __schema { queryType { name } } }', { 'x-api-key': apiKey });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['GRAPHQL_VALIDATION_FAILED']);
    const page = await fetch(gw.url.replace('/graphql', '/'), { headers: { accept: 'text/html' } });
    assert.equal(page.status, 404);
    await page.text();
  });
});

describe('subgraph servers refuse requests that did not come through the gateway', () => {
  let fx: ReturnType<typeof createFixtureSubgraphs>;
  let erp: { url: string; close(): Promise<void> };
  let mes: { url: string; close(): Promise<void> };
  let gw: RunningGateway;
  before(async () => {
    fx = createFixtureSubgraphs();
    const opts = { port: 0, host: '127.0.0.1', identity: { secret: internalSecret } };
    erp = await startSubgraphServer(fx.runtimes['erp']!, opts);
    mes = await startSubgraphServer(fx.runtimes['mes']!, opts);
    gw = await startGateway(loadGatewayConfig({ ...authEnv }, {
      port: 0, topology: 'distributed',
      subgraphUrls: { erp: erp.url, mes: mes.url, cmms: 'http://cmms.invalid/graphql', spreadsheet: 'http://spreadsheet.invalid/graphql', interpretation: 'http://interpretation.invalid/graphql', registry: 'http://registry.invalid/graphql', context: 'http://context.invalid/graphql' },
    }), { logger: silentLogger, supergraphSdl: fx.supergraphSdl });
  });
  after(async () => { await gw.close(); await erp.close(); await mes.close(); });

  const q = '{ equipmentList { id name } }';
  const who = { sub: 'mallory', roles: ['cost'], sites: ['*'] };

  test('no identity headers: 401 IDENTITY_HEADER_MISSING, and the resolvers never ran', async () => {
    fx.controls.seen.length = 0;
    const res = await call(erp.url, q);
    assert.equal(res.status, 401);
    assert.deepEqual(res.body, { errors: [{ message: 'This subgraph only answers requests signed by the PlantGraph gateway.', extensions: { code: 'IDENTITY_HEADER_MISSING' } }] });
    assert.deepEqual(fx.controls.seen, []);
  });

  test('headers signed with another secret, or a payload swapped under a real signature: 403 IDENTITY_HEADER_FORGED', async () => {
    const forged = signIdentityHeaders({ ...who, requestId: 'r-1' }, 'a-guessed-secret-a-guessed-secret-00');
    const res = await call(erp.url, q, { ...forged, 'x-request-id': 'r-1' });
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { errors: [{ message: 'The identity headers are not signed by the PlantGraph gateway.', extensions: { code: 'IDENTITY_HEADER_FORGED' } }] });
    const real = signIdentityHeaders({ sub: 'viewer', roles: ['viewer'], sites: ['SITE1'], requestId: 'r-2' }, internalSecret);
    const swapped = { [identityHeader]: signIdentityHeaders({ ...who, requestId: 'r-2' }, internalSecret)[identityHeader]!.replace(/.$/, 'A'), [signatureHeader]: real[signatureHeader]! };
    const res2 = await call(erp.url, q, { ...swapped, 'x-request-id': 'r-2' });
    assert.equal(res2.status, 403);
    assert.equal(res2.body.errors[0].extensions.code, 'IDENTITY_HEADER_FORGED');
    const otherRequest = await call(erp.url, q, { ...real, 'x-request-id': 'r-3' });
    assert.deepEqual([otherRequest.status, otherRequest.body], [403, { errors: [{ message: 'The identity header belongs to another request.', extensions: { code: 'IDENTITY_HEADER_FORGED' } }] }]);
  });

  test('a genuine header replayed after its maximum age: 401 IDENTITY_HEADER_EXPIRED; a fresh one is answered', async () => {
    const old = signIdentityHeaders({ ...who, requestId: 'r-4' }, internalSecret, Date.now() - 10 * 60_000);
    const res = await call(erp.url, q, { ...old, 'x-request-id': 'r-4' });
    assert.equal(res.status, 401);
    assert.deepEqual(res.body, { errors: [{ message: 'The identity header has expired; it may be a replay.', extensions: { code: 'IDENTITY_HEADER_EXPIRED' } }] });
    const fresh = await call(erp.url, q, { ...signIdentityHeaders({ ...who, requestId: 'r-5' }, internalSecret), 'x-request-id': 'r-5' });
    assert.deepEqual([fresh.status, fresh.body], [200, { data: { equipmentList: [{ id: 'PRESS-04', name: 'Press 4' }, { id: 'LATHE-12', name: 'Lathe 12' }] } }]);
  });

  test('the gateway (distributed, production) signs what the verifying subgraph servers accept', async () => {
    const res = await call(gw.url, '{ equipmentList { id name state } }', bearer(await jwt({ roles: ['viewer'], sites: ['*'] })));
    assert.deepEqual(res.body, { data: { equipmentList: [
      { id: 'PRESS-04', name: 'Press 4', state: 'RUNNING' }, { id: 'LATHE-12', name: 'Lathe 12', state: 'DOWN_UNPLANNED' },
    ] } });
  });
});

/** Injection strings for SQL, XML/SOAP, JSON/NoSQL and paths. */
const injections = [`' OR 1=1 --`, `]]><!ENTITY x SYSTEM "file:///etc/passwd">`, `"; DROP TABLE Resource; --`, '../../etc/passwd', '{"$gt":""}'];

describe('the real stack in production mode over a small demo plant', () => {
  let pg: RunningPlantGraph;
  let equipmentId: string;
  before(async () => {
    pg = await startPlantGraph({ env: authEnv, demo: { plant: { days: 2, machines: 4, parts: 12 }, mess: noMess }, gateway: { port: 0 } });
    equipmentId = pg.demo!.plant.machines[0]!.id;
  });
  after(async () => { await pg.close(); });

  test('labour fields are refused to a viewer with 403 FORBIDDEN_ROLE naming the field, before any upstream call; a planner reads them', async () => {
    const order = pg.demo!.plant.jobs[0]!;
    const q = 'query($id: ID!) { productionOrder(id: $id) { id laborRecords(first: 2) { hours } } }';
    const vars = { id: `${order.company}/${order.jobNum}` };
    const before = pg.demo!.erp.stats().statements;
    const res = await call(pg.gateway.url, q, bearer(await jwt({ roles: ['viewer', 'operator', 'maintenance'], sites: ['*'] })), vars);
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { errors: [{
      message: 'ProductionOrder.laborRecords needs one of the roles planner, cost.',
      extensions: { code: 'FORBIDDEN_ROLE', detail: { field: 'ProductionOrder.laborRecords', roles: 'planner,cost' } },
    }] });
    assert.equal(pg.demo!.erp.stats().statements, before);
    const ok = await call(pg.gateway.url, q, bearer(await jwt({ roles: ['planner'], sites: ['SITE1'] })), vars);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.errors, undefined, JSON.stringify(ok.body.errors));
    assert.equal(ok.body.data.productionOrder.id, vars.id);
    assert.ok(Array.isArray(ok.body.data.productionOrder.laborRecords));
  });

  test('depth and cost bombs are refused with QUERY_TOO_DEEP and QUERY_TOO_COSTLY before any upstream call', async () => {
    const token = bearer(await jwt({ roles: ['viewer'], sites: ['*'] }));
    const before = pg.demo!.erp.stats().statements;
    let nest = 'id';
    for (let i = 0; i < 8; i++) nest = `id equipment { id workCenter { id ${i % 2 === 0 ? 'area { id workCenters { ' + nest + ' } }' : nest} } }`;
    const deep = await call(pg.gateway.url, `{ workCenters { ${nest} } }`, token);
    assert.deepEqual([deep.status, deep.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)], [400, ['QUERY_TOO_DEEP']]);
    const costly = `{ equipmentList(first: 1000) { edges { node { id physicalAssets { id workOrders(first: 1000) { id number title equipment { id name } } } } } } }`;
    const cost = await call(pg.gateway.url, costly, token);
    assert.equal(cost.status, 400, JSON.stringify(cost.body));
    assert.deepEqual(cost.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['QUERY_TOO_COSTLY']);
    assert.equal(pg.demo!.erp.stats().statements, before);
  });

  test('a token for another site is refused with 403 FORBIDDEN_SITE naming the field; the site\'s own token is answered', async () => {
    const site = pg.demo!.plant.site.id;
    const other = await jwt({ roles: ['viewer'], sites: ['SITE2'] });
    const one = await call(pg.gateway.url, `{ equipment(id: "${equipmentId}") { id name } }`, bearer(other));
    assert.equal(one.status, 403);
    assert.deepEqual(one.body, { errors: [{
      message: `Query.equipment names an equipment of site ${site}, which this caller may not see.`,
      extensions: { code: 'FORBIDDEN_SITE', detail: { field: 'Query.equipment', site } },
    }] });
    const list = await call(pg.gateway.url, '{ equipmentList(first: 1) { totalCount } }', bearer(other));
    assert.deepEqual([list.status, list.body.errors[0].extensions], [403, { code: 'FORBIDDEN_SITE', detail: { field: 'Query.equipmentList', site } }]);
    const pv = await call(pg.gateway.url, `{ processVariable(id: "${equipmentId}/X") { id } }`, bearer(other));
    assert.deepEqual([pv.status, pv.body.errors[0].extensions.code], [403, 'FORBIDDEN_SITE']);
    const own = await call(pg.gateway.url, `{ equipment(id: "${equipmentId}") { id } }`, bearer(await jwt({ roles: ['viewer'], sites: [site] })));
    assert.deepEqual([own.status, own.body], [200, { data: { equipment: { id: equipmentId } } }]);
  });

  test('injection strings in every argument that reaches SQL, SOAP or REST arrive as data: null, empty or a coded user error', async (t) => {
    const token = bearer(await jwt({ roles: ['viewer', 'planner', 'maintenance', 'cost'], sites: ['*'] }));
    const range = { from: new Date(pg.demo!.clock() - 3_600_000).toISOString(), to: new Date(pg.demo!.clock()).toISOString() };
    const erp0 = pg.demo!.erp.stats();
    const mes0 = pg.demo!.mes.stats();
    const cmms0 = pg.demo!.cmms.stats();
    // [system, query]; each query takes the injection as $v.
    const probes: [string, string][] = [
      ['ERP', 'query($v: ID!) { equipment(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { productionOrder(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { material(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { site(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { area(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { workCenter(id: $v) { id } }'],
      ['ERP', 'query($v: ID!) { workCenters(areaId: $v) { id } }'],
      ['ERP', 'query($v: ID!) { equipmentList(filter: { workCenterId: $v, areaId: $v }) { totalCount } }'],
      ['ERP', 'query($v: String!) { materials(filter: { partNumberPrefix: $v }) { totalCount } }'],
      ['ERP', 'query($v: String!) { productionOrders(filter: { company: $v }) { totalCount } }'],
      ['ERP', 'query($v: ID!) { productionOrders(filter: { workCenterId: $v }) { totalCount } }'],
      ['ERP', 'query($v: String!) { equipmentList(after: $v) { totalCount } }'],
      ['MES', 'query($v: ID!) { processVariable(id: $v) { id } }'],
      ['MES', 'query($v: ID!) { qualityCharacteristic(id: $v) { id } }'],
      ['MES', `query($v: ID!) { productionRecords(filter: { equipmentId: $v, range: { from: "${range.from}", to: "${range.to}" } }) { edges { node { recordId } } } }`],
      ['CMMS', 'query($v: ID!) { maintenanceWorkOrder(id: $v) { id } }'],
      ['CMMS', 'query($v: ID!) { physicalAsset(id: $v) { id } }'],
      ['CMMS', 'query($v: ID!) { meter(id: $v) { id } }'],
      ['CMMS', 'query($v: ID!) { pmSchedules(equipmentId: $v) { id } }'],
      ['CMMS', 'query($v: ID!) { maintenanceWorkOrders(filter: { equipmentId: [$v] }) { totalCount } }'],
    ];
    const userErrors = new Set(['BAD_USER_INPUT', 'INVALID_CURSOR']);
    const empty = (v: unknown): boolean => v === null || (Array.isArray(v) && v.length === 0)
      || (typeof v === 'object' && v !== null && Object.values(v).every((x) => empty(x) || x === 0));
    const outcomes: string[] = [];
    for (const [system, query] of probes) {
      for (const v of injections) {
        const res = await call(pg.gateway.url, query, token, { v });
        const codes = (res.body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
        const what = `${system} ${query.slice(0, 60)} ← ${v}`;
        assert.ok(codes.every((c: string) => userErrors.has(c)), `${what}: ${JSON.stringify(res.body)}`);
        if (codes.length === 0) assert.ok(empty(res.body.data), `${what}: ${JSON.stringify(res.body)}`);
        outcomes.push(codes.length === 0 ? 'empty' : codes.join(','));
      }
    }
    assert.equal(outcomes.length, probes.length * injections.length);
    const tally: Record<string, number> = {};
    for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
    t.diagnostic(`injection outcomes: ${JSON.stringify(tally)}`);
    // What the systems saw: ERP sent no SQL error and ran no statement containing an injection (values went as
    // parameters); the MES answered no fault; the CMMS had no faulted request and no route the strings built.
    const erp1 = pg.demo!.erp.stats();
    assert.equal(erp1.errors - erp0.errors, 0);
    const newStatements = Object.keys(erp1.byStatement).filter((s) => !(s in erp0.byStatement));
    assert.deepEqual(newStatements.filter((s) => /OR 1=1|DROP TABLE|ENTITY|etc\/passwd|\$gt/.test(s)), []);
    assert.ok(erp1.rpcs > erp0.rpcs, 'ERP reads ran as parameterised RPCs');
    const mes1 = pg.demo!.mes.stats();
    // The MES is reached only through canonical ids the identity crosswalk knows, so none of these strings gets
    // there (an unknown id answers empty before any SOAP call); whatever calls happened carried none of them.
    assert.deepEqual(Object.keys(mes1.byOp).filter((op) => !(op in mes0.byOp) && /ENTITY|passwd|OR 1=1/.test(op)), []);
    const cmms1 = pg.demo!.cmms.stats();
    assert.ok(cmms1.total > cmms0.total, 'the CMMS was asked');
    assert.equal(cmms1.faulted - cmms0.faulted, 0);
    t.diagnostic(`upstream calls during the probes: ERP ${erp1.rpcs - erp0.rpcs} RPCs, MES ${mes1.calls - mes0.calls} SOAP calls, CMMS ${cmms1.total - cmms0.total} requests`);
    assert.deepEqual(Object.keys(cmms1.byRoute).filter((r) => /etc|passwd|\.\.|OR 1=1|DROP/.test(r)), []);
  });
});

test('nothing leaks: no answer of this suite carries a stack, SQL text, a secret or a presented credential', () => {
  assert.ok(answers.length > 100, `only ${answers.length} answers collected`);
  const forbidden = [jwtSecret, internalSecret, 'stacktrace', '"stack"', 'SELECT ', 'sp_executesql', 'Password', 'node_modules', '    at ', 'hunter2'];
  for (const a of answers) {
    const headerText = [...a.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
    for (const f of [...forbidden, ...sentCredentials.filter((c) => c.length >= 16)]) {
      assert.ok(!a.text.includes(f) && !headerText.includes(f), `an answer contains ${JSON.stringify(f.slice(0, 20))}: ${a.text.slice(0, 300)}`);
    }
    assert.equal(a.headers.get(identityHeader), null);
    const codes = typeof a.body === 'object' && a.body !== null && Array.isArray(a.body.errors) ? a.body.errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code) : [];
    assert.ok(!codes.includes('INTERNAL_SERVER_ERROR'), a.text.slice(0, 300));
  }
});
