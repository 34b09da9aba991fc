// Two tiny fixture subgraphs (erp-like owner of Equipment, mes-like extender) for gateway tests.
// They run in-process through the same SubgraphRuntime contract the real subgraphs implement.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { Code, plantError } from '../common/index.ts';
import type { RequestFacts, SubgraphRuntime } from '../common/index.ts';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export const fixtureErpSdl = `${link}
type Equipment @key(fields: "id") { id: ID! name: String! }
type Query { equipmentList: [Equipment!]! secretFailure: String }`;

export const fixtureMesSdl = `${link}
type Equipment @key(fields: "id") { id: ID! state: String }`;

export interface FixtureControls {
  mesMode: 'ok' | 'unavailable' | 'crash';
  /** Milliseconds the mes `state` resolver waits before answering. */
  mesDelayMs: number;
  erpReady: boolean;
  /** Request facts each subgraph saw, in order. */
  readonly seen: { subgraph: string; facts: RequestFacts }[];
}

function runtime(name: string, sdl: string, resolvers: object, controls: FixtureControls): SubgraphRuntime {
  return {
    name,
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    createContext: (facts) => { controls.seen.push({ subgraph: name, facts }); return { facts }; },
    upstreamStats: () => ({ calls: 0, byOp: {} }),
    resetStats: () => {},
    ready: async () => (name === 'erp' ? controls.erpReady : true),
    close: async () => {},
  };
}

export function createFixtureSubgraphs(): { runtimes: Record<string, SubgraphRuntime>; controls: FixtureControls; supergraphSdl: string } {
  const controls: FixtureControls = { mesMode: 'ok', mesDelayMs: 0, erpReady: true, seen: [] };
  const equipment = [{ id: 'PRESS-04', name: 'Press 4' }, { id: 'LATHE-12', name: 'Lathe 12' }];
  const erp = runtime('erp', fixtureErpSdl, {
    Query: {
      equipmentList: () => equipment,
      secretFailure: () => { throw new Error('Login failed; Server=erp.invalid;Password=hunter2'); },
    },
    Equipment: { __resolveReference: (ref: { id: string }) => equipment.find((e) => e.id === ref.id) ?? null },
  }, controls);
  const mes = runtime('mes', fixtureMesSdl, {
    Equipment: {
      __resolveReference: (ref: { id: string }) => ref,
      state: async (e: { id: string }) => {
        if (controls.mesDelayMs > 0) await new Promise((r) => setTimeout(r, controls.mesDelayMs));
        if (controls.mesMode === 'unavailable') throw plantError(Code.MES_UNAVAILABLE, 'MES unreachable', { source: 'MES', retryable: true });
        if (controls.mesMode === 'crash') throw new TypeError("Cannot read properties of undefined (reading 'GoodQty')");
        return e.id === 'PRESS-04' ? 'RUNNING' : 'DOWN_UNPLANNED';
      },
    },
  }, controls);
  const composed = composeServices([
    { name: 'erp', url: 'http://erp.invalid/graphql', typeDefs: parse(fixtureErpSdl) },
    { name: 'mes', url: 'http://mes.invalid/graphql', typeDefs: parse(fixtureMesSdl) },
  ]);
  if (composed.errors !== undefined) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return { runtimes: { erp, mes }, controls, supergraphSdl: composed.supergraphSdl };
}
