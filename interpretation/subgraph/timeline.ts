// Equipment.timeline / WorkCenter.timeline: every owner's records about a machine as one ordered stream.
// The records arrive through the same @requires inputs as the other figures (MES states, production and quality, CMMS
// work orders, operator notes) plus the derived events computed here, so the timeline covers the inputs'
// windows: 14 days of MES data, 90 days of CMMS work orders, 30 days of notes.
import { Code, plantError } from '../../common/index.ts';
import { pageTimeline } from '../core/index.ts';
import type { TimelineItem, TimelineKind } from '../core/index.ts';
import { intArg } from './args.ts';
import type { EquipmentRep } from './models.ts';
import { iso } from './wire.ts';

export interface TimelineArgs {
  readonly range?: { readonly from: string; readonly to: string } | null;
  readonly kinds?: readonly TimelineKind[] | null;
  readonly sources?: readonly string[] | null;
  readonly newestFirst?: boolean | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface WireTimeline {
  edges: { cursor: string; node: WireTimelineItem }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
export interface WireTimelineItem { at: string; endAt: string | null; kind: TimelineKind; source: string; sourceRef: string; equipmentId: string; title: string; detail: string | null }

const ms = (s: string | null | undefined): number => (s === null || s === undefined ? Number.NaN : Date.parse(s));
const clip = (text: string, n: number): string => (text.length <= n ? text : `${text.slice(0, n - 1)}…`);

/**
 * The records of one equipment as timeline items. Each owner's list is optional here: a failed owner has its own
 * coded error in the response and its items are simply absent, so the timeline still shows the others.
 */
const qty = (q: { readonly value: number; readonly unit: string } | null): string => (q === null ? 'unknown' : `${q.value} ${q.unit}`);

export function equipmentRecords(eq: EquipmentRep): TimelineItem[] {
  const out: TimelineItem[] = [];
  const base = { equipmentId: eq.id };
  for (const s of eq.recentStates ?? []) {
    out.push({ ...base, at: ms(s.startTime), endAt: ms(s.endTime), kind: 'STATE_CHANGE', source: 'MES', sourceRef: `${eq.id}@${s.startTime}`,
      // A null state: the MES field was unmapped after a vendor upgrade (its SCHEMA_FIELD_UNMAPPED error is beside it).
      title: `${s.state ?? 'state unknown'}${s.reasonCode ? ` (${s.reasonCode})` : ''}`, detail: null });
  }
  for (const r of eq.recentProduction?.records ?? []) {
    const order = r.productionOrder?.id ?? null;
    out.push({ ...base, at: ms(r.startTime), endAt: ms(r.endTime), kind: 'PRODUCTION', source: 'MES', sourceRef: r.recordId,
      title: `${qty(r.goodQuantity)} good, ${qty(r.scrapQuantity)} scrap${order === null ? '' : ` for ${order}${r.operationSequence === null ? '' : ` op ${r.operationSequence}`}`}`, detail: null });
  }
  for (const w of eq.recentMaintenance ?? []) {
    const at = ms(w.reportedAt ?? w.completedAt ?? null);
    const failure = w.failure ? [w.failure.classCode, w.failure.problemCode, w.failure.remedyCode].filter(Boolean).join('-') : null;
    out.push({ ...base, at, endAt: ms(w.completedAt), kind: 'MAINTENANCE', source: 'CMMS', sourceRef: w.id ?? `${eq.id}@${w.reportedAt}`,
      title: `${w.type ?? 'Maintenance'} work order ${w.status}${w.title ? `: ${w.title}` : ''}`, detail: failure === null || failure === '' ? null : `failure ${failure}` });
  }
  for (const n of eq.recentNotes ?? []) {
    out.push({ ...base, at: ms(n.time), endAt: n.endTime === null ? null : ms(n.endTime), kind: 'NOTE', source: 'OPERATOR_NOTES', sourceRef: n.id,
      title: `${n.category}${n.text ? `: ${clip(n.text, 120)}` : ''}`, detail: `classified with confidence ${n.confidence.toFixed(2)}` });
  }
  for (const qc of eq.qualityCharacteristics ?? []) {
    const lsl = qc.lsl ?? null, usl = qc.usl ?? null;
    for (const m of qc.recentMeasurements ?? []) {
      const v = m.value?.value;
      if (v === undefined || v === null) continue;
      const side = usl !== null && v > usl ? `above USL ${usl}` : lsl !== null && v < lsl ? `below LSL ${lsl}` : null;
      if (side === null) continue;
      out.push({ ...base, at: ms(m.time), endAt: null, kind: 'QUALITY', source: 'MES', sourceRef: `${qc.id}@${m.time}`,
        title: `${qc.id} out of specification`, detail: `${v} ${qc.unit ?? ''} ${side}`.replace(/ +/g, ' ') });
    }
  }
  return out.filter((i) => Number.isFinite(i.at)).map((i) => ({ ...i, endAt: i.endAt !== null && Number.isFinite(i.endAt) ? i.endAt : null }));
}

/** Derived interpretation events as timeline items. */
export function eventItems(equipmentId: string, events: readonly { kind: string; at: string; subject: string; detail: string }[]): TimelineItem[] {
  return events.map((e) => ({ equipmentId, at: ms(e.at), endAt: null, kind: 'INTERPRETATION' as const, source: 'INTERPRETATION', sourceRef: `${e.subject} ${e.kind}`, title: `${e.kind} on ${e.subject}`, detail: e.detail }));
}

/** Filters and pages items per the field's arguments; bad arguments are INTERP_BAD_ARGUMENT. */
export function timelineConnection(items: readonly TimelineItem[], a: TimelineArgs): WireTimeline {
  const first = intArg('first', a.first ?? 100, 1, 1000);
  let from: number | undefined, to: number | undefined;
  if (a.range) {
    from = ms(a.range.from); to = ms(a.range.to);
    if (!(from < to)) throw plantError(Code.INTERP_BAD_ARGUMENT, `range.from must be before range.to, got ${a.range.from} .. ${a.range.to}`, { source: 'INTERPRETATION', retryable: false, detail: { argument: 'range' } });
  }
  let page;
  try {
    page = pageTimeline(items, {
      first, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }),
      ...(a.kinds ? { kinds: a.kinds } : {}), ...(a.sources ? { sources: a.sources } : {}),
      newestFirst: a.newestFirst ?? false, ...(a.after ? { after: a.after } : {}),
    });
  } catch (err) {
    if (err instanceof RangeError) throw plantError(Code.INTERP_BAD_ARGUMENT, `after is not a cursor of this timeline`, { source: 'INTERPRETATION', retryable: false, detail: { argument: 'after' } });
    throw err;
  }
  return {
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, at: iso(e.node.at)!, endAt: iso(e.node.endAt) } })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
