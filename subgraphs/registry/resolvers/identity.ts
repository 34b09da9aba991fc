import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, errorCode, plantError } from '../../../common/index.ts';
import { identityLinkId, keyKindOfLinkId, keyLinkId, scopeKey, trimKey } from '../../../normalization/index.ts';
import type { EquipmentLink, IdentityDecision, KeyAlias, KeyDecision, KeyKind } from '../../../normalization/index.ts';
import type { RegistryContext } from '../context.ts';
import type { IdentityAliasModel, IdentityDecisionModel } from '../models.ts';

/** Roles that may confirm or reject identity links (also enforced by the gateway's field policy). */
export const identityDeciderRoles: readonly string[] = ['planner', 'maintenance'];

type SubjectKind = 'EQUIPMENT' | KeyKind;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const isKey = (a: IdentityAliasModel): a is KeyAlias => 'canonicalId' in a;

/** A store failure is a coded, retryable error (never an empty list); coded errors pass through. */
async function guarded<T>(ctx: RegistryContext, op: string, f: () => Promise<T>): Promise<T> {
  try { return await f(); } catch (e: unknown) {
    if (errorCode(e) !== undefined) throw e;
    ctx.logger.error({ op, error: e instanceof Error ? e.message : String(e) }, 'identity crosswalk failed');
    throw plantError(Code.IDENTITY_STORE_UNAVAILABLE, 'The identity crosswalk could not be read', { retryable: true }, e);
  }
}

export const equipmentAliasFields = {
  id: (l: EquipmentLink) => identityLinkId(l),
  subjectKind: () => 'EQUIPMENT' as const,
  canonicalId: (l: EquipmentLink) => l.equipmentId,
  equipment: (l: EquipmentLink) => ({ id: l.equipmentId }),
  scope: (l: EquipmentLink) => scopeKey(l.scope),
  validFrom: (l: EquipmentLink) => iso(l.validFromMs),
  validTo: (l: EquipmentLink) => iso(l.validToMs),
  evidence: (l: EquipmentLink) => [...l.evidence],
};

/** MaterialAlias and ProductionOrderAlias: a key alias (part numbers and order ids have no validity interval). */
export const keyAliasFields = {
  id: (a: KeyAlias) => keyLinkId(a),
  subjectKind: (a: KeyAlias) => a.kind,
  kind: (a: KeyAlias) => a.aliasKind,
  scope: (a: KeyAlias) => scopeKey(a.scope),
  validFrom: () => null,
  validTo: () => null,
  evidence: (a: KeyAlias) => [...a.evidence],
};

export const identityAliasType = {
  __resolveType: (a: IdentityAliasModel) => (isKey(a) ? (a.kind === 'MATERIAL' ? 'MaterialAlias' : 'ProductionOrderAlias') : 'EquipmentAlias'),
};

export const identityDecisionFields = {
  equipment: (d: IdentityDecisionModel) => (d.subjectKind === 'EQUIPMENT' ? { id: d.canonicalId } : null),
  material: (d: IdentityDecisionModel) => (d.subjectKind === 'MATERIAL' ? { id: d.canonicalId } : null),
  productionOrder: (d: IdentityDecisionModel) => (d.subjectKind === 'PRODUCTION_ORDER' ? { id: d.canonicalId } : null),
  decidedBy: (d: IdentityDecisionModel) => d.by,
  decidedAt: (d: IdentityDecisionModel) => new Date(d.atMs).toISOString(),
};

export async function aliasesOf(id: string, ctx: RegistryContext): Promise<EquipmentLink[]> {
  return [...await guarded(ctx, 'aliases', () => ctx.crosswalk.aliasesOf(id))];
}

export async function keyAliasesOf(kind: KeyKind, id: string, ctx: RegistryContext): Promise<KeyAlias[]> {
  return [...await guarded(ctx, 'aliases', () => ctx.crosswalk.keyAliasesOf(kind, id))];
}

