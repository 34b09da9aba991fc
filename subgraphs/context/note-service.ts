import { createHash, randomUUID } from 'node:crypto';
import { Code, assertSiteAccess, plantError } from '../../common/index.ts';
import type { DurableStore, ForwardedIdentity, Logger, StoreWrite } from '../../common/index.ts';
import { extractMentions } from '../../normalization/index.ts';
import type { NoteCategory, NoteClassifier } from '../../normalization/index.ts';
import type { EquipmentDirectory } from './equipment-directory.ts';
import type { IdempotencyRecord, NoteRecord, NoteRevisionRecord, StoredMention } from './note-records.ts';

/** Store namespaces of operator notes. Index values are whole NoteRecords, so a list is one range scan. */
export const noteNamespaces = Object.freeze({
  notes: 'notes.note',
  revisions: 'notes.revision',
  byEquipment: 'notes.by-equipment',
  byWorkCenter: 'notes.by-work-center',
  byTime: 'notes.by-time',
  idempotency: 'notes.idempotency',
});

/** Limits, in one place (docs/errors.md states them too). */
export const noteLimits = Object.freeze({
  textChars: 2000, authorChars: 80, shiftChars: 20, orderChars: 64, reasonChars: 200,
  idempotencyKey: /^[A-Za-z0-9_.:-]{8,100}$/,
  /** A note about a period spans at most this. Also how far back a list scans for periods overlapping its range. */
  periodMs: 7 * 86_400_000,
  /** Clock skew tolerated between a terminal and this server before a time counts as in the future. */
  futureSkewMs: 120_000,
  pastMs: 366 * 86_400_000,
  listRangeMs: 366 * 86_400_000,
  listFirst: 500,
});

/** Roles that may add and edit notes (gateway/auth roles.ts); viewer and cost read only. */
export const noteWriterRoles: readonly string[] = ['operator', 'maintenance', 'planner'];

export interface AddNoteInput {
  readonly equipmentId?: string | null;
  readonly workCenterId?: string | null;
  readonly time: string;
  readonly endTime?: string | null;
  readonly text: string;
  readonly author: string;
  readonly shift?: string | null;
  readonly productionOrderId?: string | null;
  readonly idempotencyKey?: string | null;
}

export interface EditNoteInput {
  readonly time?: string | null;
  readonly endTime?: string | null;
  readonly text?: string | null;
  readonly shift?: string | null;
  readonly productionOrderId?: string | null;
  readonly reason?: string | null;
}

export interface ListNotesQuery {
  readonly equipmentId?: string | null;
  readonly workCenterId?: string | null;
  readonly fromMs: number;
  readonly toMs: number;
  readonly categories?: readonly NoteCategory[] | null;
  readonly first: number;
}

export interface NoteService {
  add(input: AddNoteInput, identity: ForwardedIdentity | null): Promise<NoteRecord>;
  edit(id: string, input: EditNoteInput, expectedRevision: number | null, identity: ForwardedIdentity | null): Promise<NoteRecord>;
  get(id: string): Promise<NoteRecord | null>;
  history(id: string): Promise<readonly NoteRevisionRecord[]>;
  list(q: ListNotesQuery): Promise<readonly NoteRecord[]>;
}

const invalid = (field: string, reason: string): Error =>
  plantError(Code.NOTE_FIELD_INVALID, `${field}: ${reason}`, { detail: { field, reason } });
const iso = (ms: number): string => new Date(ms).toISOString();
const pad = (n: number): string => String(n).padStart(6, '0');

/** Drops control characters terminals and pasted text carry (NUL, BEL, ESC…), keeping line breaks and tabs. */
function cleanText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

function checkText(raw: string): string {
  const text = cleanText(raw);
  if (text === '') throw plantError(Code.NOTE_TEXT_EMPTY, 'The note text is empty');
  const chars = [...text].length;
  if (chars > noteLimits.textChars) {
    throw plantError(Code.NOTE_TEXT_TOO_LONG, `The note text has ${chars} characters; at most ${noteLimits.textChars} are allowed`, { detail: { chars, maxChars: noteLimits.textChars } });
  }
  return text;
}

