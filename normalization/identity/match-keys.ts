// Key shapes the material and order matcher (match-key-aliases.ts) reads: revision suffixes and MES job-operation ids.

/** 'ABC-100-R2' → 'ABC-100', 'HDW-2000 REV B' → 'HDW-2000': the part number without a revision suffix. */
export function stripRevision(partNum: string): { base: string; revision: string | null } {
  const m = /^(.*?)(?:[\s_/-]+(?:REV\.?\s*|R)([A-Z0-9]{1,3}))$/i.exec(partNum.trim());
  return m === null || m[1] === undefined || m[1] === '' ? { base: partNum.trim(), revision: null } : { base: m[1], revision: m[2] ?? null };
}

/** 'J004512-10' → { job: 'J004512', operation: 10 }; null when the id has no trailing operation number. */
export function parseMesOrderId(orderId: string): { job: string; operation: number } | null {
  const m = /^(.+?)[-/.](\d{1,4})$/.exec(orderId.trim());
  return m === null || m[1] === undefined || m[2] === undefined ? null : { job: m[1], operation: Number(m[2]) };
}
