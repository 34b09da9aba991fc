import { compareProfiles, describeProfile } from './profile.ts';
import type { ValueProfile } from './profile.ts';
import { nameSimilarity, typesCompatible } from './similarity.ts';
import type {
  DeclaredField, EntityContract, FieldAccess, Fingerprint, ObservedEntity, ObservedField, RemapEvidence, SchemaChange, SourceContract,
} from './types.ts';

/** A remap needs this score, and this margin over the next-best candidate; below either the field degrades. */
export const remapThreshold = 0.75;
export const remapMargin = 0.1;

/** How much a strong (or poor) value-profile match moves a score toward 1 (or 0); 0.5 similarity is neutral. */
export const profileWeight = 0.8;

/**
 * The values an adapter saw, by source path: `before` is what a declared field's values looked like where it was
 * read until now, `after` what a candidate path's values look like. Either is undefined when nothing was sampled.
 */
export interface ProfileEvidence {
  before(entity: string, field: string): ValueProfile | undefined;
  after(entity: string, path: string): ValueProfile | undefined;
}

/** Result of comparing a contract with a fingerprint: classified changes and how to read each declared field. */
export interface ContractDiff {
  readonly changes: readonly SchemaChange[];
  /** entity → declared field → access. Entities the fingerprint did not observe are absent. */
  readonly access: ReadonlyMap<string, ReadonlyMap<string, FieldAccess>>;
}

const identity = (name: string, valueMap: FieldAccess['valueMap'] = null): FieldAccess => ({ path: name.split('/'), valueMap, unmapped: false });
const unmapped: FieldAccess = { path: null, valueMap: null, unmapped: true };
const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Score of reading `d` from `o`: name 0.6, type 0.4, vocabulary overlap 0.2 when both sides declare one
 * (renormalised). With value profiles of both sides (the declared field's values before the change, the candidate's
 * after) and compatible types, the profile similarity p moves the score: toward 1 by profileWeight·(2p − 1) of the
 * remaining distance when p > 0.5, toward 0 by profileWeight·(1 − 2p) when p < 0.5. So a rename with a dissimilar name
 * but the same values can pass the threshold, and a well-named newcomer with different values cannot.
 */
export function scoreCandidate(d: DeclaredField, o: ObservedField, profiles: { readonly before?: ValueProfile | undefined; readonly after?: ValueProfile | undefined } = {}):
{ score: number; evidence: Omit<RemapEvidence, 'runnerUp'> } {
  const nameSim = nameSimilarity(d.name, o.name);
  const typeMatch = typesCompatible(d.type, o.type) ? 1 : 0;
  let vocabulary: number | null = null;
  if (d.values !== undefined && o.values !== undefined) {
    const declared = new Set(d.values);
    const seen = o.values.map((v) => String(d.valueMap?.[v] ?? v));
    vocabulary = seen.length === 0 ? 0 : seen.filter((v) => declared.has(v)).length / seen.length;
  }
  const base = vocabulary === null ? 0.6 * nameSim + 0.4 * typeMatch : (0.6 * nameSim + 0.4 * typeMatch + 0.2 * vocabulary) / 1.2;
  const { before, after } = profiles;
  const valueProfile = before === undefined || after === undefined ? null : compareProfiles(before, after);
  // Values never outvote the type: an incompatible candidate keeps its name/type score.
  const score = valueProfile === null || typeMatch === 0 ? base
    : valueProfile >= 0.5 ? base + (1 - base) * profileWeight * (2 * valueProfile - 1) : base * (1 - profileWeight * (1 - 2 * valueProfile));
  return {
    score,
    evidence: {
      nameSimilarity: round(nameSim), typeMatch, profile: vocabulary === null ? null : round(vocabulary),
      valueProfile: valueProfile === null ? null : round(valueProfile),
      valueProfileDetail: valueProfile === null ? null : `before (${d.name}): ${describeProfile(before!)}; after (${o.name}): ${describeProfile(after!)}`,
    },
  };
}

/** A value map applies when every value the source declares is either a declared value or a key of the map. */
function valueMapCovers(d: DeclaredField, o: ObservedField): boolean {
  if (d.valueMap === undefined) return false;
  if (o.values === undefined) return true;
  const ok = new Set([...(d.values ?? []), ...Object.keys(d.valueMap)]);
  return o.values.every((v) => ok.has(v));
}

