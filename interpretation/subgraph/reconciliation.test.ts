// Per-shift production, order completion and the paged discrepancy list, on hand-made inputs shaped like the
// @requires selections (the end-to-end score against the demo plant is scripts/reconcile.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultPolicyPath, loadPolicy, parsePolicy } from './reconciliation-policy.ts';
import { discrepancyId, discrepancyPage, listDiscrepancies, reconcileCompletion, reconcileShiftProduction } from './reconciliation.ts';
import type { DowntimeInputsRep, ProductionOrderRep, ShiftProductionInputsRep } from './models.ts';

const policy = loadPolicy(defaultPolicyPath());
const q = (value: number) => ({ value });
const prov = (row: number) => ({ file: 'log.xlsx', sheet: 'Production', row, modifiedAt: '2026-03-10T17:00:00.000Z' });

// America/Chicago, CDT from 2026-03-08: shift 1 starts 06:00 local = 11:00Z, shift 2 19:00Z, shift 3 03:00Z next day.
// Sources' clocks at 2026-03-10T17:00Z: shift 1 of 03-10 (11:00Z–19:00Z) is running, everything before is closed.
function machine(over: Partial<DowntimeInputsRep & ShiftProductionInputsRep> = {}): DowntimeInputsRep & ShiftProductionInputsRep {
  const states: DowntimeInputsRep['recentStates'] = [{ state: 'RUNNING', startTime: '2026-03-09T11:00:00.000Z', endTime: '2026-03-10T17:00:00.000Z' }];
  return {
    id: 'PRESS-04',
    recentStates: states,
    recentProduction: {
      from: '2026-03-09T11:00:00.000Z', to: '2026-03-10T17:00:00.000Z', records: [
        { startTime: '2026-03-09T11:00:00.000Z', recordedTime: '2026-03-09T12:00:00.000Z', goodQuantity: q(50), scrapQuantity: q(2) },
        // 18:30Z is still shift 1 of 03-09 (ends 19:00Z); 19:00Z is shift 2.
        { startTime: '2026-03-09T18:30:00.000Z', recordedTime: '2026-03-09T19:00:00.000Z', goodQuantity: q(10), scrapQuantity: q(0) },
        { startTime: '2026-03-09T19:00:00.000Z', recordedTime: '2026-03-09T20:00:00.000Z', goodQuantity: q(40), scrapQuantity: q(1) },
        // The running shift: the ERP has no labour for it yet.
        { startTime: '2026-03-10T12:00:00.000Z', recordedTime: '2026-03-10T13:00:00.000Z', goodQuantity: q(30), scrapQuantity: q(0) },
      ],
    },
    recentLabor: {
      from: '2026-03-09T11:00:00.000Z', to: '2026-03-10T17:00:00.000Z', records: [
        { clockIn: '2026-03-09T11:00:00.000Z', clockOut: '2026-03-09T19:00:00.000Z', quantity: q(60), scrapQuantity: q(2) },
        // The MES lost 5 pieces of shift 2; the ERP's labour has them.
        { clockIn: '2026-03-09T19:00:00.000Z', clockOut: '2026-03-10T03:00:00.000Z', quantity: q(45), scrapQuantity: q(1) },
      ],
    },
    spreadsheetProduction: {
      coverage: { from: '2026-03-09T11:00:00.000Z', to: '2026-03-10T17:00:00.000Z' }, lines: [
        { shiftStart: '2026-03-09T11:00:00.000Z', goodQuantity: q(60), scrapQuantity: q(2), provenance: prov(4) },
        { shiftStart: '2026-03-09T19:00:00.000Z', goodQuantity: q(45), scrapQuantity: q(1), provenance: prov(5) },
        { shiftStart: '2026-03-10T11:00:00.000Z', goodQuantity: q(30), scrapQuantity: q(0), provenance: prov(6) },
      ],
    },
    ...over,
  };
}

const brief = (f: { value: number | null; chosenSource: string | null; candidates: readonly { system: string; normalized: number | null }[]; discrepancy: { disagreeing: readonly string[] } | null }) => ({
  value: f.value, chosen: f.chosenSource, candidates: Object.fromEntries(f.candidates.map((c) => [c.system, c.normalized])), disagreeing: f.discrepancy?.disagreeing ?? null,
});

