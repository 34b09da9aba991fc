import { codeShapeSimilarity, nameSimilarity, nameTokens, normaliseKey, opcPathName, trimKey } from './keys.ts';
import type {
  EquipmentLink, EquipmentMatch, EquipmentObservation, IdentityDecision, IdentityScope, LinkStatus, MatchMethod, MatchOptions,
} from './types.ts';

export const defaultMatchOptions: MatchOptions = Object.freeze({
  linkThreshold: 0.85, proposeFloor: 0.5, ambiguityMargin: 0.08, fuzzy: true, evidence: true,
});

/** Scopes agree unless both name a company (or a plant) and the names differ. */
export function scopesCompatible(a: IdentityScope, b: IdentityScope): boolean {
  const differ = (x: string | null, y: string | null): boolean => x !== null && y !== null && trimKey(x) !== trimKey(y);
  return !differ(a.company, b.company) && !differ(a.plant, b.plant);
}

/** `company/plant` with '*' for unknown: the scope part of store keys and proposal ids. */
export function scopeKey(s: IdentityScope): string {
  return `${s.company === null ? '*' : trimKey(s.company)}/${s.plant === null ? '*' : trimKey(s.plant)}`;
}

interface Candidate {
  readonly equipmentId: string;
  readonly score: number;
  readonly method: MatchMethod;
  readonly evidence: string[];
}

const pct = (x: number): string => x.toFixed(2);

/** Shared work-center words ('PRS', 'presses'), ignoring numbers and one-letter tokens. */
function workCenterOverlap(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  const tb = new Set(nameTokens(b).filter((t) => t.length > 1 && !/^\d/.test(t)));
  const hit = nameTokens(a).find((t) => t.length > 1 && !/^\d/.test(t) && tb.has(t));
  return hit ?? null;
}

/** Scores one non-ERP observation against one roster entry: the strongest rule, or fuzzy name + evidence. */
function evaluate(o: EquipmentObservation, r: EquipmentObservation, opts: MatchOptions): Candidate | null {
  const equipmentId = trimKey(r.nativeId);
  let best: Candidate | null = null;
  const offer = (score: number, method: MatchMethod, evidence: string[]): void => {
    if (best === null || score > best.score) best = { equipmentId, score, method, evidence };
  };
  for (const ref of o.refs) {
    if (ref.system !== 'ERP' || ref.id.trim() === '') continue;
    if (trimKey(ref.id) === equipmentId) offer(1, 'EXACT_REFERENCE', [`${o.system} record names ERP resource "${ref.id}"`]);
    else if (normaliseKey(ref.id) === normaliseKey(r.nativeId)) offer(0.95, 'NORMALISED_REFERENCE', [`${o.system} record names "${ref.id}" ≈ ${equipmentId}`]);
  }
  for (const ref of r.refs) {
    if (ref.system !== o.system || ref.id.trim() === '') continue;
    const mine = ref.kind === 'ASSET_TAG' ? o.assetTag : o.nativeId;
    if (mine === null) continue;
    if (trimKey(ref.id) === trimKey(mine)) offer(0.97, 'REFERENCE_FROM_ERP', [`ERP resource ${equipmentId} names ${ref.kind} "${ref.id}"`]);
    else if (normaliseKey(ref.id) === normaliseKey(mine)) offer(0.92, 'REFERENCE_FROM_ERP', [`ERP resource ${equipmentId} names ${ref.kind} "${ref.id}" ≈ "${mine}"`]);
  }
  // Fuzzy scoring only where no rule fired: a rule is the stronger, explainable reason.
  if (opts.fuzzy && best === null) {
    let ns = nameSimilarity(o.name, r.name);
    const ev: string[] = [`name "${o.name}" ~ "${r.name}" ${pct(ns)}`];
    if (o.opcPath !== null) {
      const os = nameSimilarity(opcPathName(o.opcPath), r.name);
      if (os > ns) { ns = os; ev[0] = `OPC path "${o.opcPath}" ~ "${r.name}" ${pct(os)}`; }
    }
    if (ns >= opts.proposeFloor) {
      if (!opts.evidence) offer(0.8 * ns, 'FUZZY_NAME', ev);
      else {
        // Evidence only strengthens a name match; a shared work center alone never links two records.
        const parts: number[] = [];
        const wc = workCenterOverlap(o.workCenter, r.workCenter);
        if (o.workCenter !== null && r.workCenter !== null) { parts.push(wc === null ? 0 : 1); if (wc !== null) ev.push(`same work center (${wc})`); }
        if (o.system === 'MES') {
          const cs = codeShapeSimilarity(o.nativeId, r.nativeId);
          parts.push(cs);
          if (cs > 0) ev.push(`code "${o.nativeId}" fits "${equipmentId}" ${pct(cs)}`);
        }
        const e = parts.length === 0 ? 0 : parts.reduce((s, x) => s + x, 0) / parts.length;
        offer(0.75 * ns + 0.25 * e, e > 0 ? 'FUZZY_EVIDENCE' : 'FUZZY_NAME', ev);
      }
    }
  }
  return best;
}

