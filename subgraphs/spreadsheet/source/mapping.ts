// The mapping a plant keeps for its shift-log spreadsheets: which columns mean what, how machines are written,
// the site's zone and shift starts. Validated with zod at start; a bad file stops the process with a message.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { distance } from 'fastest-levenshtein';

const columns = z.array(z.string().min(1)).min(1);

const mappingSchema = z.object({
  /** The ERP company the sheet's job numbers belong to (the sheet never says). */
  company: z.string().min(1),
  timeZone: z.string().min(1),
  /** How typed dates like 3/11/2026 are read. */
  dateOrder: z.enum(['MDY', 'DMY']),
  /** Local start time ('HH:mm') per shift number. */
  shiftStarts: z.record(z.string().regex(/^[1-9]$/), z.string().regex(/^\d{2}:\d{2}$/)),
  sheets: z.object({
    production: z.object({
      sheetNames: z.array(z.string()), filePattern: z.string(),
      columns: z.object({ date: columns, shift: columns, equipment: columns, job: columns, operation: columns, good: columns, scrap: columns }),
    }),
    downtime: z.object({
      sheetNames: z.array(z.string()), filePattern: z.string(),
      columns: z.object({ date: columns, shift: columns, equipment: columns, start: columns, minutes: columns, reason: columns }),
    }),
  }),
  equipment: z.array(z.object({ id: z.string().min(1), aliases: z.array(z.string()) })).min(1),
});

export type SheetMapping = z.infer<typeof mappingSchema>;
export type LogKind = 'production' | 'downtime';

/** Reads and validates the mapping file. Throws an Error naming the file and the first bad path. */
export function loadMapping(path: string): SheetMapping {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (e) {
    throw new Error(`SPREADSHEET_MAPPING_FILE ${path} is not readable JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`SPREADSHEET_MAPPING_FILE ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export type EquipmentMatch = { readonly id: string; readonly how: 'EXACT' | 'NORMALIZED' | 'FUZZY' } | null;

/** Lower case, letters and digits only, leading zeros of numbers dropped: 'Press #04' → 'press4', 'P04' → 'p4'. */
export function normalizeMachineText(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/(^|[a-z])0+(\d)/g, '$1$2');
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * Matches machine text as people type it to a canonical equipment id: an alias or the id exactly, then
 * normalized, then one edit away from exactly one normalized alias with the same digits (a dropped letter;
 * never a different number, 'Press 7' must not become 'Press 1'). Null when nothing or more than one fits.
 */
export function createEquipmentMatcher(mapping: SheetMapping): (text: string) => EquipmentMatch {
  const exact = new Map<string, string>();
  const normalized = new Map<string, Set<string>>();
  for (const e of mapping.equipment) {
    for (const a of [e.id, ...e.aliases]) {
      if (a.trim() === '') continue;
      exact.set(a.trim(), e.id);
      const n = normalizeMachineText(a);
      const set = normalized.get(n) ?? new Set<string>();
      set.add(e.id);
      normalized.set(n, set);
    }
  }
  const keys = [...normalized.keys()];
  return (text) => {
    const t = text.trim();
    if (t === '') return null;
    const ex = exact.get(t);
    if (ex !== undefined) return { id: ex, how: 'EXACT' };
    const n = normalizeMachineText(t);
    const byNorm = normalized.get(n);
    if (byNorm !== undefined) return byNorm.size === 1 ? { id: [...byNorm][0]!, how: 'NORMALIZED' } : null;
    const ids = new Set<string>();
    for (const k of keys) if (digitsOf(k) === digitsOf(n) && distance(k, n) === 1) for (const id of normalized.get(k)!) ids.add(id);
    return ids.size === 1 ? { id: [...ids][0]!, how: 'FUZZY' } : null;
  };
}
