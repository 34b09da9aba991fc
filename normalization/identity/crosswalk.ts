import { Code, plantError } from '../../common/index.ts';
import type { DurableStore, StoreWrite } from '../../common/index.ts';
import { nameSimilarity, nameTokens, normaliseKey, trimKey } from './keys.ts';
import { matchEquipment, scopeKey } from './match-equipment.ts';
import { matchKeyAliases } from './match-key-aliases.ts';
import type { KeyAlias, KeyDecision, KeyKind, KeyMatch, KeyObservation } from './match-key-aliases.ts';
import type { EquipmentLink, EquipmentMatch, EquipmentObservation, IdentityDecision, IdentityScope, MatchOptions } from './types.ts';

/** Store namespaces of the crosswalk (shared by every process on the same store). */
export const identityNamespaces = Object.freeze({
  observations: 'identity.equipment.observations',
  decisions: 'identity.equipment.decisions',
  decisionLog: 'identity.equipment.decision-log',
  keyObservations: 'identity.keys.observations',
  keyDecisions: 'identity.keys.decisions',
  keyDecisionLog: 'identity.keys.decision-log',
  keyMeta: 'identity.keys.meta',
});

/** A canonical equipment as the ERP roster has it (the position). */
export interface RosterEntry {
  readonly equipmentId: string;
  readonly name: string;
  readonly scope: IdentityScope;
  readonly siteId: string | null;
  readonly areaId: string | null;
  readonly workCenterId: string | null;
}

/** One way a free-text mention ('P04', 'press 4', 'Press #4') names an equipment. */
export interface MentionMatch {
  readonly equipmentId: string;
  /** 0..1; 1 = an identifier of the equipment, exactly or normalised. */
  readonly score: number;
  /** The alias or name that matched, e.g. 'MES MACHINE_CODE P04' or 'name Press 4'. */
  readonly via: string;
}

