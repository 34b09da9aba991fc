import { GraphQLError, TypeInfo, getArgumentValues, getNamedType, isInputObjectType, isListType, isNonNullType, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, GraphQLInputType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { Code, hasSiteAccess } from '../../common/index.ts';
import type { Identity } from './authenticate.ts';
import { defaultRoles, fieldPolicy, siteArguments } from './policy.ts';
import type { FieldRule, SiteRefKind } from './policy.ts';

/**
 * Where things are: which sites this gateway serves and which site an area, work center or equipment belongs to.
 * Either call may throw when the owner (ERP) is unreachable; authorisation then fails closed.
 */
export interface SiteDirectory {
  servedSites(): Promise<readonly string[]>;
  /** The site of the thing `id` names, or undefined when the directory does not know it. */
  siteOf(kind: Exclude<SiteRefKind, 'equipmentTag'>, id: string): Promise<string | undefined>;
}

function forbidden(code: typeof Code.FORBIDDEN_ROLE | typeof Code.FORBIDDEN_SITE, message: string, detail: Record<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, detail, http: { status: 403 } } });
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

interface Ref { readonly field: string; readonly kind: SiteRefKind; readonly id: string }

/** Collects the site-naming values in `value` (of input type `type`) into `out`. */
function collectInputRefs(value: unknown, type: GraphQLInputType, field: string, out: Ref[]): void {
  if (value === null || value === undefined) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (Array.isArray(value)) for (const v of value) collectInputRefs(v, t.ofType, field, out);
    return;
  }
  if (!isInputObjectType(t) || typeof value !== 'object') return;
  for (const [name, f] of Object.entries(t.getFields())) {
    const v = (value as Record<string, unknown>)[name];
    const kind = siteArguments[`${t.name}.${name}`];
    if (kind !== undefined) pushRefs(v, kind, field, out);
    else collectInputRefs(v, f.type, field, out);
  }
}

function pushRefs(value: unknown, kind: SiteRefKind, field: string, out: Ref[]): void {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) if (typeof v === 'string') out.push({ field, kind, id: v });
}

interface Visited {
  /** First field (by coordinate) whose rule the identity does not meet. */
  denied?: { coordinate: string; rule: FieldRule };
  /** Root fields with the site references found in their arguments. */
  roots: { coordinate: string; refs: Ref[] }[];
}

function visitOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>, holds: (rule: FieldRule) => boolean): Visited {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t != null));
  const result: Visited = { roots: [] };
  const queue: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const node = queue.shift()!;
    const typeInfo = new TypeInfo(schema);
    visit(node, visitWithTypeInfo(typeInfo, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const f = fragments.get(name);
        if (f !== undefined && !seen.has(name)) { seen.add(name); queue.push(f); }
      },
      Field(field) {
        const parent = typeInfo.getParentType();
        const def = typeInfo.getFieldDef();
        if (parent == null || def == null || field.name.value.startsWith('__') || parent.name.startsWith('__')) return; // introspection: governed by the introspection switch
        const coordinate = `${parent.name}.${def.name}`;
        if (result.denied === undefined) {
          const returned = getNamedType(def.type).name;
          const rules = [fieldPolicy[coordinate], fieldPolicy[returned], fieldPolicy[parent.name]].filter((r): r is FieldRule => r !== undefined);
          if (rules.length === 0) rules.push({ roles: defaultRoles, why: 'plant data' });
          const broken = rules.find((r) => !holds(r));
          if (broken !== undefined) result.denied = { coordinate, rule: broken };
        }
        if (!rootTypes.has(parent as never)) return;
        const refs: Ref[] = [];
        let args: Record<string, unknown>;
        // Coercion errors are reported by execution as BAD_USER_INPUT; here they only mean "names nothing".
        try { args = getArgumentValues(def, field, variables as Record<string, unknown>); } catch { args = {}; }
        for (const a of def.args) {
          const kind = siteArguments[`${coordinate}(${a.name}:)`];
          if (kind !== undefined) pushRefs(args[a.name], kind, coordinate, refs);
          else collectInputRefs(args[a.name], a.type, coordinate, refs);
        }
        result.roots.push({ coordinate, refs });
      },
    }));
  }
  return result;
}

/**
 * Decides whether `identity` may run `operation` of `document`, before any subgraph is called. Returns the first
 * refusal as a coded GraphQLError (HTTP 403) or undefined:
 * - FORBIDDEN_ROLE naming the first field whose rule (gateway/auth/policy.ts) needs a role the identity lacks;
 * - FORBIDDEN_SITE naming the root field that names a site (or an area, work center, equipment of a site) the
 *   identity may not see, or that reads plant-wide while the identity lacks one of the gateway's served sites.
 *   Things the directory does not know count as plant-wide (fail closed), as does a directory that cannot answer.
 * An identity holding `*` is not checked against the directory at all.
 */
export async function authorizeOperation(args: {
  readonly schema: GraphQLSchema; readonly document: DocumentNode; readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>; readonly identity: Identity; readonly directory: SiteDirectory;
}): Promise<GraphQLError | undefined> {
  const { identity, directory } = args;
  const held = new Set(identity.roles);
  const visited = visitOperation(args.schema, args.document, args.operation, args.variables, (rule) => rule.roles.some((r) => held.has(r)));
  if (visited.denied !== undefined) {
    const { coordinate, rule } = visited.denied;
    return forbidden(Code.FORBIDDEN_ROLE, `${coordinate} needs one of the roles ${rule.roles.join(', ')}.`, { field: coordinate, roles: rule.roles.join(',') });
  }
  if (identity.sites.includes('*')) return undefined;

  let served: readonly string[] | undefined;
  const holdsAllServed = async (): Promise<{ ok: boolean; missing?: string }> => {
    try { served ??= await directory.servedSites(); } catch { return { ok: false }; }
    const missing = served.find((s) => !hasSiteAccess(identity, s));
    return missing === undefined ? { ok: true } : { ok: false, missing };
  };
  for (const root of visited.roots) {
    if (root.refs.length === 0) {
      const r = await holdsAllServed();
      if (!r.ok) {
        return forbidden(Code.FORBIDDEN_SITE, `${root.coordinate} reads every site this gateway serves; this caller may not see ${r.missing ?? 'all of them'}.`,
          { field: root.coordinate, ...(r.missing !== undefined ? { site: r.missing } : {}) });
      }
      continue;
    }
    for (const ref of root.refs) {
      // `<equipmentId>/<tag>`: the equipment id is everything before the last slash.
      const kind = ref.kind === 'equipmentTag' ? 'equipment' : ref.kind;
      const id = ref.kind === 'equipmentTag' ? ref.id.slice(0, Math.max(0, ref.id.lastIndexOf('/'))) : ref.id;
      let site: string | undefined;
      if (kind === 'site') site = id;
      else { try { site = await directory.siteOf(kind, id); } catch { site = undefined; } }
      if (site !== undefined) {
        if (hasSiteAccess(identity, site)) continue;
        return forbidden(Code.FORBIDDEN_SITE, `${root.coordinate} names ${article(kind)} ${kind} of site ${site}, which this caller may not see.`, { field: root.coordinate, site });
      }
      // Unknown to the directory (or it could not answer): only a caller who may see every served site may ask.
      const r = await holdsAllServed();
      if (!r.ok) return forbidden(Code.FORBIDDEN_SITE, `${root.coordinate} names ${article(kind)} ${kind} whose site this caller may not be shown.`, { field: root.coordinate });
    }
  }
  return undefined;
}
