import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subgraphIdentityFromEnv } from './env.ts';

test('subgraphIdentityFromEnv requires a 32-character internal secret unless unsigned requests are explicitly allowed', () => {
  assert.throws(() => subgraphIdentityFromEnv({}), { message: /^PLANTGRAPH_INTERNAL_SECRET is required \(at least 32 characters\)/ });
  assert.throws(() => subgraphIdentityFromEnv({ PLANTGRAPH_INTERNAL_SECRET: 'short' }), /PLANTGRAPH_INTERNAL_SECRET is required/);
  const secret = 's'.repeat(32);
  assert.deepEqual(subgraphIdentityFromEnv({ PLANTGRAPH_INTERNAL_SECRET: secret }), { secret });
  assert.deepEqual(subgraphIdentityFromEnv({ PLANTGRAPH_INTERNAL_SECRET: secret, PLANTGRAPH_IDENTITY_MAX_AGE_SECONDS: '60' }), { secret, maxAgeSeconds: 60 });
  assert.equal(subgraphIdentityFromEnv({ PLANTGRAPH_ALLOW_UNSIGNED: 'true' }), undefined);
});