export interface Crosswalk {
  /**
   * Stores what `system` says about its master records. Only records that changed are written. With
   * `complete` (a full master read), the system's records in the same scopes that are no longer listed
   * are removed. Throws IDENTITY_STORE_UNAVAILABLE when the store fails.
   */
  publishEquipment(system: 'ERP' | 'MES' | 'CMMS', observations: readonly EquipmentObservation[], opts?: { complete?: boolean }): Promise<void>;
  /** The matcher's current answer over every stored observation and decision (memoised until a write or `maxAgeMs`). */
  equipmentMatch(): Promise<EquipmentMatch>;
  /** Canonical equipment id of a native id, from LINKED or CONFIRMED links only; null when none (or only proposed). */
  equipmentIdOf(system: 'MES' | 'OPC' | 'CMMS' | 'ERP', nativeId: string, kind?: EquipmentLink['kind']): Promise<string | null>;
  /** LINKED/CONFIRMED aliases of `equipmentId` in `system` (e.g. its MES machine codes, CMMS asset ids). */
  nativeIdsOf(equipmentId: string, system: 'MES' | 'OPC' | 'CMMS' | 'ERP', kind?: EquipmentLink['kind']): Promise<readonly EquipmentLink[]>;
  /** Every alias of `equipmentId` whatever its status, in system order; [] for an unknown id. */
  aliasesOf(equipmentId: string): Promise<readonly EquipmentLink[]>;
  /** Open proposals (status PROPOSED, one per subject, not derived), in (equipmentId, system, nativeId) order. */
  proposals(): Promise<readonly EquipmentLink[]>;
  /**
   * Records a person's verdict on a link, durably (resolves when committed). `linkId` is `identityLinkId(link)`
   * of a current proposal or link. Throws IDENTITY_LINK_UNKNOWN for an id that names none.
   * Returns the subject's link after the decision (null when rejected and nothing else qualifies).
   */
  decide(linkId: string, verdict: 'CONFIRMED' | 'REJECTED', by: string, comment?: string | null): Promise<EquipmentLink | null>;
  /** Every stored decision. */
  decisions(): Promise<readonly IdentityDecision[]>;
  /**
   * Stores part numbers or order ids `system` uses (only what changed). With `complete` the system's keys of that
   * kind in the same scopes that are no longer listed are removed (an ERP master read); without it keys accumulate
   * (an MES lists only a window of orders, and past orders keep their ids). Throws IDENTITY_STORE_UNAVAILABLE.
   */
  publishKeys(kind: KeyKind, system: KeyObservation['system'], observations: readonly KeyObservation[], opts?: { complete?: boolean }): Promise<void>;
  /** The key matcher's current answer (materials and production orders; memoised like equipmentMatch). */
  keyMatch(): Promise<KeyMatch>;
  /** Every alias of a canonical material or production order id whatever its status (ERP first); [] for an unknown id. */
  keyAliasesOf(kind: KeyKind, canonicalId: string): Promise<readonly KeyAlias[]>;
  /** Open key proposals (PROPOSED), in (kind, canonicalId, system, nativeId) order; `kind` null = both. */
  keyProposals(kind?: KeyKind | null): Promise<readonly KeyAlias[]>;
  /**
   * A person's verdict on a key link (`keyLinkId` of a current alias or proposal, or a pair decided before), stored
   * durably. Throws IDENTITY_LINK_UNKNOWN for an id that names none. Returns the subject's alias after the decision.
   */
  decideKey(linkId: string, verdict: 'CONFIRMED' | 'REJECTED', by: string, comment?: string | null): Promise<{ readonly decision: KeyDecision; readonly current: KeyAlias | null }>;
  /** Every stored key decision. */
  keyDecisions(): Promise<readonly KeyDecision[]>;
  /** The roster entry of a canonical equipment id (trimmed, case-insensitive); null when the ERP has none. */
  lookup(equipmentId: string): Promise<RosterEntry | null>;
  roster(): Promise<readonly RosterEntry[]>;
  /** Equipment a short mention may name, best first, at most `limit` (default 3), scores ≥ 0.6. */
  resolveMention(mention: string, limit?: number): Promise<readonly MentionMatch[]>;
  /** Mentions of equipment inside free text ('P04 jammed again, press 4 too'), each with the span that matched. */
  findMentions(text: string): Promise<readonly (MentionMatch & { readonly text: string; readonly start: number; readonly end: number })[]>;
}

/** Stable id of a link (proposal ids in GraphQL): subject system, scope, subject native id, equipment id. */
export function identityLinkId(l: Pick<EquipmentLink, 'subject' | 'scope' | 'equipmentId'>): string {
  return [l.subject.system, scopeKey(l.scope), trimKey(l.subject.nativeId), l.equipmentId].map(encodeURIComponent).join(':');
}

/** Stable id of a material / production-order link: kind, subject system, scope, native id, canonical id. */
export function keyLinkId(l: { readonly kind: KeyKind; readonly subject?: { readonly system: string; readonly nativeId: string }; readonly system?: string; readonly nativeId?: string;
  readonly scope: IdentityScope; readonly canonicalId: string }): string {
  const system = l.subject?.system ?? l.system ?? '', nativeId = l.subject?.nativeId ?? l.nativeId ?? '';
  return [l.kind, system, scopeKey(l.scope), trimKey(nativeId), trimKey(l.canonicalId)].map(encodeURIComponent).join(':');
}

/** The key kind a link id names (MATERIAL / PRODUCTION_ORDER), or null for an equipment link id. */
export function keyKindOfLinkId(linkId: string): KeyKind | null {
  return linkId.startsWith('MATERIAL:') ? 'MATERIAL' : linkId.startsWith('PRODUCTION_ORDER:') ? 'PRODUCTION_ORDER' : null;
}

const keyObsKey = (o: Pick<KeyObservation, 'kind' | 'system' | 'scope' | 'nativeId'>): string => `${o.kind}/${o.system}/${scopeKey(o.scope)}/${trimKey(o.nativeId)}`;
const keyDecisionKey = (d: Pick<KeyDecision, 'kind' | 'subject' | 'scope' | 'canonicalId'>): string =>
  `${d.kind}/${d.subject.system}/${scopeKey(d.scope)}/${trimKey(d.subject.nativeId)}/${trimKey(d.canonicalId)}`;

