// Scores PlantGraph's reconciliation on the demo plant against its ground truth, through the gateway (real
// protocols: TDS, SOAP, REST, files). Used by scripts/reconcile.test.ts and bench/reconcile.ts so the test and
// the quoted figures are the same computation.
import type { GroundTruth } from '../simulators/index.ts';

type Post = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown[] }>;

interface Figure {
  value: number | null; chosenSource: string | null; rule: string | null; confidence: number;
  candidates: { system: string; raw: string; normalized: number | null }[];
  discrepancy: { id: string; disagreeing: string[] } | null;
}
interface Discrepancy { id: string; subjectType: string; subjectId: string; field: string; shiftStart: string | null; disagreeing: string[]; impact: number; chosenSource: string; chosenValue: number }

/** How one kind of seeded disagreement came out. */
export interface KindScore { readonly seeded: number; readonly detectable: number; readonly found: number; readonly listed: number; readonly resolved: number; readonly expectedUnresolved: number }

/** Agreement of one family of reconciled figures with the truth. */
export interface FigureScore { readonly figures: number; readonly correct: number; readonly wrong: readonly string[] }

export interface ReconcileScore {
  /** Orders of the truth (whole life inside the shift log's coverage). */
  readonly orders: number;
  /** Good/scrap/produced of those orders. */
  readonly orderFigures: number;
  readonly orderFiguresCorrect: number;
  readonly orderFiguresWrong: readonly string[];
  /** Completion (1/0) of those orders. */
  readonly completion: FigureScore;
  /** Machine-shift downtime figures of the truth and how many reconciled figures equal it (within the tolerance). */
  readonly shiftFigures: number;
  readonly shiftFiguresCorrect: number;
  readonly shiftFiguresWrong: readonly string[];
  /** Machine-shift good/scrap/produced figures of the truth. */
  readonly shiftProduction: FigureScore;
  /** Seeded disagreements, how many came out as a discrepancy naming the wrong system, and how many the policy resolved to the truth. */
  readonly seeded: number;
  /** Seeded disagreements another system contradicts (the rest only one system reports). */
  readonly seededDetectable: number;
  readonly seededFound: number;
  /** Of those found, also on the site's ranked list (paged through with `after`). */
  readonly seededListed: number;
  readonly seededMissed: readonly string[];
  readonly seededResolvedCorrectly: number;
  readonly seededExpectedUnresolved: number;
  /** The same, per seeded kind. */
  readonly byKind: Readonly<Record<string, KindScore>>;
  /** Seeded disagreements on orders the ERP has CLOSED, and how many of those the site's list has. */
  readonly seededOnClosedOrders: number;
  readonly seededOnClosedOrdersListed: number;
  /** Discrepancies listed on the site that match no seeded disagreement. */
  readonly discrepanciesListed: number;
  /** Pages it took to read the site's list (`first: pageSize`). */
  readonly pages: number;
  readonly unseededDiscrepancies: readonly string[];
  /**
   * Listed per-shift discrepancies of shifts before the truth's coverage (the shift log's days; the MES and ERP reach
   * a day further back): the truth says nothing about them, so they are neither seeded nor unseeded.
   */
  readonly outsideTruth: readonly string[];
  /** Wrong figures the policy was expected to get right (0 = the policy does what it says). */
  readonly unexpectedWrong: number;
  readonly ms: number;
}

const figureSel = 'value chosenSource rule confidence candidates { system raw normalized } discrepancy { id disagreeing }';
const quantityFields = ['goodQuantity', 'scrapQuantity', 'producedQuantity'] as const;
type QuantityField = (typeof quantityFields)[number];

/**
 * Pages through the site's discrepancies, reads every truth order's reconciled quantities and completion and every
 * machine's reconciled downtime and production per shift, and compares them with `truth.reconciliation`. Throws
 * when a query answers errors.
 */