function optionalString(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const v = cleanText(value);
  if (v === '') return null;
  if ([...v].length > max) throw invalid(field, `at most ${max} characters`);
  return v;
}

function checkTimes(time: string, endTime: string | null | undefined, nowMs: number): { timeMs: number; endTimeMs: number | null } {
  const parse = (v: string, field: string): number => {
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms)) throw plantError(Code.NOTE_TIME_INVALID, `${field} is not an ISO-8601 instant: ${v.slice(0, 40)}`, { detail: { field, reason: 'unparseable' } });
    if (ms > nowMs + noteLimits.futureSkewMs) {
      throw plantError(Code.NOTE_TIME_IN_FUTURE, `${field} ${iso(ms)} is in the future (server time ${iso(nowMs)})`, { detail: { field, nowMs } });
    }
    return ms;
  };
  const timeMs = parse(time, 'time');
  if (timeMs < nowMs - noteLimits.pastMs) throw plantError(Code.NOTE_TIME_INVALID, 'time is more than 366 days ago', { detail: { field: 'time', reason: 'too old' } });
  if (endTime === null || endTime === undefined) return { timeMs, endTimeMs: null };
  const endTimeMs = parse(endTime, 'endTime');
  if (endTimeMs < timeMs) throw plantError(Code.NOTE_TIME_INVALID, 'endTime is before time', { detail: { field: 'endTime', reason: 'reversed' } });
  if (endTimeMs - timeMs > noteLimits.periodMs) throw plantError(Code.NOTE_TIME_INVALID, 'a note covers at most 7 days', { detail: { field: 'endTime', reason: 'period too long' } });
  return { timeMs, endTimeMs };
}

function assertWriter(identity: ForwardedIdentity | null): ForwardedIdentity {
  if (identity === null) throw plantError(Code.IDENTITY_HEADER_MISSING, 'Adding or editing a note needs the caller identity forwarded by the gateway.');
  if (!identity.roles.some((r) => noteWriterRoles.includes(r))) {
    throw plantError(Code.FORBIDDEN_ROLE, `Adding or editing notes needs one of the roles ${noteWriterRoles.join(', ')}.`, { detail: { roles: noteWriterRoles.join(',') } });
  }
  return identity;
}

const patternConfidence: Readonly<Record<StoredMention['kind'], number>> = { EQUIPMENT: 0, TOOLING: 0.9, PART_NUMBER: 0.8, VARIABLE_TAG: 0.9, PRODUCTION_ORDER: 0.9 };

/**
 * Operator notes over the durable store. Every add/edit is one atomic commit of the note, its new immutable
 * revision, its index entries and (for adds with a key) the idempotency record; the call resolves only after
 * the store says the commit is durable, so an acknowledged note survives a crash.
 */
