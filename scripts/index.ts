// What benchmarks may use from scripts/: the embedded composition root and the composer.
export { startPlantGraph } from './plantgraph.ts';
export type { PlantGraphOptions, RunningPlantGraph } from './plantgraph.ts';
export { composeSupergraph, supergraphSubgraphs } from './compose.ts';
export { runNotesCrashTest } from './notes-crash.ts';
export type { CrashTestResult } from './notes-crash.ts';
export { scoreReconciliation } from './reconcile-score.ts';
export type { ReconcileScore } from './reconcile-score.ts';