function diffEntity(system: SourceContract['system'], ec: EntityContract, oe: ObservedEntity, profiles: ProfileEvidence | undefined): { changes: SchemaChange[]; access: Map<string, FieldAccess> } {
  const changes: SchemaChange[] = [];
  const access = new Map<string, FieldAccess>();
  const observed = new Map(oe.fields.map((f) => [f.name, f]));
  const declaredNames = new Set(ec.fields.map((f) => f.name));
  const claimed = new Set<string>();
  const change = (c: Omit<SchemaChange, 'system' | 'entity'>): void => { changes.push({ system, entity: ec.entity, ...c }); };
  const missing: DeclaredField[] = [];

  for (const d of ec.fields) {
    const o = observed.get(d.name);
    if (o === undefined || (o.type === 'object' && d.type !== 'object')) { missing.push(d); continue; }
    claimed.add(o.name);
    if (!typesCompatible(d.type, o.type)) {
      if (valueMapCovers(d, o)) {
        access.set(d.name, identity(d.name, d.valueMap ?? null));
        change({ field: d.name, kind: 'TYPE_CHANGED', remappedTo: `${d.name} via value map`, confidence: o.values === undefined ? 0.8 : 1, evidence: null,
          degradedFields: [], detail: `${d.type} → ${o.type}${o.values === undefined ? '' : ` (${o.values.join(', ')})`}; read through the declared value map` });
      } else {
        access.set(d.name, unmapped);
        change({ field: d.name, kind: 'TYPE_CHANGED', remappedTo: null, confidence: null, evidence: null,
          degradedFields: d.feeds ?? [], detail: `${d.type} → ${o.type}; no declared value map covers it` });
      }
      continue;
    }
    if (d.values !== undefined && o.values !== undefined) {
      const known = new Set(d.values);
      const added = o.values.filter((v) => !known.has(v));
      const dropped = d.values.filter((v) => !o.values!.includes(v));
      if (added.length > 0 || dropped.length > 0) {
        const mapped = added.filter((v) => d.valueMap?.[v] !== undefined);
        const unknown = added.filter((v) => d.valueMap?.[v] === undefined);
        access.set(d.name, identity(d.name, mapped.length > 0 ? d.valueMap ?? null : null));
        change({ field: d.name, kind: 'ENUM_CHANGED', remappedTo: mapped.length === 0 ? null : mapped.map((v) => `${v}→${String(d.valueMap?.[v])}`).join(', '),
          confidence: unknown.length === 0 ? 1 : null, evidence: null, degradedFields: [],
          detail: `values added: ${added.join(', ') || 'none'}; removed: ${dropped.join(', ') || 'none'}${unknown.length > 0 ? `; unmapped values read as null: ${unknown.join(', ')}` : ''}` });
        continue;
      }
    }
    access.set(d.name, identity(d.name));
  }

  // Renamed or moved: score every unclaimed leaf for every missing field, then assign greedily, best pair first.
  const pool = oe.fields.filter((f) => f.type !== 'object' && !declaredNames.has(f.name) && !claimed.has(f.name));
  const scored = missing.map((d) => {
    const before = profiles?.before(ec.entity, d.name);
    const ranked = pool.map((o) => ({ o, ...scoreCandidate(d, o, { before, after: profiles?.after(ec.entity, o.name) }) })).sort((a, b) => b.score - a.score);
    return { d, ranked };
  }).sort((a, b) => (b.ranked[0]?.score ?? 0) - (a.ranked[0]?.score ?? 0));
  for (const { d, ranked } of scored) {
    const open = ranked.filter((r) => !claimed.has(r.o.name));
    const best = open[0];
    const runnerUp = ranked.find((r) => r !== best && r.o.name !== best?.o.name)?.score ?? 0;
    if (best !== undefined && best.score >= remapThreshold && best.score - runnerUp >= remapMargin) {
      claimed.add(best.o.name);
      access.set(d.name, identity(best.o.name));
      change({ field: d.name, kind: parentOf(best.o.name) === parentOf(d.name) ? 'RENAMED' : 'MOVED', remappedTo: best.o.name,
        confidence: round(best.score), evidence: { ...best.evidence, runnerUp: round(runnerUp) }, degradedFields: [],
        detail: `${d.name} is now read from ${best.o.name}${best.evidence.valueProfile === null ? '' : ` (values alike: ${best.evidence.valueProfile})`}` });
    } else {
      access.set(d.name, unmapped);
      change({ field: d.name, kind: 'REMOVED', remappedTo: null, confidence: null,
        evidence: best === undefined ? null : { ...best.evidence, runnerUp: round(runnerUp) }, degradedFields: d.feeds ?? [],
        detail: best === undefined ? `${d.name} is gone and nothing new could carry it`
          : `${d.name} is gone; best candidate ${best.o.name} scored ${round(best.score)} (needs ${remapThreshold} and a margin of ${remapMargin})` });
    }
  }

  for (const o of oe.fields) {
    if (o.type === 'object' || declaredNames.has(o.name) || claimed.has(o.name)) continue;
    change({ field: o.name, kind: 'ADDITIVE', remappedTo: null, confidence: null, evidence: null, degradedFields: [], detail: `new ${o.type} field` });
  }
  return { changes, access };
}

/**
 * Compares what an adapter declares it reads with what the source serves. Pure: the same inputs give the same
 * diff. Fields present with a compatible type read as declared; missing fields are remapped to the best unclaimed
 * source field when name, type, vocabulary and (given `profiles`) value evidence is strong (score ≥ remapThreshold
 * with a clear margin), else degrade; incompatible types read through the field's declared value map or degrade;
 * new fields are reported as additive.
 */
export function diffContract(contract: SourceContract, fingerprint: Fingerprint, profiles?: ProfileEvidence): ContractDiff {
  const changes: SchemaChange[] = [];
  const access = new Map<string, ReadonlyMap<string, FieldAccess>>();
  const observed = new Map(fingerprint.entities.map((e) => [e.entity, e]));
  for (const ec of contract.entities) {
    const oe = observed.get(ec.entity);
    if (oe === undefined) continue;
    if (oe.fields.length === 0) {
      // The whole entity vanished (a dropped view, an operation gone from the WSDL): every field degrades.
      access.set(ec.entity, new Map(ec.fields.map((f) => [f.name, unmapped])));
      changes.push({ system: contract.system, entity: ec.entity, field: '', kind: 'REMOVED', remappedTo: null, confidence: null, evidence: null,
        degradedFields: ec.fields.flatMap((f) => f.feeds ?? []), detail: `${ec.entity} is no longer served` });
      continue;
    }
    const r = diffEntity(contract.system, ec, oe, profiles);
    changes.push(...r.changes);
    access.set(ec.entity, r.access);
  }
  return { changes, access };
}