export function createNoteService(deps: {
  readonly store: DurableStore;
  readonly directory: EquipmentDirectory;
  readonly classifier: NoteClassifier;
  readonly logger: Logger;
  readonly now?: () => number;
}): NoteService {
  const { store, directory, classifier, logger } = deps;
  const now = deps.now ?? Date.now;
  const guarded = async <T>(op: string, f: () => Promise<T>): Promise<T> => {
    try { return await f(); } catch (e) {
      logger.error({ op, error: e instanceof Error ? e.message : String(e) }, 'note store failed');
      throw plantError(Code.NOTE_STORE_UNAVAILABLE, 'The operator-note store failed', { retryable: true }, e);
    }
  };

  const mentionsOf = async (text: string): Promise<StoredMention[]> => {
    const found: StoredMention[] = extractMentions(text).map((m) => ({ kind: m.kind, text: m.text, start: m.start, end: m.end,
      value: m.kind === 'EQUIPMENT' ? null : m.value, confidence: patternConfidence[m.kind] }));
    let linked: Awaited<ReturnType<EquipmentDirectory['findMentions']>> = [];
    try { linked = await directory.findMentions(text); } catch (e) {
      // The note is still worth keeping: its equipment mentions stay unresolved (value null).
      logger.warn({ error: e instanceof Error ? e.message : String(e) }, 'note mentions left unresolved: directory failed');
    }
    const out = found.filter((m) => m.kind !== 'EQUIPMENT' || !linked.some((l) => l.start < m.end && m.start < l.end));
    for (const l of linked) {
      if (out.some((m) => m.kind !== 'EQUIPMENT' && m.start < l.end && l.start < m.end)) continue; // a tool or tag, not a machine
      out.push({ kind: 'EQUIPMENT', text: l.text, start: l.start, end: l.end, value: l.equipmentId, confidence: l.confidence });
    }
    return out.sort((a, b) => a.start - b.start);
  };

  const indexWrites = (n: NoteRecord): StoreWrite[] => {
    const t = `${iso(n.current.timeMs)}/${n.id}`;
    const w: StoreWrite[] = [{ namespace: noteNamespaces.byTime, key: t, value: n }];
    if (n.equipmentId !== null) w.push({ namespace: noteNamespaces.byEquipment, key: `${n.equipmentId}/${t}`, value: n });
    if (n.workCenterId !== null) w.push({ namespace: noteNamespaces.byWorkCenter, key: `${n.workCenterId}/${t}`, value: n });
    return w;
  };
  const indexDeletes = (n: NoteRecord): StoreWrite[] =>
    indexWrites(n).map((w) => ({ namespace: w.namespace, key: w.key, delete: true as const }));

  const get = (id: string) => guarded('get note', () => store.get<NoteRecord>(noteNamespaces.notes, id)).then((n) => n ?? null);

  return {
    get: (id) => (id.trim() === '' || id.length > 200 ? Promise.resolve(null) : get(id)),

    async add(input, rawIdentity) {
      const identity = assertWriter(rawIdentity);
      const nowMs = now();
      const text = checkText(input.text);
      const author = optionalString(input.author, 'author', noteLimits.authorChars);
      if (author === null) throw invalid('author', 'required');
      const shift = optionalString(input.shift, 'shift', noteLimits.shiftChars);
      const productionOrderId = optionalString(input.productionOrderId, 'productionOrderId', noteLimits.orderChars);
      const key = input.idempotencyKey ?? null;
      if (key !== null && !noteLimits.idempotencyKey.test(key)) throw invalid('idempotencyKey', '8–100 characters of A-Z a-z 0-9 _ . : -');
      const { timeMs, endTimeMs } = checkTimes(input.time, input.endTime, nowMs);

      const equipmentId = optionalString(input.equipmentId, 'equipmentId', 64);
      const wcId = optionalString(input.workCenterId, 'workCenterId', 64);
      if (equipmentId === null && wcId === null) throw plantError(Code.NOTE_TARGET_REQUIRED, 'A note needs an equipmentId or a workCenterId');
      let siteId: string, workCenterId: string | null;
      if (equipmentId !== null) {
        const pos = await directory.lookup(equipmentId);
        if (pos === null) throw plantError(Code.NOTE_UNKNOWN_EQUIPMENT, `No equipment ${equipmentId} in the plant roster`, { detail: { equipmentId } });
        if (wcId !== null && pos.workCenterId !== wcId) {
          throw plantError(Code.NOTE_TARGET_MISMATCH, `Equipment ${equipmentId} is not in work center ${wcId}`, { detail: { equipmentId, workCenterId: pos.workCenterId ?? '' } });
        }
        siteId = pos.siteId; workCenterId = pos.workCenterId;
      } else {
        const wc = await directory.workCenter(wcId!);
        if (wc === null) throw plantError(Code.NOTE_UNKNOWN_WORK_CENTER, `No work center ${wcId} in the plant roster`, { detail: { workCenterId: wcId ?? '' } });
        siteId = wc.siteId; workCenterId = wc.id;
      }
      assertSiteAccess(identity, siteId);

      const fingerprint = createHash('sha256').update(JSON.stringify([equipmentId, workCenterId, timeMs, endTimeMs, text, author, shift, productionOrderId])).digest('base64url');
      const idemKey = key === null ? null : `${identity.sub}/${key}`;
      const replay = async (): Promise<NoteRecord> => {
        const seen = await guarded('get idempotency', () => store.get<IdempotencyRecord>(noteNamespaces.idempotency, idemKey!));
        if (seen === undefined) throw plantError(Code.NOTE_STORE_UNAVAILABLE, 'The idempotency record vanished', { retryable: true });
        if (seen.fingerprint !== fingerprint) {
          throw plantError(Code.NOTE_IDEMPOTENCY_KEY_REUSED, 'This idempotency key was already used for a different note', { detail: { noteId: seen.noteId } });
        }
        const n = await get(seen.noteId);
        if (n === null) throw plantError(Code.NOTE_STORE_UNAVAILABLE, 'The note of an idempotency key is missing', { retryable: true });
        return n;
      };
      // A retry of an acknowledged add answers from the store without classifying or resolving again.
      if (idemKey !== null && await guarded('get idempotency', () => store.get(noteNamespaces.idempotency, idemKey)) !== undefined) return replay();

      const c = classifier.classify(text);
      const revision: NoteRevisionRecord = {
        revision: 1, timeMs, endTimeMs, text, shift, productionOrderId, category: c.category, confidence: c.confidence,
        classifierVersion: c.version, mentions: await mentionsOf(text), recordedBy: identity.sub, recordedAtMs: nowMs, reason: null,
      };
      const note: NoteRecord = { id: `note-${randomUUID()}`, equipmentId, workCenterId, siteId, author, recordedBy: identity.sub, recordedAtMs: nowMs, current: revision };
      const writes: StoreWrite[] = [
        { namespace: noteNamespaces.notes, key: note.id, value: note, ifAbsent: true },
        { namespace: noteNamespaces.revisions, key: `${note.id}/${pad(1)}`, value: revision, ifAbsent: true },
        ...indexWrites(note),
      ];
      if (idemKey !== null) writes.push({ namespace: noteNamespaces.idempotency, key: idemKey, value: { noteId: note.id, fingerprint } satisfies IdempotencyRecord, ifAbsent: true });
      const r = await guarded('commit note', () => store.commit(writes));
      if (!r.committed) {
        // Two submits with one key raced: the other one won; answer its note.
        if (idemKey !== null && r.conflicts.some((x) => x.namespace === noteNamespaces.idempotency)) return replay();
        throw plantError(Code.NOTE_STORE_UNAVAILABLE, 'The note could not be recorded (id collision); retry', { retryable: true });
      }
      logger.info({ noteId: note.id, equipmentId, workCenterId, category: c.category }, 'operator note recorded');
      return note;
    },

    async edit(id, input, expectedRevision, rawIdentity) {
      const identity = assertWriter(rawIdentity);
      const nowMs = now();
      const note = id.trim() === '' || id.length > 200 ? null : await get(id);
      if (note === null) throw plantError(Code.NOTE_NOT_FOUND, `No operator note ${id}`, { detail: { id } });
      assertSiteAccess(identity, note.siteId);
      const cur = note.current;
      if (expectedRevision !== null && expectedRevision !== cur.revision) {
        throw plantError(Code.NOTE_EDIT_CONFLICT, `The note is at revision ${cur.revision}, not ${expectedRevision}`, { detail: { expectedRevision, currentRevision: cur.revision } });
      }
      const text = input.text === null || input.text === undefined ? cur.text : checkText(input.text);
      // Times are re-checked only when the edit changes them (an old note may be corrected in its text alone).
      const timesChanged = (input.time !== null && input.time !== undefined) || input.endTime !== undefined;
      const times = timesChanged
        ? checkTimes(input.time ?? iso(cur.timeMs), input.endTime === undefined ? (cur.endTimeMs === null ? null : iso(cur.endTimeMs)) : input.endTime, nowMs)
        : { timeMs: cur.timeMs, endTimeMs: cur.endTimeMs };
      const shift = input.shift === undefined ? cur.shift : optionalString(input.shift, 'shift', noteLimits.shiftChars);
      const productionOrderId = input.productionOrderId === undefined ? cur.productionOrderId : optionalString(input.productionOrderId, 'productionOrderId', noteLimits.orderChars);
      const reason = optionalString(input.reason, 'reason', noteLimits.reasonChars);
      if (text === cur.text && times.timeMs === cur.timeMs && times.endTimeMs === cur.endTimeMs && shift === cur.shift && productionOrderId === cur.productionOrderId) {
        throw invalid('input', 'the edit changes nothing');
      }
      const c = text === cur.text ? { category: cur.category, confidence: cur.confidence, version: cur.classifierVersion } : classifier.classify(text);
      const revision: NoteRevisionRecord = {
        revision: cur.revision + 1, timeMs: times.timeMs, endTimeMs: times.endTimeMs, text, shift, productionOrderId,
        category: c.category, confidence: c.confidence, classifierVersion: c.version,
        mentions: text === cur.text ? cur.mentions : await mentionsOf(text), recordedBy: identity.sub, recordedAtMs: nowMs, reason,
      };
      const next: NoteRecord = { ...note, current: revision };
      const newIndex = indexWrites(next);
      const writes: StoreWrite[] = [
        // ifAbsent on the revision key: of two racing edits of one revision, exactly one commits.
        { namespace: noteNamespaces.revisions, key: `${id}/${pad(revision.revision)}`, value: revision, ifAbsent: true },
        { namespace: noteNamespaces.notes, key: id, value: next },
        ...indexDeletes(note).filter((d) => !newIndex.some((w) => w.namespace === d.namespace && w.key === d.key)),
        ...newIndex,
      ];
      const r = await guarded('commit edit', () => store.commit(writes));
      if (!r.committed) throw plantError(Code.NOTE_EDIT_CONFLICT, 'Another edit of this note was recorded first; re-read it and edit again', { detail: { expectedRevision: cur.revision } });
      return next;
    },

    async history(id) {
      return (await guarded('range revisions', () => store.range<NoteRevisionRecord>(noteNamespaces.revisions, { prefix: `${id}/` }))).map((e) => e.value);
    },

    async list(q) {
      const target = q.equipmentId != null ? { ns: noteNamespaces.byEquipment, prefix: `${q.equipmentId}/` }
        : q.workCenterId != null ? { ns: noteNamespaces.byWorkCenter, prefix: `${q.workCenterId}/` }
        : { ns: noteNamespaces.byTime, prefix: '' };
      // Indexed by start time: a period note that began up to 7 days before `from` may still overlap the range.
      const entries = await guarded('range notes', () => store.range<NoteRecord>(target.ns, {
        start: `${target.prefix}${iso(Math.max(0, q.fromMs - noteLimits.periodMs))}`, end: `${target.prefix}${iso(q.toMs)}`, reverse: true,
      }));
      const cats = q.categories == null || q.categories.length === 0 ? null : new Set(q.categories);
      const out: NoteRecord[] = [];
      for (const { value: n } of entries) {
        const end = n.current.endTimeMs ?? n.current.timeMs;
        if (n.current.timeMs >= q.toMs || end < q.fromMs) continue;
        if (cats !== null && !cats.has(n.current.category)) continue;
        out.push(n);
        if (out.length >= q.first) break;
      }
      return out;
    },
  };
}
