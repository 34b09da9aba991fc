import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, plantError } from '../../../common/index.ts';
import type { NoteCategory } from '../../../normalization/index.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import type { ContextContext } from '../context.ts';
import type { NoteRecord, NoteRevisionRecord } from '../note-records.ts';
import { noteLimits } from '../note-service.ts';

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

function rangeOf(range: { from: string; to: string }): { fromMs: number; toMs: number } {
  const fromMs = Date.parse(range.from), toMs = Date.parse(range.to);
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw plantError(Code.INVALID_TIME_RANGE, 'range.from and range.to must be ISO-8601 instants');
  if (fromMs >= toMs) throw plantError(Code.INVALID_TIME_RANGE, 'range.from must be before range.to');
  if (toMs - fromMs > noteLimits.listRangeMs) throw plantError(Code.INVALID_TIME_RANGE, 'a note range covers at most 366 days');
  return { fromMs, toMs };
}

function firstOf(first: number | null | undefined): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 0 || n > noteLimits.listFirst) throw badInput(`first must be between 0 and ${noteLimits.listFirst}, got ${n}`);
  return n;
}

const categoriesOf = (c: readonly string[] | null | undefined): readonly NoteCategory[] | null => (c == null ? null : (c as NoteCategory[]));

/** The context subgraph's resolvers: arguments checked here, notes read and written through ctx.notes. */
export const resolvers: Resolvers = {
  Query: {
    operatorNote: (_p, args, ctx) => ctx.notes.get(args.id),
    operatorNotes: async (_p, args, ctx) => [...await ctx.notes.list({
      ...rangeOf(args.filter.range), equipmentId: args.filter.equipmentId ?? null, workCenterId: args.filter.workCenterId ?? null,
      categories: categoriesOf(args.filter.category), first: firstOf(args.first),
    })],
  },
  Mutation: {
    addOperatorNote: (_p, args, ctx) => ctx.notes.add(args.input, ctx.identity()),
    editOperatorNote: (_p, args, ctx) => ctx.notes.edit(args.id, args.input, args.expectedRevision ?? null, ctx.identity()),
  },
  OperatorNote: {
    __resolveReference: (ref: { id: string }, ctx: ContextContext) => ctx.notes.get(ref.id),
    equipment: (n: NoteRecord) => (n.equipmentId === null ? null : { id: n.equipmentId }),
    workCenter: (n: NoteRecord) => (n.workCenterId === null ? null : { id: n.workCenterId }),
    time: (n: NoteRecord) => iso(n.current.timeMs),
    endTime: (n: NoteRecord) => isoOrNull(n.current.endTimeMs),
    text: (n: NoteRecord) => n.current.text,
    shift: (n: NoteRecord) => n.current.shift,
    productionOrder: (n: NoteRecord) => (n.current.productionOrderId === null ? null : { id: n.current.productionOrderId }),
    category: (n: NoteRecord) => n.current.category,
    confidence: (n: NoteRecord) => n.current.confidence,
    classifierVersion: (n: NoteRecord) => n.current.classifierVersion,
    mentions: (n: NoteRecord) => [...n.current.mentions],
    revision: (n: NoteRecord) => n.current.revision,
    history: async (n: NoteRecord, _a, ctx) => [...await ctx.notes.history(n.id)],
    recordedAt: (n: NoteRecord) => iso(n.recordedAtMs),
    updatedAt: (n: NoteRecord) => iso(n.current.recordedAtMs),
  },
  OperatorNoteRevision: {
    time: (r: NoteRevisionRecord) => iso(r.timeMs),
    endTime: (r: NoteRevisionRecord) => isoOrNull(r.endTimeMs),
    recordedAt: (r: NoteRevisionRecord) => iso(r.recordedAtMs),
  },
  Equipment: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    notes: async (e, args, ctx) => [...await ctx.notes.list({
      ...rangeOf(args.range), equipmentId: e.id, categories: categoriesOf(args.category), first: firstOf(args.first),
    })],
    recentNotes: async (e, _a, ctx) => {
      const toMs = ctx.now() + noteLimits.futureSkewMs;
      return [...await ctx.notes.list({ equipmentId: e.id, fromMs: toMs - ctx.recentNoteDays * 86_400_000, toMs, first: 200 })];
    },
  },
  WorkCenter: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    notes: async (w, args, ctx) => [...await ctx.notes.list({
      ...rangeOf(args.range), workCenterId: w.id, categories: categoriesOf(args.category), first: firstOf(args.first),
    })],
  },
};
