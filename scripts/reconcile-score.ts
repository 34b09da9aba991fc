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

export interface ReconcileScore {
  /** Orders of the truth (whole life inside the shift log's coverage) and how many reconciled figures equal the truth. */
  readonly orders: number;
  readonly orderFigures: number;
  readonly orderFiguresCorrect: number;
  readonly orderFiguresWrong: readonly string[];
  /** Machine-shift downtime figures of the truth and how many reconciled figures equal it (within the policy tolerance). */
  readonly shiftFigures: number;
  readonly shiftFiguresCorrect: number;
  readonly shiftFiguresWrong: readonly string[];
  /** Seeded disagreements, how many came out as a discrepancy naming the wrong system, and how many the policy resolved to the truth. */
  readonly seeded: number;
  /** Seeded disagreements another system contradicts (the rest only one system reports). */
  readonly seededDetectable: number;
  readonly seededFound: number;
  /** Of those found, also on the site's ranked list. */
  readonly seededListed: number;
  readonly seededMissed: readonly string[];
  readonly seededResolvedCorrectly: number;
  readonly seededExpectedUnresolved: number;
  /** Discrepancies listed on the site that match no seeded disagreement. */
  readonly discrepanciesListed: number;
  readonly unseededDiscrepancies: readonly string[];
  /** Wrong figures the policy was expected to get right (0 = the policy does what it says). */
  readonly unexpectedWrong: number;
  readonly ms: number;
}

const figureSel = 'value chosenSource rule confidence candidates { system raw normalized } discrepancy { id disagreeing }';

/**
 * Queries the site's discrepancies, every truth order's reconciled quantities and every machine's reconciled
 * downtime, and compares them with `truth.reconciliation`. Throws when a query answers errors.
 */
