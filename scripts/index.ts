// What benchmarks may use from scripts/: the embedded composition root and the composer.
export { startPlantGraph } from './plantgraph.ts';
export type { PlantGraphOptions, RunningPlantGraph } from './plantgraph.ts';
export { composeSupergraph, supergraphSubgraphs } from './compose.ts';
