import { normaliseKey, trimKey } from './keys.ts';
import { scopeKey, scopesCompatible } from './match-equipment.ts';
import { parseMesOrderId, stripRevision } from './match-keys.ts';
import type { IdentityScope, LinkStatus, MatchMethod, MatchOptions } from './types.ts';
import { defaultMatchOptions } from './match-equipment.ts';

/** The keyed master data the crosswalk maps besides equipment: parts (materials) and jobs (production orders). */
export type KeyKind = 'MATERIAL' | 'PRODUCTION_ORDER';

/** Which identifier a key alias is: an ERP or MES part number, an ERP job number, an MES order id (job + operation). */
export type KeyAliasKind = 'PART_NUMBER' | 'JOB_NUMBER' | 'ORDER_ID';

/**
 * One part number or order id as its system uses it. ERP observations are the masters (one canonical material
 * `<Company>/<PartNum>` per ERP part, one production order `<Company>/<JobNum>` per ERP job); the others are
 * matched to them. `nativeId` is exactly as the system sends it (padding kept).
 */
export interface KeyObservation {
  readonly kind: KeyKind;
  readonly system: 'ERP' | 'MES' | 'CMMS';
  readonly nativeId: string;
  readonly scope: IdentityScope;
  /** ERP part: its current revision; ERP job: the revision it builds; other systems: null (read from a suffix). */
  readonly revision: string | null;
  /** The part number an order makes (ERP JobHead.PartNum, MES work order PartNum); null for materials or unknown. */
  readonly partNum: string | null;
}

/** A key alias: a native key of one system mapped to a canonical material or production order id. */
export interface KeyAlias {
  readonly kind: KeyKind;
  readonly system: 'ERP' | 'MES' | 'CMMS';
  readonly aliasKind: KeyAliasKind;
  readonly nativeId: string;
  readonly scope: IdentityScope;
  /** `<Company>/<PartNum>` or `<Company>/<JobNum>` (company upper-cased, key trimmed). */
  readonly canonicalId: string;
  /** Operation sequence an MES order id names ('J004512-10' → 10); null otherwise. */
  readonly operation: number | null;
  /** 0..1. */
  readonly confidence: number;
  readonly method: MatchMethod;
  readonly status: LinkStatus;
  readonly evidence: readonly string[];
}

/** A person's verdict on (kind, subject → canonicalId); always wins over the matcher. */
export interface KeyDecision {
  readonly kind: KeyKind;
  readonly subject: { readonly system: 'ERP' | 'MES' | 'CMMS'; readonly nativeId: string };
  readonly scope: IdentityScope;
  readonly canonicalId: string;
  readonly verdict: 'CONFIRMED' | 'REJECTED';
  readonly by: string;
  readonly atMs: number;
  readonly comment: string | null;
}

export interface KeyMatch {
  /** Every alias (ERP masters first within a canonical id), in (kind, canonicalId, system, nativeId) order. */
  readonly aliases: readonly KeyAlias[];
  /** Keys no ERP master matched even as a proposal: unknown parts, orders the ERP does not have (never invented). */
  readonly unmatched: readonly { readonly kind: KeyKind; readonly system: 'MES' | 'CMMS'; readonly nativeId: string; readonly reason: string }[];
}

interface Candidate { readonly master: KeyObservation; readonly canonicalId: string; readonly score: number; readonly method: MatchMethod; readonly evidence: string[] }

const canonicalOf = (m: KeyObservation): string => `${m.scope.company === null ? '*' : trimKey(m.scope.company)}/${m.nativeId.trim()}`;
const subjectKey = (kind: KeyKind, system: string, scope: IdentityScope, nativeId: string): string => `${kind}|${system}|${scopeKey(scope)}|${trimKey(nativeId)}`;
/** A part number without revision suffix, separators and leading zeros: what two systems' forms of one part share. */
const partBase = (p: string): string => normaliseKey(stripRevision(p).base);

function index(masters: readonly KeyObservation[], key: (m: KeyObservation) => string): Map<string, KeyObservation[]> {
  const out = new Map<string, KeyObservation[]>();
  for (const m of masters) { const k = key(m); if (k === '') continue; const l = out.get(k); if (l === undefined) out.set(k, [m]); else l.push(m); }
  return out;
}

