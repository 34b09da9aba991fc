// The GraphQL-over-HTTP spec audit against every real subgraph's HTTP server (what `node dist/subgraphs/<x>/main.js`
// serves), over a small demo plant. gateway/http-audit.test.ts audits the gateway and explains the expected misses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSubgraphServer } from '../common/index.ts';
import { noMess } from '../simulators/index.ts';
import { audit, expectedMisses } from '../test-utils/index.ts';
import { startPlantGraph } from './index.ts';

test('every subgraph server passes every MUST audit of the GraphQL-over-HTTP spec; the SHOULD/MAY misses are the known ones', async (t) => {
  const pg = await startPlantGraph({ demo: { plant: { machines: 3, days: 3, parts: 10 }, mess: noMess }, gateway: { port: 0 } });
  t.after(() => pg.close());
  const names = Object.keys(pg.runtimes).sort();
  assert.deepEqual(names, ['cmms', 'context', 'erp', 'interpretation', 'mes', 'registry', 'spreadsheet']);
  for (const name of names) {
    // Unsigned requests allowed here: the audit is about HTTP semantics; identity headers have their own suite.
    const sg = await startSubgraphServer(pg.runtimes[name]!, { port: 0, host: '127.0.0.1' });
    try {
      const r = await audit(sg.url);
      for (const l of r.lines) t.diagnostic(`${name}: ${l}`);
      assert.deepEqual(r.misses, expectedMisses, name);
      assert.equal(r.passed, 55, name);
    } finally {
      await sg.close();
    }
  }
});
