import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../common/index.ts';
import { postGraphql } from '../../test-utils/index.ts';
import { createInterpretationSubgraph, loadConfig, startSubgraphServer } from './index.ts';

test('the subgraph runs as its own HTTP server on 127.0.0.1 and answers _service and /health', async (t) => {
  const runtime = await createInterpretationSubgraph(loadConfig({}), { logger: silentLogger });
  const server = await startSubgraphServer(runtime, { port: 0, host: '127.0.0.1' });
  t.after(async () => { await server.close(); await runtime.close(); });
  const res = await postGraphql(server.url, '{ _service { sdl } }');
  assert.equal(res.status, 200);
  assert.match(res.body.data._service.sdl, /drift\(sensitivity: Float = 1(\.0)?, baselinePoints: Int = 288\): DriftAssessment @requires/);
  const health = await fetch(new URL('/health', server.url));
  assert.equal(health.status, 200);
});
