// What a note's text names, found by pattern: tooling ("die 7", "punch #2", "T14"), part numbers ("4471-220"),
// variable tags ("PT-101", "TT204"), production orders ("job 55120") and equipment-like codes ("P04", "press 4",
// "IMM 2"). Equipment candidates are only spans: the caller resolves them through the identity crosswalk.
// Hand-written patterns because the shapes are plant conventions (ISA-5.1 tag letters, die numbers), not language.

export type MentionKind = 'EQUIPMENT' | 'TOOLING' | 'PART_NUMBER' | 'VARIABLE_TAG' | 'PRODUCTION_ORDER';

/** A span of the text; `value` is its canonical spelling (DIE-7, PT-101, 4471-220, 55120). [start, end) offsets. */
export interface TextMention {
  readonly kind: MentionKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const toolWords = 'die|punch|insert|cutter|mold|mould|cavity|cav|core pin|end mill|drill|tool|wheel|blade|electrode|nozzle|form tool';
const patterns: readonly { kind: MentionKind; re: RegExp; value: (m: RegExpExecArray) => string }[] = [
  // Tooling: a tool word then a number ("die 7", "die #12", "punch no. 2", "cav 4"); or a T-number ("T14").
  { kind: 'TOOLING', re: new RegExp(`\\b(${toolWords})\\s*(?:#|no\\.?\\s*)?(\\d{1,4}[a-z]?)\\b`, 'gi'),
    value: (m) => `${m[1]!.toUpperCase().replace(/\s+/g, '-').replace(/^CAV$/, 'CAVITY').replace(/^MOULD$/, 'MOLD')}-${m[2]!.toUpperCase()}` },
  { kind: 'TOOLING', re: /\bT(\d{1,3})\b/g, value: (m) => `T${m[1]}` },
  { kind: 'TOOLING', re: /\b(M-\d{2,4})\b/g, value: (m) => m[1]!.toUpperCase() },
  // ISA-5.1 style tags: two or three letters (first P/T/F/L/V/Z/W…, last T/I/E/C/S) then a loop number.
  { kind: 'VARIABLE_TAG', re: /\b([PTFLVZWS][A-Z]?[TIECS])-?(\d{2,4})\b/g, value: (m) => `${m[1]}-${m[2]}` },
  // MES-style tags written in capitals with an underscore (HYD_PRESS, BRG_TEMP), as HMI screens show them.
  { kind: 'VARIABLE_TAG', re: /\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b/g, value: (m) => m[1]! },
  // Production orders: "job 55120", "order 55120", "WO 55120" (ERP job numbers are 4–8 digits).
  { kind: 'PRODUCTION_ORDER', re: /\b(?:job|order|ord|jo)\s*#?\s*(\d{4,8})\b/gi, value: (m) => m[1]! },
  // Part numbers: 4 digits, dash, 2–4 digits, optional revision/suffix letter ("4471-220", "4472-110-B").
  { kind: 'PART_NUMBER', re: /\b(\d{4}-\d{2,4}(?:-[A-Z])?)\b/g, value: (m) => m[1]! },
  // Equipment-like spans: a machine word and number ("press 4", "press #4", "IMM 2", "lathe L3"), or a
  // letter-digits code ("P04", "L3", "G1"). Resolved (or dropped) by the crosswalk.
  { kind: 'EQUIPMENT', re: /\b((?:press|lathe|mill|grinder|robot|imm|molder|cell|line|saw|welder|machine)\s*#?\s*[a-z]?\d{1,3})\b/gi, value: (m) => m[1]!.replace(/\s+/g, ' ') },
  { kind: 'EQUIPMENT', re: /\b([A-Z]{1,3}-?\d{1,3})\b/g, value: (m) => m[1]! },
];

/**
 * Mentions in `text`, in order of position; where spans overlap, the one listed first in the table above wins
 * (a tool "T14" is not also an equipment code, a tag "PT-101" not a part number).
 */
export function extractMentions(text: string): TextMention[] {
  const found: TextMention[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const span = m[0];
      const start = m.index, end = m.index + span.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind: p.kind, text: span, start, end, value: p.value(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
