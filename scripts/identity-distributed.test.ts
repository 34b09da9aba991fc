// Identity across systems in the distributed topology: the erp, mes, cmms and registry subgraphs each run as their own
// process (their main.js, as a deployment starts them) on one LMDB store (PLANTGRAPH_STORE), the gateway routes to them
// over HTTP. The ERP process publishes the roster, parts and jobs; the MES process translates through links it reads
// from the store; a decision made in the registry process reaches the MES process without a restart.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot, silentLogger } from '../common/index.ts';
import { loadGatewayConfig, startGateway } from '../gateway/index.ts';
import type { RunningGateway } from '../gateway/index.ts';
import { allMess, startDemoPlant } from '../simulators/index.ts';
import type { DemoPlant } from '../simulators/index.ts';
import { renderErpCode, renderMesJobNum, renderMesPartNum } from '../simulators/mes/index.ts';
import { postGraphql } from '../test-utils/index.ts';

const secret = 'identity-distributed-test-'.padEnd(40, 'x');

/** Starts dist/subgraphs/<name>/main.js and resolves its URL once it logs that it listens. */
function startProcess(name: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const main = fileURLToPath(new URL(`dist/subgraphs/${name}/main.js`, findRepoRoot(import.meta.url)));
  const child = spawn(process.execPath, [main], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '', err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${name} did not listen within 60 s: ${out.slice(-2000)} ${err.slice(-2000)}`)); }, 60_000);
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m !== null) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited with ${code}: ${err.slice(-2000)}`)); });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); setTimeout(() => child.kill('SIGKILL'), 5000).unref(); });
}

async function until<T>(what: string, f: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('identity crosswalk in the distributed topology: erp, mes, cmms and registry processes on one LMDB store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantgraph-identity-dist-'));
  let demo: DemoPlant;
  let gw: RunningGateway;
  const children: ChildProcess[] = [];
  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => { // eslint-disable-line @typescript-eslint/no-explicit-any -- parse boundary
    const res = await postGraphql(gw.url, query, { variables });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };

  before(async () => {
    demo = await startDemoPlant({ plant: { days: 3 }, mess: allMess, logger: silentLogger });
    const env = {
      ...demo.subgraphEnv(), CMMS_API_VERSION: 'server', ERP_COMPANY: 'ACME,ACME-MX', PLANTGRAPH_STORE: `lmdb:${dir}`, PLANTGRAPH_INTERNAL_SECRET: secret,
      ERP_PORT: '0', MES_PORT: '0', CMMS_PORT: '0', REGISTRY_PORT: '0', GATEWAY_LOG_LEVEL: 'silent',
    };
    const started = await Promise.all(['erp', 'mes', 'cmms', 'registry'].map((n) => startProcess(n, env)));
    children.push(...started.map((s) => s.child));
    const [erp, mes, cmms, registry] = started.map((s) => s.url);
    // Subgraphs this suite never queries point at a closed port.
    const unused = 'http://127.0.0.1:9/graphql';
    gw = await startGateway(loadGatewayConfig({ PLANTGRAPH_INTERNAL_SECRET: secret }, {
      port: 0, topology: 'distributed', subgraphTimeoutMs: 20_000,
      subgraphUrls: { erp: erp!, mes: mes!, cmms: cmms!, registry: registry!, spreadsheet: unused, interpretation: unused, context: unused },
    }), { logger: silentLogger });
    // Each process syncs at start; wait until the store holds every system's records (the ERP publishes its jobs last).
    await until('the crosswalk to hold the MES work orders', async () => {
      const body = await gql('{ identityProposals(kind: MATERIAL) { id } }');
      return body.data?.identityProposals?.length > 0 ? true : undefined;
    });
  });
  after(async () => {
    await gw?.close();
    await Promise.allSettled(children.map(stopProcess));
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the MES process names a machine whose MES reference is blank, through links the ERP process published', async () => {
    const plant = demo.plant;
    const m = plant.machines.find((x, i) => renderErpCode(allMess, x, i) === '')!;
    const body = await until(`${m.id}'s MES code`, async () => {
      const b = await gql('query($id: ID!) { equipment(id: $id) { id mesMachineCode aliases { system kind nativeId status } } }', { id: m.id });
      return b.data?.equipment?.mesMachineCode === m.mesCode ? b : undefined;
    });
    assert.ok(body.data.equipment.aliases.some((a: { system: string; nativeId: string; status: string }) => a.system === 'MES' && a.nativeId === m.mesCode && a.status === 'LINKED'));
  });

  test('MES production of a zero-padded MES order joins its ERP job across processes', async () => {
    const seed = demo.plant.config.seed;
    const produced = new Set(demo.truth.jobQuantities.filter((q) => q.goodQty > 0 && q.company === 'ACME').map((q) => q.jobNum));
    const job = [...produced].find((j) => renderMesJobNum(allMess, seed, j) !== j)!;
    const clock = demo.clock();
    const range = { from: new Date(clock - 30 * 86_400_000).toISOString(), to: new Date(clock).toISOString() };
    const body = await gql(`query($id: ID!, $range: TimeRange!) { productionOrder(id: $id) { aliases { system nativeId status } productionRecords(range: $range) { productionOrder { id } } } }`,
      { id: `ACME/${job}`, range });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const o = body.data.productionOrder;
    assert.ok(o.aliases.some((a: { system: string; nativeId: string }) => a.system === 'MES' && a.nativeId.startsWith(`${renderMesJobNum(allMess, seed, job)}-`)));
    assert.ok(o.productionRecords.length > 0 && o.productionRecords.every((r: { productionOrder: { id: string } }) => r.productionOrder.id === `ACME/${job}`));
  });

  test('a material link confirmed in the registry process joins MES data in the MES process, without a restart', async () => {
    const seed = demo.plant.config.seed;
    const [p] = (await gql('{ identityProposals(kind: MATERIAL) { id canonicalId nativeId } }')).data.identityProposals as { id: string; canonicalId: string; nativeId: string }[];
    const order = demo.truth.orderIdentities.find((o) => renderMesPartNum(allMess, seed, o.partNum, o.revision) === p!.nativeId)!;
    const q = 'query($id: ID!) { productionOrder(id: $id) { mesMaterial { id } } }';
    assert.deepEqual((await gql(q, { id: order.orderId })).data, { productionOrder: { mesMaterial: null } });
    assert.equal((await gql('mutation($id: ID!) { confirmIdentityLink(id: $id) { verdict } }', { id: p!.id })).data.confirmIdentityLink.verdict, 'CONFIRMED');
    // Other processes see the store within the crosswalk's memo age (2 s).
    await until('the MES process to join the confirmed material', async () => {
      const b = await gql(q, { id: order.orderId });
      return b.data?.productionOrder?.mesMaterial?.id === p!.canonicalId ? true : undefined;
    }, 15_000);
  });
});