test('per-shift production: records and labour count in the shift they start in; closed shifts from the ERP, the running one from the MES', () => {
  const shifts = reconcileShiftProduction(machine(), policy);
  assert.deepEqual(shifts.map((s) => [new Date(s.shiftStartMs).toISOString(), s.shift, s.closed]), [
    ['2026-03-09T11:00:00.000Z', '1', true], ['2026-03-09T19:00:00.000Z', '2', true], ['2026-03-10T03:00:00.000Z', '3', true], ['2026-03-10T11:00:00.000Z', '1', false],
  ]);
  assert.deepEqual(shifts.map((s) => brief(s.goodQuantity)), [
    { value: 60, chosen: 'ERP', candidates: { ERP: 60, MES: 60, SPREADSHEET: 60 }, disagreeing: null },
    { value: 45, chosen: 'ERP', candidates: { ERP: 45, MES: 40, SPREADSHEET: 45 }, disagreeing: ['MES'] },
    { value: 0, chosen: 'ERP', candidates: { ERP: 0, MES: 0, SPREADSHEET: 0 }, disagreeing: null },
    // Labour reaches the ERP at shift close: the ERP's 0 for the running shift disagrees, the MES is chosen.
    { value: 30, chosen: 'MES', candidates: { ERP: 0, MES: 30, SPREADSHEET: 30 }, disagreeing: ['ERP'] },
  ]);
  assert.equal(shifts[1]!.goodQuantity.rule, "ERP once the shift's labour is posted");
  assert.equal(shifts[3]!.goodQuantity.rule, 'MES while the shift runs');
  assert.deepEqual(shifts.map((s) => s.producedQuantity.value), [62, 46, 0, 30]);
  assert.deepEqual(discrepancyId(shifts[1]!.goodQuantity), 'Equipment/PRESS-04/goodQuantity@2026-03-09T19:00:00.000Z');
  // `range` keeps the shifts overlapping it.
  assert.deepEqual(reconcileShiftProduction(machine(), policy, { fromMs: Date.parse('2026-03-09T20:00:00Z'), toMs: Date.parse('2026-03-10T04:00:00Z') }).map((s) => s.shift), ['2', '3']);
});

test('per-shift production: a machine the MES does not know, or a failed input, is a listed unusable candidate; the rest still resolves', () => {
  const unknown = reconcileShiftProduction({ ...machine(), recentStates: [] }, policy);
  const running = unknown.at(-1)!.goodQuantity;
  assert.deepEqual(running.candidates.find((c) => c.system === 'MES'), { system: 'MES', raw: 'MES does not know this equipment', normalized: null, asOfMs: null });
  // Running shift, no MES: the sheet the supervisors fill as they go.
  assert.deepEqual([running.value, running.chosenSource, running.rule], [30, 'SPREADSHEET', 'spreadsheet while the shift runs and MES is missing']);
  const noErp = reconcileShiftProduction({ ...machine(), recentLabor: null }, policy);
  assert.deepEqual(brief(noErp[1]!.goodQuantity), { value: 40, chosen: 'MES', candidates: { ERP: null, MES: 40, SPREADSHEET: 45 }, disagreeing: ['SPREADSHEET'] });
  assert.equal(noErp[1]!.goodQuantity.candidates[0]!.raw, 'ERP labour unavailable');
  assert.deepEqual(reconcileShiftProduction({ id: 'X' }, policy), []);
});

test('changing the policy file changes the chosen source of per-shift figures', () => {
  const raw = JSON.parse(readFileSync(defaultPolicyPath(), 'utf8'));
  // A plant that trusts the MES for closed shifts too (its labour booking is known to lag).
  raw.fields['Equipment.shiftGoodQuantity'].rules.unshift({ name: 'MES always', source: 'MES', confidence: 0.8 });
  const mesFirst = parsePolicy(raw, 'test');
  const f = reconcileShiftProduction(machine(), mesFirst)[1]!.goodQuantity;
  assert.deepEqual([f.value, f.chosenSource, f.rule, f.discrepancy?.disagreeing], [40, 'MES', 'MES always', ['ERP', 'SPREADSHEET']]);
  // The other per-shift fields keep the shipped rules.
  assert.equal(reconcileShiftProduction(machine(), mesFirst)[1]!.scrapQuantity.chosenSource, 'ERP');
  // A condition the policy language does not have is refused with the path of the bad entry.
  raw.fields['Equipment.shiftGoodQuantity'].rules[0].when = { shiftOpen: true };
  assert.throws(() => parsePolicy(raw, 'bad.json'), /bad\.json: fields\.Equipment\.shiftGoodQuantity\.rules\.0\.when/);
});

test('a plant policy written before a field existed keeps working: the missing field takes the shipped rules and says so; a misspelt field is refused', () => {
  const raw = JSON.parse(readFileSync(defaultPolicyPath(), 'utf8'));
  raw.fields['ProductionOrder.goodQuantity'].rules.unshift({ name: 'MES always', source: 'MES', confidence: 0.8 });
  for (const f of ['Equipment.shiftGoodQuantity', 'Equipment.shiftScrapQuantity', 'Equipment.shiftProducedQuantity', 'ProductionOrder.completion']) delete raw.fields[f];
  const old = parsePolicy(raw, 'plant-2025.json');
  assert.deepEqual(old.defaulted, ['ProductionOrder.completion', 'Equipment.shiftGoodQuantity', 'Equipment.shiftScrapQuantity', 'Equipment.shiftProducedQuantity']);
  assert.deepEqual(old.fields['Equipment.shiftGoodQuantity'], policy.fields['Equipment.shiftGoodQuantity']);
  assert.equal(old.fields['ProductionOrder.goodQuantity'].rules[0]!.name, 'MES always', 'what the plant configured stays');
  assert.deepEqual(policy.defaulted, []);
  raw.fields['Equipment.shiftGoodQty'] = raw.fields['ProductionOrder.goodQuantity'];
  assert.throws(() => parsePolicy(raw, 'typo.json'), /typo\.json: fields /);
});

