import { defaultFieldResolver, isObjectType } from 'graphql';
import type { GraphQLError, GraphQLSchema } from 'graphql';

/**
 * Canonical fields that degrade when their source field cannot be mapped. An adapter marks the domain object it
 * built (`markUnmapped(order, ['ProductionOrderOperation.actualStart'], error)`), and the subgraph schema, wrapped
 * once by `withUnmappedFields`, answers those fields with the coded error instead of a made-up value: the field is
 * null (or its nearest nullable parent, by GraphQL's rules) with SCHEMA_FIELD_UNMAPPED naming the source field,
 * and everything else on the object still resolves. A WeakMap keeps the marks off the domain types; the read
 * caches hold objects by reference (node-cache useClones: false), so a cached object keeps its marks.
 */
const marks = new WeakMap<object, Map<string, GraphQLError>>();

/** Marks `feeds` (`Type.field`) of a domain object as unmapped with `error`. Returns the object. */
export function markUnmapped<T extends object>(obj: T, feeds: readonly string[], error: GraphQLError): T {
  if (feeds.length === 0) return obj;
  let m = marks.get(obj);
  if (m === undefined) marks.set(obj, (m = new Map()));
  for (const f of feeds) m.set(f, error);
  return obj;
}

/**
 * Carries the marks of a domain object onto the canonical object built from it (an MES state row → its
 * EquipmentStateInterval, a production row → its ProductionRecord parent), so the degraded fields stay degraded.
 * Returns `to`; costs one WeakMap lookup when `from` has no marks.
 */
export function carryUnmapped<T extends object>(from: object, to: T): T {
  const m = marks.get(from);
  if (m === undefined) return to;
  let t = marks.get(to);
  if (t === undefined) marks.set(to, (t = new Map()));
  for (const [f, e] of m) t.set(f, e);
  return to;
}

/** Whether `obj` carries any unmapped mark (to skip carrying over many rows when it does not). */
export function hasUnmappedMarks(obj: object): boolean {
  return marks.has(obj);
}

/**
 * Wraps the resolvers of the canonical fields named in `feeds` (`Type.field`) so a marked parent answers with its
 * error. Only those fields pay for the check. Mutates and returns `schema`.
 */
export function withUnmappedFields(schema: GraphQLSchema, feeds: Iterable<string>): GraphQLSchema {
  for (const feed of new Set(feeds)) {
    const [typeName, fieldName] = feed.split('.');
    const type = typeName === undefined ? undefined : schema.getType(typeName);
    if (!isObjectType(type) || fieldName === undefined) throw new Error(`withUnmappedFields: ${feed} is not a field of the schema`);
    const field = type.getFields()[fieldName];
    if (field === undefined) throw new Error(`withUnmappedFields: ${feed} is not a field of the schema`);
    const inner = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent: unknown, args, ctx, info) => {
      const err = parent !== null && typeof parent === 'object' ? marks.get(parent)?.get(feed) : undefined;
      if (err !== undefined) throw err;
      return inner(parent, args, ctx, info);
    };
  }
  return schema;
}
