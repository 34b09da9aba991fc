// Test helpers. Production code never imports this folder (scripts/architecture.test.ts checks).
export { createFixtureSubgraphs } from './fixture-subgraphs.ts';
export type { FixtureControls } from './fixture-subgraphs.ts';
export { postGraphql } from './http-client.ts';
export { plantObservations, truePairs, scoreLinks, plantKeyObservations, trueKeyPairs, scoreKeyAliases } from './identity-plant.ts';
export type { IdentityScore } from './identity-plant.ts';
export { audit, expectedMisses } from './http-audit.ts';
