import { Code, plantError } from '../../common/index.ts';
import { nameSimilarity, normaliseKey } from '../../normalization/index.ts';
import type { Crosswalk } from '../../normalization/index.ts';

/** Where an equipment sits: the facts a note needs (site for access, work center for the work center's list). */
export interface EquipmentPosition {
  readonly id: string;
  readonly siteId: string;
  readonly workCenterId: string | null;
}

/** An equipment a span of free text names. `confidence` 0–1; [start, end) offsets in the text. */
export interface EquipmentMention {
  readonly equipmentId: string;
  readonly confidence: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What the context subgraph needs to know about the plant's equipment. Implementations throw
 * NOTE_DIRECTORY_UNAVAILABLE when they cannot answer (never "unknown" for "could not ask").
 */
export interface EquipmentDirectory {
  lookup(equipmentId: string): Promise<EquipmentPosition | null>;
  workCenter(workCenterId: string): Promise<{ readonly id: string; readonly siteId: string } | null>;
  findMentions(text: string): Promise<readonly EquipmentMention[]>;
}

/** The plant layout as the ERP subgraph serves it: `{ sites { id areas { workCenters { id equipment { id name } } } } }`. */
export interface RosterLayout {
  readonly sites: readonly {
    readonly id: string;
    readonly areas?: readonly { readonly workCenters?: readonly { readonly id: string; readonly equipment?: readonly { readonly id: string; readonly name?: string | null }[] | null }[] | null }[] | null;
  }[] | null;
}

/** The canonical GraphQL query a runtime runs to feed {@link createEquipmentDirectory}'s `fetchLayout`. */
export const rosterLayoutQuery = '{ sites { id areas { workCenters { id equipment { id name } } } } }';

interface Roster {
  readonly equipment: ReadonlyMap<string, EquipmentPosition & { readonly name: string }>;
  readonly workCenters: ReadonlyMap<string, string>;
}

function toRoster(layout: RosterLayout): Roster {
  const equipment = new Map<string, EquipmentPosition & { name: string }>();
  const workCenters = new Map<string, string>();
  for (const s of layout.sites ?? []) {
    for (const a of s.areas ?? []) {
      for (const w of a.workCenters ?? []) {
        workCenters.set(w.id, s.id);
        for (const e of w.equipment ?? []) equipment.set(e.id, { id: e.id, siteId: s.id, workCenterId: w.id, name: e.name ?? '' });
      }
    }
  }
  return { equipment, workCenters };
}

const unavailable = (cause: unknown) =>
  plantError(Code.NOTE_DIRECTORY_UNAVAILABLE, 'The plant roster could not be read to check the note\'s equipment', { retryable: true }, cause);

/**
 * The directory over the identity crosswalk (normalization/identity: the canonical roster and every system's
 * aliases in the store), falling back to a layout fetched from the ERP subgraph for what the crosswalk does not
 * know yet (its roster is published by the source subgraphs; an empty store knows nothing). The fetched layout
 * is cached for `ttlMs`; concurrent misses share one fetch; failures are not cached.
 */
export function createEquipmentDirectory(opts: {
  readonly crosswalk?: Crosswalk;
  readonly fetchLayout?: () => Promise<RosterLayout>;
  readonly ttlMs?: number;
  readonly now?: () => number;
}): EquipmentDirectory {
  const ttlMs = opts.ttlMs ?? 300_000;
  const now = opts.now ?? Date.now;
  let cached: { roster: Roster; at: number } | undefined;
  let inFlight: Promise<Roster> | undefined;
  const roster = async (): Promise<Roster | null> => {
    if (opts.fetchLayout === undefined) return null;
    if (cached !== undefined && now() - cached.at < ttlMs) return cached.roster;
    inFlight ??= opts.fetchLayout().then((l) => { const r = toRoster(l); cached = { roster: r, at: now() }; return r; })
      .finally(() => { inFlight = undefined; });
    try { return await inFlight; } catch (e) { throw unavailable(e); }
  };
  const fromCrosswalk = async <T>(f: (c: Crosswalk) => Promise<T>): Promise<T | null> => {
    if (opts.crosswalk === undefined) return null;
    try { return await f(opts.crosswalk); } catch (e) { throw unavailable(e); }
  };

  return {
    async lookup(equipmentId) {
      const id = equipmentId.trim();
      const hit = await fromCrosswalk((c) => c.lookup(id));
      if (hit !== null && hit.siteId !== null) return { id: hit.equipmentId, siteId: hit.siteId, workCenterId: hit.workCenterId };
      const r = await roster();
      const e = r?.equipment.get(id);
      return e === undefined ? null : { id: e.id, siteId: e.siteId, workCenterId: e.workCenterId };
    },
    async workCenter(workCenterId) {
      const id = workCenterId.trim();
      const entries = await fromCrosswalk((c) => c.roster());
      const hit = entries?.find((e) => e.workCenterId === id && e.siteId !== null);
      if (hit !== undefined && hit.siteId !== null) return { id, siteId: hit.siteId };
      const site = (await roster())?.workCenters.get(id);
      return site === undefined ? null : { id, siteId: site };
    },
    async findMentions(text) {
      const viaCrosswalk = await fromCrosswalk((c) => c.findMentions(text));
      if (viaCrosswalk !== null && viaCrosswalk.length > 0) {
        return viaCrosswalk.map((m) => ({ equipmentId: m.equipmentId, confidence: m.score, text: m.text, start: m.start, end: m.end }));
      }
      const r = await roster();
      return r === null ? [] : mentionsInRoster(text, r);
    },
  };
}

/**
 * Layout-only mention matching (no aliases): a 1–3 token window equal to a canonical id after normalisation
 * (`press-04` → PRESS-04, confidence 0.95) or close to an equipment name (`press 4` ~ 'Press 4', 0.9 × similarity ≥ 0.8).
 */
function mentionsInRoster(text: string, roster: Roster): EquipmentMention[] {
  const toks = [...text.matchAll(/[A-Za-z0-9#]+(?:[-_.][A-Za-z0-9]+)*/g)].map((m) => ({ t: m[0], start: m.index, end: m.index + m[0].length }));
  const ids = new Map([...roster.equipment.keys()].map((id) => [normaliseKey(id), id]));
  const out: EquipmentMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    let best: EquipmentMention | null = null;
    for (let w = 3; w >= 1; w--) {
      if (i + w > toks.length) continue;
      const first = toks[i]!, last = toks[i + w - 1]!;
      const span = text.slice(first.start, last.end);
      const byId = ids.get(normaliseKey(span));
      if (byId !== undefined) { best = { equipmentId: byId, confidence: 0.95, text: span, start: first.start, end: last.end }; break; }
      if (!/\d/.test(span)) continue;
      for (const e of roster.equipment.values()) {
        if (e.name === '') continue;
        const s = nameSimilarity(span, e.name);
        if (s >= 0.8 && (best === null || 0.9 * s > best.confidence)) best = { equipmentId: e.id, confidence: 0.9 * s, text: span, start: first.start, end: last.end };
      }
      if (best !== null) break;
    }
    if (best !== null) { out.push(best); while (i + 1 < toks.length && toks[i + 1]!.start < best.end) i++; }
  }
  return out;
}
