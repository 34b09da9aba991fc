import { normaliseKey, trimKey } from './keys.ts';
import { scopesCompatible } from './match-equipment.ts';
import type { IdentityScope } from './types.ts';

/** A material or production-order alias: a native key of one system mapped to a canonical id. */
export interface KeyLink {
  readonly system: string;
  readonly nativeId: string;
  readonly scope: IdentityScope;
  /** Canonical id (`<Company>/<PartNum>` or `<Company>/<JobNum>`), or null when unmatched. */
  readonly canonicalId: string | null;
  /** Operation sequence for production-order aliases (MES order 'J004512-10' → 10); null otherwise. */
  readonly operation: number | null;
  readonly confidence: number;
  readonly method: 'EXACT' | 'NORMALISED' | 'REVISION_VARIANT' | 'UNMATCHED';
  readonly status: 'LINKED' | 'PROPOSED' | 'UNMATCHED';
  readonly evidence: readonly string[];
}

export interface ErpPartKey { readonly company: string; readonly partNum: string; readonly revision: string | null }
export interface ObservedKey { readonly system: string; readonly nativeId: string; readonly scope: IdentityScope; readonly revision?: string | null }

/** 'ABC-100-R2' → 'ABC-100', 'HDW-2000 REV B' → 'HDW-2000': the part number without a revision suffix. */
export function stripRevision(partNum: string): { base: string; revision: string | null } {
  const m = /^(.*?)(?:[\s_/-]+(?:REV\.?\s*|R)([A-Z0-9]{1,3}))$/i.exec(partNum.trim());
  return m === null || m[1] === undefined || m[1] === '' ? { base: partNum.trim(), revision: null } : { base: m[1], revision: m[2] ?? null };
}

/**
 * Maps observed part numbers (MES, CMMS parts, spreadsheets) to ERP parts in a compatible company scope:
 * trimmed + case-equal → EXACT (1.0); equal after dropping separators and leading zeros (SAP's zero-filled
 * '000000000095052698', SyteLine's padding) → NORMALISED (0.9); equal only without a revision suffix →
 * REVISION_VARIANT (0.7, PROPOSED: a different revision may be a different part). Several candidates
 * (two companies, no scope) → PROPOSED with the ambiguity stated. No candidate → UNMATCHED (an unknown part,
 * DOMAIN §5.15), never invented. Pure.
 */
export function matchMaterials(erpParts: readonly ErpPartKey[], observed: readonly ObservedKey[], linkThreshold = 0.85): KeyLink[] {
  const byTrim = new Map<string, ErpPartKey[]>(), byNorm = new Map<string, ErpPartKey[]>(), byBase = new Map<string, ErpPartKey[]>();
  const add = (m: Map<string, ErpPartKey[]>, k: string, p: ErpPartKey): void => { const l = m.get(k); if (l === undefined) m.set(k, [p]); else l.push(p); };
  for (const p of erpParts) {
    add(byTrim, trimKey(p.partNum), p);
    add(byNorm, normaliseKey(p.partNum), p);
    add(byBase, normaliseKey(stripRevision(p.partNum).base), p);
  }
  return observed.map((o): KeyLink => {
    const tiers: [Map<string, ErpPartKey[]>, string, number, KeyLink['method']][] = [
      [byTrim, trimKey(o.nativeId), 1, 'EXACT'], [byNorm, normaliseKey(o.nativeId), 0.9, 'NORMALISED'],
      [byBase, normaliseKey(stripRevision(o.nativeId).base), 0.7, 'REVISION_VARIANT'],
    ];
    for (const [index, key, confidence, method] of tiers) {
      const hits = (index.get(key) ?? []).filter((p) => scopesCompatible(o.scope, { company: p.company, plant: null }));
      if (hits.length === 0) continue;
      const p = hits[0]!;
      const ambiguous = hits.length > 1;
      return {
        system: o.system, nativeId: o.nativeId, scope: o.scope, canonicalId: `${trimKey(p.company)}/${p.partNum.trim()}`, operation: null,
        confidence, method, status: confidence >= linkThreshold && !ambiguous ? 'LINKED' : 'PROPOSED',
        evidence: ambiguous ? [`ambiguous: ${hits.map((h) => `${h.company}/${h.partNum.trim()}`).join(', ')}`] : [],
      };
    }
    return { system: o.system, nativeId: o.nativeId, scope: o.scope, canonicalId: null, operation: null, confidence: 0, method: 'UNMATCHED', status: 'UNMATCHED', evidence: ['no ERP part'] };
  });
}

export interface ErpOperationKey { readonly company: string; readonly jobNum: string; readonly oprSeq: number }

/** 'J004512-10' → { job: 'J004512', operation: 10 }; null when the id has no trailing operation number. */
export function parseMesOrderId(orderId: string): { job: string; operation: number } | null {
  const m = /^(.+?)[-/.](\d{1,4})$/.exec(orderId.trim());
  return m === null || m[1] === undefined || m[2] === undefined ? null : { job: m[1], operation: Number(m[2]) };
}

/**
 * Maps MES order ids ('J004512-10' = job + operation) to ERP production-order operations, scoped by
 * company: the MES belongs to one ERP company (MES_ERP_COMPANY), so ACME-MX's clashing J004512 is not a
 * candidate; an unscoped id that two companies share is PROPOSED with both named, never merged. Job keys
 * compare trimmed, then without padding/leading zeros (0.9). Pure.
 */
export function matchOrders(erpOperations: readonly ErpOperationKey[], observed: readonly ObservedKey[], linkThreshold = 0.85): KeyLink[] {
  const byTrim = new Map<string, ErpOperationKey[]>(), byNorm = new Map<string, ErpOperationKey[]>();
  for (const op of erpOperations) {
    for (const [m, k] of [[byTrim, `${trimKey(op.jobNum)}#${op.oprSeq}`], [byNorm, `${normaliseKey(op.jobNum)}#${op.oprSeq}`]] as const) {
      const l = m.get(k); if (l === undefined) m.set(k, [op]); else l.push(op);
    }
  }
  return observed.map((o): KeyLink => {
    const parsed = parseMesOrderId(o.nativeId);
    const none: KeyLink = { system: o.system, nativeId: o.nativeId, scope: o.scope, canonicalId: null, operation: parsed?.operation ?? null, confidence: 0, method: 'UNMATCHED', status: 'UNMATCHED', evidence: [parsed === null ? 'not a job-operation id' : 'no ERP operation'] };
    if (parsed === null) return none;
    for (const [index, key, confidence, method] of [
      [byTrim, `${trimKey(parsed.job)}#${parsed.operation}`, 1, 'EXACT'], [byNorm, `${normaliseKey(parsed.job)}#${parsed.operation}`, 0.9, 'NORMALISED'],
    ] as const) {
      const hits = (index.get(key) ?? []).filter((op) => scopesCompatible(o.scope, { company: op.company, plant: null }));
      if (hits.length === 0) continue;
      const op = hits[0]!;
      const ambiguous = new Set(hits.map((h) => trimKey(h.company))).size > 1;
      return {
        system: o.system, nativeId: o.nativeId, scope: o.scope, canonicalId: `${trimKey(op.company)}/${op.jobNum.trim()}`, operation: op.oprSeq,
        confidence, method, status: confidence >= linkThreshold && !ambiguous ? 'LINKED' : 'PROPOSED',
        evidence: ambiguous ? [`ambiguous: ${[...new Set(hits.map((h) => `${trimKey(h.company)}/${h.jobNum.trim()}`))].join(', ')}`] : [],
      };
    }
    return none;
  });
}