export async function scoreReconciliation(post: Post, truth: GroundTruth, siteId: string, opts: { downtimeTolerance?: number; pageSize?: number } = {}): Promise<ReconcileScore> {
  const downtimeTolerance = opts.downtimeTolerance ?? 0.5;
  const pageSize = opts.pageSize ?? 500;
  const started = Date.now();
  const rec = truth.reconciliation;
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await post(query, variables);
    if (r.errors !== undefined && r.errors.length > 0) throw new Error(`query failed: ${JSON.stringify(r.errors).slice(0, 800)}`);
    return r.data as T;
  };
  // The site's list, a page at a time (what a BI tool does within the gateway's cost limit).
  const discrepancies: Discrepancy[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const site: { site: { discrepancies: { edges: { node: Discrepancy }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } } } = await ask(
      `query($id: ID!, $first: Int!, $after: String) { site(id: $id) { discrepancies(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id subjectType subjectId field shiftStart disagreeing impact chosenSource chosenValue } } } } }`,
      { id: siteId, first: pageSize, after });
    pages++;
    discrepancies.push(...site.site.discrepancies.edges.map((e) => e.node));
    if (!site.site.discrepancies.pageInfo.hasNextPage) break;
    after = site.site.discrepancies.pageInfo.endCursor;
  }

  // Order figures, 25 orders per query (under the gateway's alias (30) and token (2000) limits).
  const orderFig = new Map<string, Record<QuantityField | 'completion', Figure>>();
  for (let i = 0; i < rec.orders.length; i += 25) {
    const chunk = rec.orders.slice(i, i + 25);
    const q = `{ ${chunk.map((o, k) => `o${k}: productionOrder(id: ${JSON.stringify(o.id)}) { id reconciledQuantities { goodQuantity { ...F } scrapQuantity { ...F } producedQuantity { ...F } } reconciledCompletion { ...F } }`).join(' ')} } fragment F on ReconciledFigure { ${figureSel} }`;
    const d = await ask<Record<string, { id: string; reconciledQuantities: Record<QuantityField, Figure>; reconciledCompletion: Figure } | null>>(q);
    for (const v of Object.values(d)) if (v !== null) orderFig.set(v.id, { ...v.reconciledQuantities, completion: v.reconciledCompletion });
  }
  // Per-shift figures per machine: downtime, and good/scrap/produced.
  const eqIds = [...new Set([...rec.shiftDowntime.map((s) => s.equipmentId), ...rec.shiftProduction.map((s) => s.equipmentId)])];
  const shiftFig = new Map<string, Figure>();
  const shiftProd = new Map<string, Record<QuantityField, Figure>>();
  for (let i = 0; i < eqIds.length; i += 5) {
    const chunk = eqIds.slice(i, i + 5);
    const q = `{ ${chunk.map((id, k) => `e${k}: equipment(id: ${JSON.stringify(id)}) { id reconciledDowntime { shiftStart downtimeMinutes { ...F } } reconciledProduction { shiftStart goodQuantity { ...F } scrapQuantity { ...F } producedQuantity { ...F } } }`).join(' ')} } fragment F on ReconciledFigure { ${figureSel} }`;
    const d = await ask<Record<string, { id: string; reconciledDowntime: { shiftStart: string; downtimeMinutes: Figure }[]; reconciledProduction: ({ shiftStart: string } & Record<QuantityField, Figure>)[] } | null>>(q);
    for (const v of Object.values(d)) {
      if (v === null) continue;
      for (const w of v.reconciledDowntime) shiftFig.set(`${v.id}@${w.shiftStart}`, w.downtimeMinutes);
      for (const w of v.reconciledProduction) shiftProd.set(`${v.id}@${w.shiftStart}`, w);
    }
  }

  // Which truth figures the policy is expected to get wrong: the seeded ones with policyResolves false.
  const fkey = (subject: string, subjectId: string, field: string, shift: string | null) => `${subject}/${subjectId}/${field}${shift === null ? '' : `@${shift}`}`;
  const expectedWrong = new Set(rec.seeded.filter((s) => !s.policyResolves).map((s) => fkey(s.subject, s.subjectId, s.field, s.shiftStartUtc)));
  // A seeded loss in good or scrap also makes the produced quantity wrong (order totals and per shift).
  for (const s of rec.seeded) if (!s.policyResolves && (s.field === 'goodQuantity' || s.field === 'scrapQuantity')) expectedWrong.add(fkey(s.subject, s.subjectId, 'producedQuantity', s.shiftStartUtc));
  let orderFigures = 0, orderFiguresCorrect = 0, unexpectedWrong = 0;
  const orderFiguresWrong: string[] = [];
  const show = (f: Figure | undefined) => `got ${f?.value ?? 'none'} from ${f?.chosenSource ?? '-'} (${f?.rule ?? '-'}; ${f?.candidates.map((c) => `${c.system}=${c.normalized}`).join(' ') ?? 'no figure'})`;
  const completionWrong: string[] = [];
  let completionCorrect = 0;
  for (const o of rec.orders) {
    const f = orderFig.get(o.id);
    for (const [field, want] of [['goodQuantity', o.good], ['scrapQuantity', o.scrap], ['producedQuantity', o.produced]] as const) {
      orderFigures++;
      const got = f?.[field];
      if (got !== undefined && got.value === want) orderFiguresCorrect++;
      else {
        orderFiguresWrong.push(`${o.id}/${field}: truth ${want}, ${show(got)}`);
        if (!expectedWrong.has(fkey('ProductionOrder', o.id, field, null))) unexpectedWrong++;
      }
    }
    const got = f?.completion;
    if (got !== undefined && got.value === o.completion) completionCorrect++;
    else {
      completionWrong.push(`${o.id}/completion: truth ${o.completion}, ${show(got)}`);
      if (!expectedWrong.has(fkey('ProductionOrder', o.id, 'completion', null))) unexpectedWrong++;
    }
  }
  let shiftFigures = 0, shiftFiguresCorrect = 0;
  const shiftFiguresWrong: string[] = [];
  for (const s of rec.shiftDowntime) {
    shiftFigures++;
    const got = shiftFig.get(`${s.equipmentId}@${s.shiftStartUtc}`);
    if (got !== undefined && got.value !== null && Math.abs(got.value - s.minutes) <= downtimeTolerance) shiftFiguresCorrect++;
    else {
      shiftFiguresWrong.push(`${s.equipmentId}@${s.shiftStartUtc}: truth ${s.minutes}, ${show(got)}`);
      if (!expectedWrong.has(fkey('Equipment', s.equipmentId, 'downtimeMinutes', s.shiftStartUtc))) unexpectedWrong++;
    }
  }
  let prodFigures = 0, prodCorrect = 0;
  const prodWrong: string[] = [];
  for (const s of rec.shiftProduction) {
    const f = shiftProd.get(`${s.equipmentId}@${s.shiftStartUtc}`);
    for (const [field, want] of [['goodQuantity', s.good], ['scrapQuantity', s.scrap], ['producedQuantity', s.good + s.scrap]] as const) {
      prodFigures++;
      const got = f?.[field];
      if (got !== undefined && got.value === want) prodCorrect++;
      else {
        prodWrong.push(`${s.equipmentId}@${s.shiftStartUtc}/${field}: truth ${want}, ${show(got)}`);
        if (!expectedWrong.has(fkey('Equipment', s.equipmentId, field, s.shiftStartUtc))) unexpectedWrong++;
      }
    }
  }

  // Seeded disagreements found: the reconciled figure carries a discrepancy naming the wrong system; listed: the
  // site's ranked list has it too (recent orders, closed ones included, and all equipment).
  const listed = new Map(discrepancies.map((d) => [fkey(d.subjectType, d.subjectId, d.field, d.shiftStart), d] as const));
  const figureOf = (subject: string, subjectId: string, field: string, shift: string | null): Figure | undefined => {
    if (subject === 'ProductionOrder') return orderFig.get(subjectId)?.[field as QuantityField | 'completion'];
    if (field === 'downtimeMinutes') return shiftFig.get(`${subjectId}@${shift}`);
    return shiftProd.get(`${subjectId}@${shift}`)?.[field as QuantityField];
  };
  const names = (f: { disagreeing: string[] } | null | undefined, chosen: string | null | undefined, system: string): boolean =>
    f !== null && f !== undefined && (f.disagreeing.includes(system) || chosen === system);
  const seededKeys = new Set<string>();
  const closedOrders = new Set(rec.orders.filter((o) => o.status === 'CLOSED').map((o) => o.id));
  let seededFound = 0, seededListed = 0, seededResolvedCorrectly = 0, seededOnClosedOrders = 0, seededOnClosedOrdersListed = 0;
  const seededMissed: string[] = [];
  const byKind: Record<string, { seeded: number; detectable: number; found: number; listed: number; resolved: number; expectedUnresolved: number }> = {};
  for (const s of rec.seeded) {
    const k = fkey(s.subject, s.subjectId, s.field, s.shiftStartUtc);
    const kind = (byKind[s.kind] ??= { seeded: 0, detectable: 0, found: 0, listed: 0, resolved: 0, expectedUnresolved: 0 });
    kind.seeded++;
    if (s.detectable) kind.detectable++;
    if (!s.policyResolves) kind.expectedUnresolved++;
    seededKeys.add(k);
    // The produced quantity moves with good and scrap: the same disagreement shows there too.
    if (s.field === 'goodQuantity' || s.field === 'scrapQuantity') seededKeys.add(fkey(s.subject, s.subjectId, 'producedQuantity', s.shiftStartUtc));
    const fig = figureOf(s.subject, s.subjectId, s.field, s.shiftStartUtc);
    const d = listed.get(k);
    if (names(fig?.discrepancy, fig?.chosenSource, s.system)) { seededFound++; kind.found++; }
    else if (s.detectable) seededMissed.push(`${s.id} ${s.kind} ${k} (${s.system} ${s.reportedValue} vs truth ${s.trueValue})`);
    if (d !== undefined && names(d, d.chosenSource, s.system)) { seededListed++; kind.listed++; }
    if (s.subject === 'ProductionOrder' && closedOrders.has(s.subjectId)) {
      seededOnClosedOrders++;
      if (d !== undefined) seededOnClosedOrdersListed++;
    }
    const value = fig?.value;
    if (value !== undefined && value !== null && Math.abs(value - s.trueValue) <= (s.field === 'downtimeMinutes' ? downtimeTolerance : 0)) { seededResolvedCorrectly++; kind.resolved++; }
  }
  // Discrepancies that match no seeded disagreement: on the site's list, and on the figures read.
  const unseeded = new Map<string, string>();
  const outsideTruth: string[] = [];
  const coverageFromMs = Date.parse(rec.coverageFromUtc);
  for (const d of discrepancies) {
    const k = fkey(d.subjectType, d.subjectId, d.field, d.shiftStart);
    if (seededKeys.has(k)) continue;
    const line = `${d.id} disagreeing ${d.disagreeing.join('+')} impact ${d.impact}`;
    if (d.shiftStart !== null && Date.parse(d.shiftStart) < coverageFromMs) outsideTruth.push(line); else unseeded.set(d.id, line);
  }
  const check = (subject: string, id: string, field: string, shift: string | null, fig: Figure) => {
    if (shift !== null && Date.parse(shift) < coverageFromMs) return;
    if (fig.discrepancy !== null && !seededKeys.has(fkey(subject, id, field, shift)) && !unseeded.has(fig.discrepancy.id)) {
      unseeded.set(fig.discrepancy.id, `${fig.discrepancy.id} disagreeing ${fig.discrepancy.disagreeing.join('+')}`);
    }
  };
  for (const [id, f] of orderFig) for (const field of [...quantityFields, 'completion'] as const) check('ProductionOrder', id, field, null, f[field]);
  for (const [k, fig] of shiftFig) { const [eq, shift] = k.split('@') as [string, string]; check('Equipment', eq, 'downtimeMinutes', shift, fig); }
  for (const [k, f] of shiftProd) { const [eq, shift] = k.split('@') as [string, string]; for (const field of quantityFields) check('Equipment', eq, field, shift, f[field]); }
  return {
    orders: rec.orders.length, orderFigures, orderFiguresCorrect, orderFiguresWrong,
    completion: { figures: rec.orders.length, correct: completionCorrect, wrong: completionWrong },
    shiftFigures, shiftFiguresCorrect, shiftFiguresWrong,
    shiftProduction: { figures: prodFigures, correct: prodCorrect, wrong: prodWrong },
    seeded: rec.seeded.length, seededDetectable: rec.seeded.filter((s) => s.detectable).length, seededFound, seededListed, seededMissed, seededResolvedCorrectly,
    seededExpectedUnresolved: rec.seeded.filter((s) => !s.policyResolves).length, byKind, seededOnClosedOrders, seededOnClosedOrdersListed,
    discrepanciesListed: discrepancies.length, pages, unseededDiscrepancies: [...unseeded.values()], outsideTruth, unexpectedWrong, ms: Date.now() - started,
  };
}