export async function scoreReconciliation(post: Post, truth: GroundTruth, siteId: string, downtimeTolerance = 0.5): Promise<ReconcileScore> {
  const started = Date.now();
  const rec = truth.reconciliation;
  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await post(query, variables);
    if (r.errors !== undefined && r.errors.length > 0) throw new Error(`query failed: ${JSON.stringify(r.errors).slice(0, 800)}`);
    return r.data as T;
  };
  const site = await ask<{ site: { discrepancies: Discrepancy[] } }>(
    `query($id: ID!) { site(id: $id) { discrepancies(first: 2000) { id subjectType subjectId field shiftStart disagreeing impact chosenSource chosenValue } } }`, { id: siteId });
  const discrepancies = site.site.discrepancies;

  // Order figures, 50 orders per query.
  const orderFig = new Map<string, { good: Figure; scrap: Figure; produced: Figure }>();
  // Chunks stay under the gateway's alias (30) and token (2000) limits.
  for (let i = 0; i < rec.orders.length; i += 25) {
    const chunk = rec.orders.slice(i, i + 25);
    const q = `{ ${chunk.map((o, k) => `o${k}: productionOrder(id: ${JSON.stringify(o.id)}) { id reconciledQuantities { goodQuantity { ...F } scrapQuantity { ...F } producedQuantity { ...F } } }`).join(' ')} } fragment F on ReconciledFigure { ${figureSel} }`;
    const d = await ask<Record<string, { id: string; reconciledQuantities: { goodQuantity: Figure; scrapQuantity: Figure; producedQuantity: Figure } } | null>>(q);
    for (const v of Object.values(d)) if (v !== null) orderFig.set(v.id, { good: v.reconciledQuantities.goodQuantity, scrap: v.reconciledQuantities.scrapQuantity, produced: v.reconciledQuantities.producedQuantity });
  }
  // Downtime figures per machine.
  const eqIds = [...new Set(rec.shiftDowntime.map((s) => s.equipmentId))];
  const shiftFig = new Map<string, Figure>();
  for (let i = 0; i < eqIds.length; i += 10) {
    const chunk = eqIds.slice(i, i + 10);
    const q = `{ ${chunk.map((id, k) => `e${k}: equipment(id: ${JSON.stringify(id)}) { id reconciledDowntime { shiftStart downtimeMinutes { ...F } } }`).join(' ')} } fragment F on ReconciledFigure { ${figureSel} }`;
    const d = await ask<Record<string, { id: string; reconciledDowntime: { shiftStart: string; downtimeMinutes: Figure }[] } | null>>(q);
    for (const v of Object.values(d)) if (v !== null) for (const w of v.reconciledDowntime) shiftFig.set(`${v.id}@${w.shiftStart}`, w.downtimeMinutes);
  }

  // Which truth figures the policy is expected to get wrong: the seeded ones with policyResolves false.
  const expectedWrong = new Set(rec.seeded.filter((s) => !s.policyResolves).map((s) => `${s.subjectId}/${s.field}`));
  // A seeded MES loss in goodQuantity of an open order also makes producedQuantity wrong.
  for (const s of rec.seeded) if (!s.policyResolves && s.field === 'goodQuantity') expectedWrong.add(`${s.subjectId}/producedQuantity`);
  let orderFigures = 0, orderFiguresCorrect = 0, unexpectedWrong = 0;
  const orderFiguresWrong: string[] = [];
  for (const o of rec.orders) {
    const f = orderFig.get(o.id);
    for (const [field, want] of [['goodQuantity', o.good], ['scrapQuantity', o.scrap], ['producedQuantity', o.produced]] as const) {
      orderFigures++;
      const got = f === undefined ? null : f[field === 'goodQuantity' ? 'good' : field === 'scrapQuantity' ? 'scrap' : 'produced'];
      if (got !== null && got.value === want) orderFiguresCorrect++;
      else {
        orderFiguresWrong.push(`${o.id}/${field}: truth ${want}, got ${got?.value ?? 'none'} from ${got?.chosenSource ?? '-'} (${got?.rule ?? '-'}; ${got?.candidates.map((c) => `${c.system}=${c.normalized}`).join(' ') ?? ''})`);
        if (!expectedWrong.has(`${o.id}/${field}`)) unexpectedWrong++;
      }
    }
  }
  let shiftFigures = 0, shiftFiguresCorrect = 0;
  const shiftFiguresWrong: string[] = [];
  for (const s of rec.shiftDowntime) {
    shiftFigures++;
    const got = shiftFig.get(`${s.equipmentId}@${s.shiftStartUtc}`);
    if (got !== undefined && got.value !== null && Math.abs(got.value - s.minutes) <= downtimeTolerance) shiftFiguresCorrect++;
    else {
      shiftFiguresWrong.push(`${s.equipmentId}@${s.shiftStartUtc}: truth ${s.minutes}, got ${got?.value ?? 'none'} from ${got?.chosenSource ?? '-'} (${got?.candidates.map((c) => `${c.system}=${c.normalized}`).join(' ') ?? 'no figure'})`);
      if (!expectedWrong.has(`${s.equipmentId}/downtimeMinutes`)) unexpectedWrong++;
    }
  }

  // Seeded disagreements found: the reconciled figure carries a discrepancy naming the wrong system; listed: the
  // site's ranked list has it too (the list covers orders not yet CLOSED, and all equipment).
  const key = (subjectId: string, field: string, shift: string | null) => `${subjectId}/${field}${shift === null ? '' : `@${shift}`}`;
  const listed = new Map(discrepancies.map((d) => [key(d.subjectId, d.field, d.shiftStart), d] as const));
  const figureOf = (subjectId: string, field: string, shift: string | null): Figure | undefined => (shift === null
    ? orderFig.get(subjectId)?.[field === 'goodQuantity' ? 'good' : field === 'scrapQuantity' ? 'scrap' : 'produced']
    : shiftFig.get(`${subjectId}@${shift}`));
  const names = (f: { disagreeing: string[] } | null | undefined, chosen: string | null | undefined, system: string): boolean =>
    f !== null && f !== undefined && (f.disagreeing.includes(system) || chosen === system);
  const seededKeys = new Set<string>();
  let seededFound = 0, seededListed = 0, seededResolvedCorrectly = 0;
  const seededMissed: string[] = [];
  for (const s of rec.seeded) {
    const k = key(s.subjectId, s.field, s.shiftStartUtc);
    seededKeys.add(k);
    // The produced quantity moves with good and scrap: the same disagreement shows there too.
    if (s.subject === 'ProductionOrder') seededKeys.add(key(s.subjectId, 'producedQuantity', null));
    const fig = figureOf(s.subjectId, s.field, s.shiftStartUtc);
    const d = listed.get(k);
    if (names(fig?.discrepancy, fig?.chosenSource, s.system)) seededFound++;
    else if (s.detectable) seededMissed.push(`${s.id} ${s.kind} ${k} (${s.system} ${s.reportedValue} vs truth ${s.trueValue})`);
    if (d !== undefined && names(d, d.chosenSource, s.system)) seededListed++;
    const value = fig?.value;
    if (value !== undefined && value !== null && Math.abs(value - s.trueValue) <= (s.field === 'downtimeMinutes' ? downtimeTolerance : 0)) seededResolvedCorrectly++;
  }
  // Discrepancies that match no seeded disagreement: on the site's list, and on the truth's figures.
  const unseededSet = new Set<string>();
  for (const d of discrepancies) if (!seededKeys.has(key(d.subjectId, d.field, d.shiftStart))) unseededSet.add(`${d.id} disagreeing ${d.disagreeing.join('+')} impact ${d.impact}`);
  for (const [id, f] of orderFig) for (const [field, fig] of [['goodQuantity', f.good], ['scrapQuantity', f.scrap], ['producedQuantity', f.produced]] as const) {
    if (fig.discrepancy !== null && !seededKeys.has(key(id, field, null))) unseededSet.add(`${fig.discrepancy.id} disagreeing ${fig.discrepancy.disagreeing.join('+')}`);
  }
  for (const [k, fig] of shiftFig) {
    const [eq, shift] = k.split('@') as [string, string];
    if (fig.discrepancy !== null && !seededKeys.has(key(eq, 'downtimeMinutes', shift))) unseededSet.add(`${fig.discrepancy.id} disagreeing ${fig.discrepancy.disagreeing.join('+')}`);
  }
  const unseeded = [...new Set([...unseededSet].map((u) => u.split(' ')[0]!))].map((id) => [...unseededSet].find((u) => u.startsWith(id + ' '))!);
  return {
    orders: rec.orders.length, orderFigures, orderFiguresCorrect, orderFiguresWrong, shiftFigures, shiftFiguresCorrect, shiftFiguresWrong,
    seeded: rec.seeded.length, seededDetectable: rec.seeded.filter((s) => s.detectable).length, seededFound, seededListed, seededMissed, seededResolvedCorrectly,
    seededExpectedUnresolved: rec.seeded.filter((s) => !s.policyResolves).length,
    discrepanciesListed: discrepancies.length, unseededDiscrepancies: unseeded, unexpectedWrong, ms: Date.now() - started,
  };
}