export async function identityProposals(kind: SubjectKind | null | undefined, system: string | null | undefined, first: number | null | undefined, ctx: RegistryContext): Promise<IdentityAliasModel[]> {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new GraphQLError(`first must be between 0 and 1000, got ${n}`, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
  const [equipment, keys] = await guarded(ctx, 'identityProposals', () => Promise.all([
    kind == null || kind === 'EQUIPMENT' ? ctx.crosswalk.proposals() : Promise.resolve([]),
    kind === 'EQUIPMENT' ? Promise.resolve([]) : ctx.crosswalk.keyProposals(kind ?? null),
  ]));
  return [...equipment, ...keys].filter((l) => system == null || l.system === system).slice(0, n);
}

export async function unmatchedIdentities(kind: SubjectKind | null | undefined, ctx: RegistryContext) {
  const [equipment, keys] = await guarded(ctx, 'unmatchedIdentities', () => Promise.all([ctx.crosswalk.equipmentMatch(), ctx.crosswalk.keyMatch()]));
  return [
    ...(kind == null || kind === 'EQUIPMENT' ? equipment.unmatched.map((u) => ({ ...u, subjectKind: 'EQUIPMENT' as const, reason: null })) : []),
    ...keys.unmatched.filter((u) => kind == null || u.kind === kind).map((u) => ({ subjectKind: u.kind, system: u.system, nativeId: u.nativeId, name: '', reason: u.reason })),
  ];
}

const sameSubject = (a: { system: string; nativeId: string; scope: Parameters<typeof scopeKey>[0] }, system: string, nativeId: string, scope: Parameters<typeof scopeKey>[0]): boolean =>
  a.system === system && trimKey(a.nativeId) === trimKey(nativeId) && scopeKey(a.scope) === scopeKey(scope);

function fromEquipmentDecision(d: IdentityDecision, current: EquipmentLink | null): IdentityDecisionModel {
  return { linkId: identityLinkId({ subject: d.subject, scope: d.scope, equipmentId: d.equipmentId }), verdict: d.verdict, subjectKind: 'EQUIPMENT',
    canonicalId: d.equipmentId, system: d.subject.system, nativeId: d.subject.nativeId, by: d.by, atMs: d.atMs, comment: d.comment, current };
}
function fromKeyDecision(d: KeyDecision, current: KeyAlias | null): IdentityDecisionModel {
  return { linkId: keyLinkId(d), verdict: d.verdict, subjectKind: d.kind, canonicalId: d.canonicalId, system: d.subject.system,
    nativeId: d.subject.nativeId, by: d.by, atMs: d.atMs, comment: d.comment, current };
}

export async function identityDecisions(kind: SubjectKind | null | undefined, ctx: RegistryContext): Promise<IdentityDecisionModel[]> {
  const wantEquipment = kind == null || kind === 'EQUIPMENT', wantKeys = kind !== 'EQUIPMENT';
  const [decisions, match, keyDecisions, keyMatch] = await guarded(ctx, 'identityDecisions', () => Promise.all([
    wantEquipment ? ctx.crosswalk.decisions() : [], wantEquipment ? ctx.crosswalk.equipmentMatch() : null,
    wantKeys ? ctx.crosswalk.keyDecisions() : [], wantKeys ? ctx.crosswalk.keyMatch() : null,
  ]));
  const out: IdentityDecisionModel[] = [
    ...decisions.map((d) => fromEquipmentDecision(d, match?.links.find((l) => l.method !== 'DERIVED'
      && sameSubject({ system: l.subject.system, nativeId: l.subject.nativeId, scope: l.scope }, d.subject.system, d.subject.nativeId, d.scope)) ?? null)),
    ...keyDecisions.filter((d) => kind == null || d.kind === kind).map((d) => fromKeyDecision(d, keyMatch?.aliases.find((a) => a.kind === d.kind
      && sameSubject(a, d.subject.system, d.subject.nativeId, d.scope)) ?? null)),
  ];
  return out.sort((a, b) => b.atMs - a.atMs);
}

/** Confirm or reject: role-checked (planner, maintenance), stored durably before answering. The link id says its kind. */
export async function decideIdentityLink(id: string, verdict: 'CONFIRMED' | 'REJECTED', comment: string | null | undefined, ctx: RegistryContext): Promise<IdentityDecisionModel> {
  const field = verdict === 'CONFIRMED' ? 'Mutation.confirmIdentityLink' : 'Mutation.rejectIdentityLink';
  if (ctx.caller === null || !ctx.caller.roles.some((r) => identityDeciderRoles.includes(r))) {
    throw plantError(Code.FORBIDDEN_ROLE, `${field} needs one of the roles ${identityDeciderRoles.join(', ')}`, { detail: { field, roles: identityDeciderRoles.join(',') } });
  }
  const by = ctx.caller.sub;
  let model: IdentityDecisionModel;
  if (keyKindOfLinkId(id) !== null) {
    const { decision, current } = await guarded(ctx, field, () => ctx.crosswalk.decideKey(id, verdict, by, comment ?? null));
    model = fromKeyDecision(decision, current);
  } else {
    const current = await guarded(ctx, field, () => ctx.crosswalk.decide(id, verdict, by, comment ?? null));
    const decision = (await guarded(ctx, field, () => ctx.crosswalk.decisions()))
      .filter((d) => identityLinkId({ subject: d.subject, scope: d.scope, equipmentId: d.equipmentId }) === id).sort((a, b) => b.atMs - a.atMs)[0];
    if (decision === undefined) throw new Error(`decision for ${id} was committed but cannot be read back`);
    model = fromEquipmentDecision(decision, current);
  }
  ctx.logger.info({ op: field, linkId: id, by, outcome: verdict }, 'identity decision recorded');
  return { ...model, linkId: id };
}