const obsKey = (o: Pick<EquipmentObservation, 'system' | 'scope' | 'nativeId'>): string => `${o.system}/${scopeKey(o.scope)}/${trimKey(o.nativeId)}`;
const decisionKey = (d: Pick<IdentityDecision, 'subject' | 'scope' | 'equipmentId'>): string =>
  `${d.subject.system}/${scopeKey(d.scope)}/${trimKey(d.subject.nativeId)}/${trimKey(d.equipmentId)}`;

const storeFailed = (op: string, e: unknown): Error =>
  plantError(Code.IDENTITY_STORE_UNAVAILABLE, `The identity store failed (${op})`, { retryable: true }, e);

async function guarded<T>(op: string, f: () => Promise<T>): Promise<T> {
  try { return await f(); } catch (e: unknown) { throw storeFailed(op, e); }
}

/**
 * The identity crosswalk over the layer's durable store. Subgraphs publish observations of their own master
 * records; anyone (subgraphs, the registry subgraph, operator notes) reads the matcher's answer. Decisions are
 * stored durably and win over the matcher. The match is recomputed from the store when a write happened in
 * this process or the memo is older than `maxAgeMs` (default 2000; other processes may share the store).
 */
export function createCrosswalk(store: DurableStore, opts: { maxAgeMs?: number; match?: Partial<MatchOptions>; now?: () => number } = {}): Crosswalk {
  const maxAgeMs = opts.maxAgeMs ?? 2000;
  const now = opts.now ?? Date.now;
  let memo: { atMs: number; match: Promise<EquipmentMatch>; observations: Promise<readonly EquipmentObservation[]> } | null = null;
  const invalidate = (): void => { memo = null; };

  const load = (): NonNullable<typeof memo> => {
    if (memo !== null && now() - memo.atMs < maxAgeMs) return memo;
    const observations = guarded('range observations', async () => (await store.range<EquipmentObservation>(identityNamespaces.observations, {})).map((e) => e.value));
    const decisions = guarded('range decisions', async () => (await store.range<IdentityDecision>(identityNamespaces.decisions, {})).map((e) => e.value));
    const match = Promise.all([observations, decisions]).then(([o, d]) => matchEquipment(o, d, opts.match));
    const m = { atMs: now(), match, observations };
    // A failed read must not stick: the next call retries.
    match.catch(() => { if (memo === m) memo = null; });
    memo = m;
    return m;
  };
  // Keys (materials, production orders) have their own memo: thousands of order ids must not be re-read when a
  // machine decision invalidates the equipment match, and the other way round. Every key write also writes a version
  // stamp, so an expired memo costs one read when nothing changed (re-matching 10k keys takes ~0.3 s), while a change
  // made by another process on the store is still seen within `maxAgeMs`.
  interface KeyState { readonly version: string | undefined; readonly match: KeyMatch; readonly byCanonical: Map<string, KeyAlias[]> }
  interface KeyMemo { atMs: number; state: Promise<KeyState> }
  let keyMemo: KeyMemo | null = null;
  let keyState: KeyState | null = null;
  const readKeyDecisions = (): Promise<KeyDecision[]> =>
    guarded('range key decisions', async () => (await store.range<KeyDecision>(identityNamespaces.keyDecisions, {})).map((e) => e.value));
  const versionWrite = (): StoreWrite => ({ namespace: identityNamespaces.keyMeta, key: 'version', value: `${now()}-${Math.random().toString(36).slice(2)}` });
  const loadKeys = (): KeyMemo => {
    if (keyMemo !== null && now() - keyMemo.atMs < maxAgeMs) return keyMemo;
    const state = (async (): Promise<KeyState> => {
      const version = await guarded('get key version', () => store.get<string>(identityNamespaces.keyMeta, 'version'));
      if (keyState !== null && version !== undefined && keyState.version === version) return keyState;
      const [o, d] = await Promise.all([
        guarded('range key observations', async () => (await store.range<KeyObservation>(identityNamespaces.keyObservations, {})).map((e) => e.value)),
        readKeyDecisions(),
      ]);
      const match = matchKeyAliases(o, d, opts.match);
      const byCanonical = new Map<string, KeyAlias[]>();
      for (const a of match.aliases) { const k = `${a.kind}|${trimKey(a.canonicalId)}`; const l = byCanonical.get(k); if (l === undefined) byCanonical.set(k, [a]); else l.push(a); }
      keyState = { version, match, byCanonical };
      return keyState;
    })();
    const m: KeyMemo = { atMs: now(), state };
    // A failed read must not stick: the next call retries.
    state.catch(() => { if (keyMemo === m) keyMemo = null; });
    keyMemo = m;
    return m;
  };
  const invalidateKeys = (): void => { keyMemo = null; keyState = null; };
  const linkedOnly = (l: EquipmentLink): boolean => l.status !== 'PROPOSED';
  const readDecisions = (): Promise<IdentityDecision[]> =>
    guarded('range decisions', async () => (await store.range<IdentityDecision>(identityNamespaces.decisions, {})).map((e) => e.value));

  const rosterOf = async (): Promise<RosterEntry[]> => (await load().observations).filter((o) => o.system === 'ERP').map((o) => ({
    equipmentId: trimKey(o.nativeId), name: o.name, scope: o.scope,
    siteId: o.roster?.siteId ?? null, areaId: o.roster?.areaId ?? null, workCenterId: o.roster?.workCenterId ?? null,
  }));

  const resolveMention = async (mention: string, limit = 3): Promise<MentionMatch[]> => {
    const m = mention.trim();
    if (m === '') return [];
    const [match, roster] = await Promise.all([load().match, rosterOf()]);
    const best = new Map<string, MentionMatch>();
    const offer = (x: MentionMatch): void => { const b = best.get(x.equipmentId); if (b === undefined || x.score > b.score) best.set(x.equipmentId, x); };
    const nk = normaliseKey(m);
    for (const l of match.links) {
      if (!linkedOnly(l) || l.kind === 'ITEM_PATH') continue;
      if (trimKey(l.nativeId) === trimKey(m)) offer({ equipmentId: l.equipmentId, score: 1, via: `${l.system} ${l.kind} ${l.nativeId.trim()}` });
      else if (nk !== '' && normaliseKey(l.nativeId) === nk) offer({ equipmentId: l.equipmentId, score: 0.95, via: `${l.system} ${l.kind} ${l.nativeId.trim()}` });
      else if (l.kind === 'ASSET_NAME') { const s = nameSimilarity(m, l.nativeId); if (s >= 0.6) offer({ equipmentId: l.equipmentId, score: 0.9 * s, via: `${l.system} ${l.kind} ${l.nativeId}` }); }
    }
    for (const r of roster) { const s = nameSimilarity(m, r.name); if (s >= 0.6) offer({ equipmentId: r.equipmentId, score: 0.9 * s, via: `name ${r.name}` }); }
    return [...best.values()].sort((a, b) => b.score - a.score || (a.equipmentId < b.equipmentId ? -1 : 1)).slice(0, limit);
  };

  return {
    async publishEquipment(system, observations, o = {}) {
      if (observations.some((x) => x.system !== system)) throw new Error(`publishEquipment(${system}) got another system's observation`);
      const stored = await guarded('range observations', () => store.range<EquipmentObservation>(identityNamespaces.observations, { prefix: `${system}/` }));
      const before = new Map(stored.map((e) => [e.key, JSON.stringify(e.value)]));
      const writes: StoreWrite[] = [];
      const seen = new Set<string>();
      for (const x of observations) {
        const k = obsKey(x);
        seen.add(k);
        if (before.get(k) !== JSON.stringify(x)) writes.push({ namespace: identityNamespaces.observations, key: k, value: x });
      }
      if (o.complete === true) {
        const scopes = new Set(observations.map((x) => `${system}/${scopeKey(x.scope)}/`));
        for (const k of before.keys()) if (!seen.has(k) && [...scopes].some((s) => k.startsWith(s))) writes.push({ namespace: identityNamespaces.observations, key: k, delete: true });
      }
      if (writes.length === 0) return;
      await guarded('commit observations', () => store.commit(writes));
      invalidate();
    },
    equipmentMatch: () => load().match,
    async equipmentIdOf(system, nativeId, kind) {
      const k = trimKey(nativeId);
      const hit = (await load().match).links.find((l) => linkedOnly(l) && l.system === system && (kind === undefined || l.kind === kind) && trimKey(l.nativeId) === k);
      return hit?.equipmentId ?? null;
    },
    async nativeIdsOf(equipmentId, system, kind) {
      const id = trimKey(equipmentId);
      return (await load().match).links.filter((l) => linkedOnly(l) && l.equipmentId === id && l.system === system && (kind === undefined || l.kind === kind));
    },
    async aliasesOf(equipmentId) {
      const id = trimKey(equipmentId);
      return (await load().match).links.filter((l) => l.equipmentId === id);
    },
    async proposals() {
      return (await load().match).links.filter((l) => l.status === 'PROPOSED' && l.method !== 'DERIVED');
    },
    async decide(linkId, verdict, by, comment = null) {
      const match = await load().match;
      // A current link or proposal, or a pair decided before (so a rejection can be undone by confirming it).
      const link: Pick<EquipmentLink, 'subject' | 'scope' | 'equipmentId'> | undefined =
        match.links.find((l) => l.method !== 'DERIVED' && l.method !== 'ERP_MASTER' && identityLinkId(l) === linkId)
        ?? (await readDecisions()).find((d) => identityLinkId(d) === linkId);
      if (link === undefined) throw plantError(Code.IDENTITY_LINK_UNKNOWN, `No identity link or proposal has id "${linkId}"`, { detail: { linkId } });
      const decision: IdentityDecision = {
        subject: { system: link.subject.system, nativeId: link.subject.nativeId }, scope: link.scope, equipmentId: link.equipmentId,
        verdict, by, atMs: now(), comment,
      };
      const key = decisionKey(decision);
      await guarded('commit decision', () => store.commit([
        { namespace: identityNamespaces.decisions, key, value: decision },
        // An append-only audit trail: who decided what, when (the current verdict is the one above).
        { namespace: identityNamespaces.decisionLog, key: `${new Date(decision.atMs).toISOString()}/${key}`, value: decision },
      ]));
      invalidate();
      const after = await load().match;
      return after.links.find((l) => l.method !== 'DERIVED' && l.subject.system === link.subject.system && trimKey(l.subject.nativeId) === trimKey(link.subject.nativeId)
        && scopeKey(l.scope) === scopeKey(link.scope) && (verdict === 'REJECTED' || l.equipmentId === link.equipmentId)) ?? null;
    },
    decisions: readDecisions,
    async publishKeys(kind, system, observations, o = {}) {
      if (observations.some((x) => x.system !== system || x.kind !== kind)) throw new Error(`publishKeys(${kind}, ${system}) got another kind's or system's observation`);
      const prefix = `${kind}/${system}/`;
      const stored = await guarded('range key observations', () => store.range<KeyObservation>(identityNamespaces.keyObservations, { prefix }));
      const before = new Map(stored.map((e) => [e.key, JSON.stringify(e.value)]));
      const writes: StoreWrite[] = [];
      const seen = new Set<string>();
      for (const x of observations) {
        const k = keyObsKey(x);
        if (seen.has(k)) continue;
        seen.add(k);
        if (before.get(k) !== JSON.stringify(x)) writes.push({ namespace: identityNamespaces.keyObservations, key: k, value: x });
      }
      if (o.complete === true) {
        const scopes = new Set(observations.map((x) => `${prefix}${scopeKey(x.scope)}/`));
        for (const k of before.keys()) if (!seen.has(k) && [...scopes].some((sc) => k.startsWith(sc))) writes.push({ namespace: identityNamespaces.keyObservations, key: k, delete: true });
      }
      if (writes.length === 0) return;
      await guarded('commit key observations', () => store.commit([...writes, versionWrite()]));
      invalidateKeys();
    },
    keyMatch: async () => (await loadKeys().state).match,
    async keyAliasesOf(kind, canonicalId) {
      return (await loadKeys().state).byCanonical.get(`${kind}|${trimKey(canonicalId)}`) ?? [];
    },
    async keyProposals(kind = null) {
      return (await loadKeys().state).match.aliases.filter((a) => a.status === 'PROPOSED' && (kind === null || a.kind === kind));
    },
    async decideKey(linkId, verdict, by, comment = null) {
      const { match } = await loadKeys().state;
      const found: { kind: KeyKind; system: KeyObservation['system']; nativeId: string; scope: IdentityScope; canonicalId: string } | undefined =
        match.aliases.find((a) => a.method !== 'ERP_MASTER' && keyLinkId(a) === linkId)
        ?? (await readKeyDecisions()).map((d) => ({ kind: d.kind, system: d.subject.system, nativeId: d.subject.nativeId, scope: d.scope, canonicalId: d.canonicalId })).find((d) => keyLinkId(d) === linkId);
      if (found === undefined) throw plantError(Code.IDENTITY_LINK_UNKNOWN, `No identity link or proposal has id "${linkId}"`, { detail: { linkId } });
      const decision: KeyDecision = {
        kind: found.kind, subject: { system: found.system, nativeId: found.nativeId }, scope: found.scope, canonicalId: found.canonicalId,
        verdict, by, atMs: now(), comment,
      };
      const key = keyDecisionKey(decision);
      await guarded('commit key decision', () => store.commit([
        { namespace: identityNamespaces.keyDecisions, key, value: decision },
        { namespace: identityNamespaces.keyDecisionLog, key: `${new Date(decision.atMs).toISOString()}/${key}`, value: decision },
        versionWrite(),
      ]));
      invalidateKeys();
      const after = (await loadKeys().state).match;
      const current = after.aliases.find((a) => a.kind === found.kind && a.system === found.system && trimKey(a.nativeId) === trimKey(found.nativeId)
        && scopeKey(a.scope) === scopeKey(found.scope) && (verdict === 'REJECTED' || trimKey(a.canonicalId) === trimKey(found.canonicalId))) ?? null;
      return { decision, current };
    },
    keyDecisions: readKeyDecisions,
    async lookup(equipmentId) {
      const id = trimKey(equipmentId);
      return (await rosterOf()).find((r) => r.equipmentId === id) ?? null;
    },
    roster: rosterOf,
    resolveMention,
    async findMentions(text) {
      // Windows of 1–3 tokens (a code 'P04', 'press 4', 'press brake 4'); longest/best span wins, spans never overlap.
      const toks = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9#._-]*/g)].map((m) => ({ t: m[0].replace(/[._-]+$/, ''), start: m.index, end: m.index + m[0].replace(/[._-]+$/, '').length }));
      const found: (MentionMatch & { text: string; start: number; end: number })[] = [];
      for (let i = 0; i < toks.length; i++) {
        let pick: (MentionMatch & { text: string; start: number; end: number }) | null = null;
        for (let n = 3; n >= 1; n--) {
          const w = toks.slice(i, i + n);
          if (w.length < n) continue;
          const span = text.slice(w[0]!.start, w[w.length - 1]!.end);
          // A mention carries a number (machines are numbered); 'press' alone names a class, not a machine.
          if (!nameTokens(span).some((t) => /^\d/.test(t))) continue;
          const [top] = await resolveMention(span, 1);
          if (top !== undefined && top.score >= 0.85 && (pick === null || top.score > pick.score)) pick = { ...top, text: span, start: w[0]!.start, end: w[w.length - 1]!.end };
        }
        if (pick !== null) { found.push(pick); while (i + 1 < toks.length && toks[i + 1]!.start < pick.end) i++; }
      }
      return found;
    },
  };
}