/**
 * Matches part numbers and order ids of the MES (and any other system) to the ERP's parts and jobs, scoped by
 * company: rules on the key (trimmed + case-equal → EXACT_REFERENCE 1.0; equal after dropping separators and leading
 * zeros, SAP's zero-fill, SyteLine's padding → NORMALISED_REFERENCE 0.9), then evidence: a part number equal only
 * without its revision suffix is REVISION_VARIANT, 0.9 when the suffix is the ERP part's revision and 0.7 (PROPOSED:
 * another revision may be another part) when it is not; an order whose part disagrees with the ERP job's part drops
 * to 0.6 (`evidence: false` leaves both out). Part numbers are codes, not names, so no fuzzy name similarity is used. At or above `linkThreshold` with a
 * clear lead: LINKED; else PROPOSED, never used to join data. Several companies' masters within the margin (an
 * unscoped key) → PROPOSED naming them. Decisions win: CONFIRMED forces the pair, REJECTED removes it. Many keys may
 * name one master (every MES operation of a job, several spellings of a part). Pure and deterministic.
 */
export function matchKeyAliases(observations: readonly KeyObservation[], decisions: readonly KeyDecision[] = [],
  options: Partial<MatchOptions> = {}): KeyMatch {
  const opts: MatchOptions = { ...defaultMatchOptions, ...options };
  const aliases: KeyAlias[] = [];
  const unmatched: { kind: KeyKind; system: 'MES' | 'CMMS'; nativeId: string; reason: string }[] = [];
  const rejected = new Set<string>();
  const confirmed = new Map<string, KeyDecision>();
  for (const d of decisions) {
    const k = subjectKey(d.kind, d.subject.system, d.scope, d.subject.nativeId);
    if (d.verdict === 'REJECTED') rejected.add(`${k}|${trimKey(d.canonicalId)}`);
    else confirmed.set(k, d);
  }
  for (const kind of ['MATERIAL', 'PRODUCTION_ORDER'] as const) {
    const masters = observations.filter((o) => o.kind === kind && o.system === 'ERP');
    const byCanonical = new Map(masters.map((m) => [trimKey(canonicalOf(m)), m]));
    const byTrim = index(masters, (m) => trimKey(m.nativeId));
    const byNorm = index(masters, (m) => normaliseKey(m.nativeId));
    const byBase = kind === 'MATERIAL' ? index(masters, (m) => partBase(m.nativeId)) : new Map<string, KeyObservation[]>();
    const aliasKind: KeyAliasKind = kind === 'MATERIAL' ? 'PART_NUMBER' : 'JOB_NUMBER';
    for (const m of masters) {
      aliases.push({ kind, system: 'ERP', aliasKind, nativeId: m.nativeId, scope: m.scope, canonicalId: canonicalOf(m), operation: null,
        confidence: 1, method: 'ERP_MASTER', status: 'LINKED', evidence: [] });
    }
    for (const o of observations) {
      if (o.kind !== kind || o.system === 'ERP') continue;
      const sk = subjectKey(kind, o.system, o.scope, o.nativeId);
      // An MES order id names job + operation; a bare job number (no trailing operation) is matched as it is.
      const parsed = kind === 'PRODUCTION_ORDER' ? parseMesOrderId(o.nativeId) : null;
      const key = parsed?.job ?? o.nativeId;
      const own = { kind, system: o.system, aliasKind: (kind === 'MATERIAL' ? 'PART_NUMBER' : parsed === null ? 'JOB_NUMBER' : 'ORDER_ID') as KeyAliasKind,
        nativeId: o.nativeId, scope: o.scope, operation: parsed?.operation ?? null };
      const dec = confirmed.get(sk);
      if (dec !== undefined && byCanonical.has(trimKey(dec.canonicalId)) && !rejected.has(`${sk}|${trimKey(dec.canonicalId)}`)) {
        aliases.push({ ...own, canonicalId: canonicalOf(byCanonical.get(trimKey(dec.canonicalId))!), confidence: 1, method: 'CONFIRMED', status: 'CONFIRMED', evidence: [`confirmed by ${dec.by}`] });
        continue;
      }
      const best = new Map<string, Candidate>();
      const offer = (hits: readonly KeyObservation[] | undefined, score: number, method: MatchMethod, evidence: (m: KeyObservation) => string[], adjust?: (m: KeyObservation) => { score: number; evidence: string[] }): void => {
        for (const m of hits ?? []) {
          if (!scopesCompatible(o.scope, m.scope)) continue;
          const canonicalId = canonicalOf(m);
          if (rejected.has(`${sk}|${trimKey(canonicalId)}`)) continue;
          const a = adjust?.(m) ?? { score, evidence: [] };
          const c: Candidate = { master: m, canonicalId, score: a.score, method, evidence: [...evidence(m), ...a.evidence] };
          const b = best.get(trimKey(canonicalId));
          if (b === undefined || c.score > b.score) best.set(trimKey(canonicalId), c);
        }
      };
      offer(byTrim.get(trimKey(key)), 1, 'EXACT_REFERENCE', () => []);
      offer(byNorm.get(normaliseKey(key)), 0.9, 'NORMALISED_REFERENCE', (m) => [`"${key.trim()}" ≈ "${m.nativeId.trim()}" without padding, separators and leading zeros`]);
      if (kind === 'MATERIAL') {
        const rev = stripRevision(o.nativeId).revision;
        offer(byBase.get(partBase(o.nativeId)), 0.7, 'REVISION_VARIANT', (m) => [`"${o.nativeId.trim()}" is "${m.nativeId.trim()}" with a revision suffix`], (m) => {
          if (!opts.evidence) return { score: 0.7, evidence: [] };
          if (rev !== null && m.revision !== null && trimKey(rev) === trimKey(m.revision)) return { score: 0.9, evidence: [`revision ${rev} is the ERP part's revision`] };
          return { score: 0.7, evidence: [`revision ${rev ?? '?'} is not the ERP part's revision ${m.revision ?? '(none)'}: may be another part`] };
        });
      }
      let cands = [...best.values()];
      if (opts.evidence && kind === 'PRODUCTION_ORDER' && o.partNum !== null && o.partNum.trim() !== '') {
        // Evidence: the order makes the part the ERP job makes (compared without revision suffix and padding).
        cands = cands.map((c) => {
          if (c.master.partNum === null) return c;
          return partBase(c.master.partNum) === partBase(o.partNum!)
            ? { ...c, evidence: [...c.evidence, `makes ${c.master.partNum.trim()} as the ERP job does`] }
            : { ...c, score: Math.min(c.score, 0.6), evidence: [...c.evidence, `${o.system} part ${o.partNum!.trim()} is not the ERP job's part ${c.master.partNum.trim()}`] };
        });
      }
      cands.sort((a, b) => b.score - a.score || (a.canonicalId < b.canonicalId ? -1 : 1));
      const [first, second] = cands;
      if (first === undefined || first.score < opts.proposeFloor) {
        unmatched.push({ kind, system: o.system as 'MES' | 'CMMS', nativeId: o.nativeId, reason: kind === 'MATERIAL' ? 'no ERP part' : parsed === null && o.nativeId.trim() === '' ? 'blank' : 'no ERP job' });
        continue;
      }
      const clear = second === undefined || first.score - second.score >= opts.ambiguityMargin;
      aliases.push({
        ...own, canonicalId: first.canonicalId, confidence: Math.round(first.score * 1000) / 1000, method: first.method,
        status: first.score >= opts.linkThreshold && clear ? 'LINKED' : 'PROPOSED',
        evidence: clear ? first.evidence : [...first.evidence, `ambiguous: ${cands.filter((c) => first.score - c.score < opts.ambiguityMargin).map((c) => c.canonicalId).join(', ')}`],
      });
    }
  }
  const sys = { ERP: 0, MES: 1, CMMS: 2 } as const;
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  aliases.sort((a, b) => cmp(a.kind, b.kind) || cmp(trimKey(a.canonicalId), trimKey(b.canonicalId)) || sys[a.system] - sys[b.system] || cmp(a.nativeId, b.nativeId));
  unmatched.sort((a, b) => cmp(a.kind, b.kind) || cmp(a.system, b.system) || cmp(a.nativeId, b.nativeId));
  return { aliases, unmatched };
}
