import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, listSchemaChanges, plantError } from '../../../common/index.ts';
import type { RecordedSchemaChange } from '../../../common/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  aliasesOf, decideIdentityLink, equipmentAliasFields, identityAliasType, identityDecisionFields, identityDecisions, identityProposals,
  keyAliasesOf, keyAliasFields, unmatchedIdentities,
} from './identity.ts';

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });

/** The registry's resolvers: thin reads of the store. A store failure is an error (the log is not empty, it is unknown). */
export const resolvers: Resolvers = {
  Query: {
    identityProposals: (_p, args, ctx) => identityProposals(args.kind, args.system, args.first, ctx),
    unmatchedIdentities: (_p, args, ctx) => unmatchedIdentities(args.kind, ctx),
    identityDecisions: (_p, args, ctx) => identityDecisions(args.kind, ctx),
    schemaChanges: async (_p, args, ctx) => {
      const first = args.first ?? 100;
      if (!Number.isInteger(first) || first < 0 || first > 1000) throw badInput(`first must be between 0 and 1000, got ${first}`);
      let sinceMs: number | null = null;
      if (args.since !== null && args.since !== undefined) {
        sinceMs = Date.parse(args.since);
        if (!Number.isFinite(sinceMs)) throw plantError(Code.INVALID_TIME_RANGE, `since is not an ISO-8601 instant: ${args.since}`);
      }
      try {
        return [...await listSchemaChanges(ctx.store, { system: args.system ?? null, sinceMs, limit: first })];
      } catch (e: unknown) {
        ctx.logger.error({ op: 'schemaChanges', error: e instanceof Error ? e.message : String(e) }, 'schema change log read failed');
        throw plantError(Code.SUBGRAPH_UNAVAILABLE, 'The schema change log could not be read', { retryable: true }, e);
      }
    },
  },
  Mutation: {
    confirmIdentityLink: (_p, args, ctx) => decideIdentityLink(args.id, 'CONFIRMED', args.comment, ctx),
    rejectIdentityLink: (_p, args, ctx) => decideIdentityLink(args.id, 'REJECTED', args.comment, ctx),
  },
  Equipment: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    aliases: (e, _a, ctx) => aliasesOf(e.id, ctx),
  },
  Material: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    aliases: (m, _a, ctx) => keyAliasesOf('MATERIAL', m.id, ctx),
  },
  ProductionOrder: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    aliases: (o, _a, ctx) => keyAliasesOf('PRODUCTION_ORDER', o.id, ctx),
  },
  EquipmentAlias: equipmentAliasFields,
  MaterialAlias: { ...keyAliasFields, material: (a) => ({ id: a.canonicalId }) },
  ProductionOrderAlias: { ...keyAliasFields, productionOrder: (a) => ({ id: a.canonicalId }), operationSequence: (a) => a.operation },
  IdentityAlias: identityAliasType,
  IdentityDecision: identityDecisionFields,
  SchemaChange: {
    detectedAt: (c: RecordedSchemaChange) => new Date(c.detectedAtMs).toISOString(),
  },
};