function order(over: Partial<ProductionOrderRep>): ProductionOrderRep {
  return {
    id: 'ACME/J1', status: 'IN_PROGRESS', plannedQuantity: q(100), freshness: { asOf: '2026-03-10T17:00:00.000Z' },
    operations: [{ sequence: 10, actualStart: '2026-03-09T12:00:00.000Z', completedQuantity: q(100), scrapQuantity: q(3) }],
    recentProduction: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-10T17:00:00.000Z', records: [
      { operationSequence: 10, startTime: '2026-03-09T12:00:00.000Z', recordedTime: '2026-03-09T13:00:00.000Z', goodQuantity: q(60), scrapQuantity: q(2) },
      { operationSequence: 10, startTime: '2026-03-09T13:00:00.000Z', recordedTime: '2026-03-09T14:00:00.000Z', goodQuantity: q(40), scrapQuantity: q(1) },
    ] },
    spreadsheetProduction: { coverage: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-10T17:00:00.000Z' }, lines: [
      { shiftStart: '2026-03-09T11:00:00.000Z', operationSequence: 10, goodQuantity: q(100), scrapQuantity: q(3), provenance: prov(9) },
    ] },
    ...over,
  };
}

test('completion: the ERP once it says complete, else the MES final operation against the plan; HELD says nothing', () => {
  // Finished on the floor, not yet flagged in the ERP: the MES decides and the ERP disagrees.
  const open = reconcileCompletion(order({}), policy);
  assert.deepEqual(brief(open), { value: 1, chosen: 'MES', candidates: { ERP: 0, MES: 1, SPREADSHEET: 1 }, disagreeing: ['ERP'] });
  assert.equal(open.unit, 'complete');
  assert.equal(open.discrepancy!.impact, 100, 'a wrong completion weighs like 100 pieces (impactPerUnit)');
  assert.match(open.candidates[1]!.raw, /^final operation 100 EA in 2 records of operation 10; planned 100 EA$/);
  const done = reconcileCompletion(order({ status: 'COMPLETE' }), policy);
  assert.deepEqual([done.value, done.chosenSource, done.rule, done.discrepancy], [1, 'ERP', 'ERP once it says complete', null]);
  const held = reconcileCompletion(order({ status: 'HELD' }), policy);
  assert.deepEqual([held.candidates[0]!.normalized, held.chosenSource, held.value], [null, 'MES', 1]);
  // Short of the plan: 0 everywhere, no discrepancy.
  const short = reconcileCompletion(order({ plannedQuantity: q(150) }), policy);
  assert.deepEqual([short.value, short.discrepancy], [0, null]);
});

test('discrepancy pages: following endCursor reads the whole ranked list once; a cursor still works after its item is gone; a foreign cursor is refused', () => {
  const orders = Array.from({ length: 7 }, (_, i) => order({ id: `ACME/J${i}`, operations: [{ sequence: 10, actualStart: '2026-03-09T12:00:00.000Z', completedQuantity: q(100 - i), scrapQuantity: q(3) }] }));
  const all = listDiscrepancies(orders, [machine()], policy);
  assert.ok(all.length > 10, `enough to page (${all.length})`);
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const p = discrepancyPage(all, 4, after);
    pages++;
    assert.equal(p.totalCount, all.length);
    seen.push(...p.edges.map((e) => discrepancyId(e.node)));
    if (!p.pageInfo.hasNextPage) { assert.equal(p.pageInfo.endCursor, p.edges.at(-1)?.cursor ?? null); break; }
    after = p.pageInfo.endCursor;
  }
  assert.deepEqual(seen, all.map(discrepancyId));
  assert.equal(pages, Math.ceil(all.length / 4));
  const first = discrepancyPage(all, 3, null);
  const without = all.filter((d) => discrepancyId(d) !== discrepancyId(first.edges[2]!.node));
  assert.deepEqual(discrepancyPage(without, 2, first.pageInfo.endCursor).edges.map((e) => discrepancyId(e.node)), all.slice(3, 5).map(discrepancyId));
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.discrepancy.impact >= all[i]!.discrepancy.impact, 'ranked by impact');
  assert.throws(() => discrepancyPage(all, 3, 'not-a-cursor'), RangeError);
  assert.throws(() => discrepancyPage(all, 3, Buffer.from('[1]').toString('base64url')), RangeError);
});