const overlaps = (a: { validFromMs: number | null; validToMs: number | null }, b: { validFromMs: number | null; validToMs: number | null }): boolean =>
  (a.validFromMs ?? -Infinity) < (b.validToMs ?? Infinity) && (b.validFromMs ?? -Infinity) < (a.validToMs ?? Infinity);

const subjectKey = (system: string, scope: IdentityScope, nativeId: string): string => `${system}|${scopeKey(scope)}|${trimKey(nativeId)}`;

/**
 * Matches MES machines and CMMS assets to the ERP roster (one canonical equipment per ERP resource).
 * Deterministic rules first (exact and normalised references in either direction), then, when enabled,
 * fuzzy name / OPC path similarity strengthened by evidence (same work center, code shape). A candidate at
 * or above `linkThreshold` whose lead over the runner-up is at least `ambiguityMargin` is LINKED; anything
 * else at or above `proposeFloor` is PROPOSED and never used for translation. Decisions always win:
 * CONFIRMED forces the link, REJECTED removes that pair from the candidates. One MES code per equipment;
 * several CMMS assets per equipment only with disjoint validity intervals (an asset swap at the position);
 * a losing conflicting link is demoted to PROPOSED. Pure and deterministic (output sorted).
 */
export function matchEquipment(observations: readonly EquipmentObservation[], decisions: readonly IdentityDecision[] = [],
  options: Partial<MatchOptions> = {}): EquipmentMatch {
  const opts: MatchOptions = { ...defaultMatchOptions, ...options };
  const roster = observations.filter((o) => o.system === 'ERP');
  const others = observations.filter((o) => o.system !== 'ERP');
  const rejected = new Set<string>();
  const confirmed = new Map<string, IdentityDecision>();
  for (const d of decisions) {
    const k = subjectKey(d.subject.system, d.scope, d.subject.nativeId);
    if (d.verdict === 'REJECTED') rejected.add(`${k}|${trimKey(d.equipmentId)}`);
    else confirmed.set(k, d);
  }
  const rosterIds = new Set(roster.map((r) => trimKey(r.nativeId)));

  interface Draft { o: EquipmentObservation; c: Candidate; status: LinkStatus }
  const drafts: Draft[] = [];
  const unmatched: { system: 'MES' | 'CMMS'; nativeId: string; name: string }[] = [];
  for (const o of others) {
    const k = subjectKey(o.system, o.scope, o.nativeId);
    const dec = confirmed.get(k);
    if (dec !== undefined && rosterIds.has(trimKey(dec.equipmentId)) && !rejected.has(`${k}|${trimKey(dec.equipmentId)}`)) {
      drafts.push({ o, status: 'CONFIRMED', c: { equipmentId: trimKey(dec.equipmentId), score: 1, method: 'CONFIRMED', evidence: [`confirmed by ${dec.by}`] } });
      continue;
    }
    const cands = roster.filter((r) => scopesCompatible(o.scope, r.scope))
      .map((r) => evaluate(o, r, opts))
      .filter((c): c is Candidate => c !== null && c.score >= opts.proposeFloor && !rejected.has(`${k}|${c.equipmentId}`))
      .sort((a, b) => b.score - a.score || (a.equipmentId < b.equipmentId ? -1 : 1));
    const [first, second] = cands;
    if (first === undefined) { unmatched.push({ system: o.system as 'MES' | 'CMMS', nativeId: o.nativeId, name: o.name }); continue; }
    const margin = first.score - (second?.score ?? 0);
    const clear = margin >= opts.ambiguityMargin;
    const evidence = clear || second === undefined ? first.evidence : [...first.evidence, `ambiguous: ${second.equipmentId} scores ${pct(second.score)}`];
    drafts.push({ o, c: { ...first, evidence }, status: first.score >= opts.linkThreshold && clear ? 'LINKED' : 'PROPOSED' });
  }

  // Conflicts: strongest first (confirmed, then by score); a LINKED draft that collides with a kept one is demoted.
  const rank = (d: Draft): number => (d.status === 'CONFIRMED' ? 2 : 0) + d.c.score;
  drafts.sort((a, b) => rank(b) - rank(a) || (a.o.nativeId < b.o.nativeId ? -1 : 1));
  const kept: Draft[] = [];
  const out: EquipmentLink[] = [];
  for (const d of drafts) {
    if (d.status !== 'PROPOSED') {
      const clash = kept.find((x) => x.c.equipmentId === d.c.equipmentId && x.o.system === d.o.system && (d.o.system === 'MES' || overlaps(x.o, d.o)));
      if (clash !== undefined && d.status === 'LINKED') {
        d.status = 'PROPOSED';
        d.c.evidence.push(`conflicts with ${clash.o.system} ${clash.o.nativeId} at ${d.c.equipmentId}`);
      } else kept.push(d);
    }
    out.push(...linksOf(d.o, d.c, d.status));
  }
  for (const r of roster) {
    out.push({
      system: 'ERP', kind: 'RESOURCE_ID', nativeId: r.nativeId, scope: r.scope, equipmentId: trimKey(r.nativeId),
      validFromMs: r.validFromMs, validToMs: r.validToMs, confidence: 1, method: 'ERP_MASTER', status: 'LINKED', evidence: [],
      subject: { system: 'ERP', nativeId: r.nativeId },
    });
  }
  const sysOrder = { ERP: 0, MES: 1, OPC: 2, CMMS: 3 } as const;
  out.sort((a, b) => (a.equipmentId < b.equipmentId ? -1 : a.equipmentId > b.equipmentId ? 1 : 0) || sysOrder[a.system] - sysOrder[b.system]
    || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.nativeId < b.nativeId ? -1 : a.nativeId > b.nativeId ? 1 : 0));
  unmatched.sort((a, b) => (a.system < b.system ? -1 : a.system > b.system ? 1 : a.nativeId < b.nativeId ? -1 : 1));
  return { links: out, unmatched };
}

