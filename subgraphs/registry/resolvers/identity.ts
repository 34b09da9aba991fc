import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Code, errorCode, plantError } from '../../../common/index.ts';
import { identityLinkId, scopeKey } from '../../../normalization/index.ts';
import type { EquipmentLink, IdentityDecision } from '../../../normalization/index.ts';
import type { RegistryContext } from '../context.ts';
import type { IdentityDecisionModel } from '../models.ts';

/** Roles that may confirm or reject identity links (also enforced by the gateway's field policy). */
export const identityDeciderRoles: readonly string[] = ['planner', 'maintenance'];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

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
  equipment: (l: EquipmentLink) => ({ id: l.equipmentId }),
  scope: (l: EquipmentLink) => scopeKey(l.scope),
  validFrom: (l: EquipmentLink) => iso(l.validFromMs),
  validTo: (l: EquipmentLink) => iso(l.validToMs),
  evidence: (l: EquipmentLink) => [...l.evidence],
};

export const identityDecisionFields = {
  equipment: (d: IdentityDecisionModel) => ({ id: d.equipmentId }),
  system: (d: IdentityDecisionModel) => d.subject.system,
  nativeId: (d: IdentityDecisionModel) => d.subject.nativeId,
  decidedBy: (d: IdentityDecisionModel) => d.by,
  decidedAt: (d: IdentityDecisionModel) => new Date(d.atMs).toISOString(),
};

export async function aliasesOf(id: string, ctx: RegistryContext): Promise<EquipmentLink[]> {
  return [...await guarded(ctx, 'aliases', () => ctx.crosswalk.aliasesOf(id))];
}

export async function identityProposals(system: string | null | undefined, first: number | null | undefined, ctx: RegistryContext): Promise<EquipmentLink[]> {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new GraphQLError(`first must be between 0 and 1000, got ${n}`, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } });
  const all = await guarded(ctx, 'identityProposals', () => ctx.crosswalk.proposals());
  return all.filter((l) => system == null || l.system === system).slice(0, n);
}

export async function identityDecisions(ctx: RegistryContext): Promise<IdentityDecisionModel[]> {
  const [decisions, match] = await guarded(ctx, 'identityDecisions', () => Promise.all([ctx.crosswalk.decisions(), ctx.crosswalk.equipmentMatch()]));
  const current = (d: IdentityDecision): EquipmentLink | null => match.links.find((l) => l.method !== 'DERIVED' && l.subject.system === d.subject.system
    && l.subject.nativeId.trim().toUpperCase() === d.subject.nativeId.trim().toUpperCase() && scopeKey(l.scope) === scopeKey(d.scope)) ?? null;
  return [...decisions].sort((a, b) => b.atMs - a.atMs)
    .map((d) => ({ ...d, linkId: identityLinkId({ subject: d.subject, scope: d.scope, equipmentId: d.equipmentId }), current: current(d) }));
}

/** Confirm or reject: role-checked (planner, maintenance), stored durably before answering. */
export async function decideIdentityLink(id: string, verdict: 'CONFIRMED' | 'REJECTED', comment: string | null | undefined, ctx: RegistryContext): Promise<IdentityDecisionModel> {
  const field = verdict === 'CONFIRMED' ? 'Mutation.confirmIdentityLink' : 'Mutation.rejectIdentityLink';
  if (ctx.caller === null || !ctx.caller.roles.some((r) => identityDeciderRoles.includes(r))) {
    throw plantError(Code.FORBIDDEN_ROLE, `${field} needs one of the roles ${identityDeciderRoles.join(', ')}`, { detail: { field, roles: identityDeciderRoles.join(',') } });
  }
  const by = ctx.caller.sub;
  const current = await guarded(ctx, field, () => ctx.crosswalk.decide(id, verdict, by, comment ?? null));
  const decision = (await guarded(ctx, field, () => ctx.crosswalk.decisions()))
    .filter((d) => identityLinkId({ subject: d.subject, scope: d.scope, equipmentId: d.equipmentId }) === id).sort((a, b) => b.atMs - a.atMs)[0];
  if (decision === undefined) throw new Error(`decision for ${id} was committed but cannot be read back`);
  ctx.logger.info({ op: field, linkId: id, by, outcome: verdict }, 'identity decision recorded');
  return { ...decision, linkId: id, current };
}
