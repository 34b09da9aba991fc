// The plant's reconciliation policy: a JSON file validated with zod at start (a bad file stops the process
// with the path and the first bad entry), frozen. The default ships next to this file; a plant points
// INTERP_RECONCILIATION_POLICY at its own copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { findRepoRoot } from '../../common/index.ts';
import type { FieldPolicy } from '../core/index.ts';

const system = z.enum(['ERP', 'MES', 'SPREADSHEET']);
const fieldPolicy = z.object({
  unit: z.string().min(1),
  tolerance: z.object({ absolute: z.number().min(0), relative: z.number().min(0).max(1) }),
  impactPerUnit: z.number().min(0),
  singleSourceFactor: z.number().min(0).max(1),
  rules: z.array(z.object({
    name: z.string().min(1),
    source: system,
    when: z.object({
      orderStatusIn: z.array(z.string()).optional(),
      orderStatusNotIn: z.array(z.string()).optional(),
      missing: z.array(system).optional(),
      shiftClosed: z.boolean().optional(),
    }).strict().optional(),
    confidence: z.number().min(0).max(1),
  }).strict()).min(1),
}).strict();

/** The fields a policy must configure. */
export const reconciledFields = [
  'ProductionOrder.goodQuantity', 'ProductionOrder.scrapQuantity', 'ProductionOrder.producedQuantity', 'ProductionOrder.completion',
  'Equipment.downtimeMinutes', 'Equipment.shiftGoodQuantity', 'Equipment.shiftScrapQuantity', 'Equipment.shiftProducedQuantity',
] as const;
export type ReconciledField = (typeof reconciledFields)[number];

const policySchema = z.object({
  version: z.literal(1),
  description: z.string().optional(),
  calendar: z.object({
    timeZone: z.string().min(1),
    shiftStarts: z.record(z.string().min(1), z.string().regex(/^\d{2}:\d{2}$/)),
  }),
  // Each field optional: a plant's file written before a field existed takes the shipped entry for it (see parsePolicy).
  fields: z.object(Object.fromEntries(reconciledFields.map((f) => [f, fieldPolicy.optional()])) as Record<ReconciledField, z.ZodOptional<typeof fieldPolicy>>).strict(),
});

export interface ReconciliationPolicy {
  readonly calendar: { readonly timeZone: string; readonly shiftStarts: Readonly<Record<string, string>> };
  readonly fields: Readonly<Record<ReconciledField, FieldPolicy>>;
  /** Where it was read from. */
  readonly path: string;
  /** Fields the file does not configure, which took the shipped default's entry (logged at start). */
  readonly defaulted: readonly ReconciledField[];
}

/** The shipped default policy file. */
export function defaultPolicyPath(): string {
  return fileURLToPath(new URL('interpretation/subgraph/reconciliation-policy.json', findRepoRoot(import.meta.url)));
}

/** Parses and validates a policy document (already JSON-decoded). Throws an Error naming `path` and the first bad entry. */
export function parsePolicy(raw: unknown, path: string): ReconciliationPolicy {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`reconciliation policy ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  const p = parsed.data;
  if (Object.keys(p.calendar.shiftStarts).length === 0) throw new Error(`reconciliation policy ${path}: calendar.shiftStarts is empty`);
  const defaulted = reconciledFields.filter((f) => p.fields[f] === undefined);
  if (defaulted.length === 0) return Object.freeze({ calendar: p.calendar, fields: p.fields as Record<ReconciledField, FieldPolicy>, path, defaulted });
  // A plant's policy predating a field keeps working: the field takes the shipped rules, and the start log says so.
  const shipped = path === defaultPolicyPath() ? null : loadPolicy(defaultPolicyPath());
  if (shipped === null) throw new Error(`reconciliation policy ${path}: fields.${defaulted[0]} is missing`);
  const fields = Object.fromEntries(reconciledFields.map((f) => [f, p.fields[f] ?? shipped.fields[f]])) as Record<ReconciledField, FieldPolicy>;
  return Object.freeze({ calendar: p.calendar, fields, path, defaulted });
}

/** Reads the policy file at `path`. Throws an Error naming the file when it is unreadable or invalid. */
export function loadPolicy(path: string): ReconciliationPolicy {
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(path, 'utf8')); } catch (e) {
    throw new Error(`INTERP_RECONCILIATION_POLICY ${path} is not readable JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parsePolicy(raw, path);
}