/** The observation's own alias plus the ones it carries (MES: OPC path; CMMS: asset tag and name). */
function linksOf(o: EquipmentObservation, c: Candidate, status: LinkStatus): EquipmentLink[] {
  const base = {
    scope: o.scope, equipmentId: c.equipmentId, validFromMs: o.validFromMs, validToMs: o.validToMs,
    confidence: Math.round(c.score * 1000) / 1000, status, subject: { system: o.system, nativeId: o.nativeId },
  };
  const derived = { method: 'DERIVED' as const, evidence: [`carried by ${o.system} ${o.nativeId}`] };
  if (o.system === 'MES') {
    const own: EquipmentLink = { ...base, system: 'MES', kind: 'MACHINE_CODE', nativeId: o.nativeId, method: c.method, evidence: c.evidence };
    return o.opcPath === null || o.opcPath.trim() === '' ? [own] : [own, { ...base, ...derived, system: 'OPC', kind: 'ITEM_PATH', nativeId: o.opcPath }];
  }
  const links: EquipmentLink[] = [{ ...base, system: 'CMMS', kind: 'ASSET_ID', nativeId: o.nativeId, method: c.method, evidence: c.evidence }];
  if (o.assetTag !== null && o.assetTag.trim() !== '') links.push({ ...base, ...derived, system: 'CMMS', kind: 'ASSET_TAG', nativeId: o.assetTag });
  if (o.name.trim() !== '') links.push({ ...base, ...derived, system: 'CMMS', kind: 'ASSET_NAME', nativeId: o.name });
  return links;
}
