import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGatewayConfig } from './index.ts';

test('loading the gateway config turns off @apollo/gateway telemetry to apollographql.com unless GATEWAY_APOLLO_TELEMETRY=true', () => {
  delete process.env['APOLLO_TELEMETRY_DISABLED'];
  loadGatewayConfig({ GATEWAY_APOLLO_TELEMETRY: 'true' });
  assert.equal(process.env['APOLLO_TELEMETRY_DISABLED'], undefined);
  loadGatewayConfig({});
  assert.equal(process.env['APOLLO_TELEMETRY_DISABLED'], 'true');
});
