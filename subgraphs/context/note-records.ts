import type { NoteCategory } from '../../normalization/index.ts';

/** A mention as stored with a note revision. */
export interface StoredMention {
  readonly kind: 'EQUIPMENT' | 'TOOLING' | 'PART_NUMBER' | 'VARIABLE_TAG' | 'PRODUCTION_ORDER';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly confidence: number;
}

/** One immutable revision of a note (times epoch ms UTC). */
export interface NoteRevisionRecord {
  readonly revision: number;
  readonly timeMs: number;
  readonly endTimeMs: number | null;
  readonly text: string;
  readonly shift: string | null;
  readonly productionOrderId: string | null;
  readonly category: NoteCategory;
  readonly confidence: number;
  readonly classifierVersion: string;
  readonly mentions: readonly StoredMention[];
  readonly recordedBy: string;
  readonly recordedAtMs: number;
  readonly reason: string | null;
}

/** A note: what never changes (target, author, first recording) and its current revision. */
export interface NoteRecord {
  readonly id: string;
  readonly equipmentId: string | null;
  readonly workCenterId: string | null;
  readonly siteId: string;
  readonly author: string;
  readonly recordedBy: string;
  readonly recordedAtMs: number;
  readonly current: NoteRevisionRecord;
}

/** What an idempotency key remembers: the note it produced and a fingerprint of the input that produced it. */
export interface IdempotencyRecord {
  readonly noteId: string;
  readonly fingerprint: string;
}
