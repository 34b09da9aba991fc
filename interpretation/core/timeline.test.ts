import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeTimelineCursor, pageTimeline, type TimelineItem } from './timeline.ts';

const H = 3_600_000;
const item = (at: number, source: string, kind: TimelineItem['kind'], ref: string, eq = 'PRESS-04'): TimelineItem =>
  ({ at, endAt: null, kind, source, sourceRef: ref, equipmentId: eq, title: `${kind} ${ref}`, detail: null });

const items = [
  item(3 * H, 'CMMS', 'MAINTENANCE', 'wo_2'),
  item(1 * H, 'MES', 'STATE_CHANGE', 's1'),
  item(3 * H, 'MES', 'STATE_CHANGE', 's3'),
  item(2 * H, 'OPERATOR_NOTES', 'NOTE', 'n1'),
  item(3 * H, 'CMMS', 'MAINTENANCE', 'wo_1'),
  item(5 * H, 'INTERPRETATION', 'INTERPRETATION', 'PRESS-04/HYD_PRESS DRIFT_BEGAN'),
  item(1 * H, 'MES', 'STATE_CHANGE', 's1'), // delivered twice
];

test('pageTimeline orders by time then source, kind, equipment and reference, drops exact duplicates, and pages with cursors that resume exactly', () => {
  const all = pageTimeline(items, { first: 100 });
  assert.deepEqual(all.edges.map((e) => e.node.sourceRef), ['s1', 'n1', 'wo_1', 'wo_2', 's3', 'PRESS-04/HYD_PRESS DRIFT_BEGAN']);
  assert.equal(all.totalCount, 6);
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const p = pageTimeline(items, { first: 2, ...(after === undefined ? {} : { after }) });
    seen.push(...p.edges.map((e) => e.node.sourceRef));
    if (!p.hasNextPage) { assert.equal(p.edges.length, 2); break; }
    after = p.endCursor!;
  }
  assert.deepEqual(seen, all.edges.map((e) => e.node.sourceRef));
});

test('pageTimeline filters by half-open time range, kind and source (case-insensitive), and reverses for newestFirst with cursors that still resume', () => {
  const r = pageTimeline(items, { first: 10, from: 2 * H, to: 5 * H, kinds: ['MAINTENANCE', 'NOTE'] });
  assert.deepEqual(r.edges.map((e) => e.node.sourceRef), ['n1', 'wo_1', 'wo_2']);
  assert.deepEqual(pageTimeline(items, { first: 10, sources: ['mes'] }).edges.map((e) => e.node.sourceRef), ['s1', 's3']);
  const first = pageTimeline(items, { first: 2, newestFirst: true });
  assert.deepEqual(first.edges.map((e) => e.node.sourceRef), ['PRESS-04/HYD_PRESS DRIFT_BEGAN', 's3']);
  const next = pageTimeline(items, { first: 2, newestFirst: true, after: first.endCursor! });
  assert.deepEqual(next.edges.map((e) => e.node.sourceRef), ['wo_2', 'wo_1']);
  assert.equal(pageTimeline([], { first: 5 }).endCursor, null);
});

test('pageTimeline refuses a bad page size or a cursor that is not one of its own', () => {
  assert.throws(() => pageTimeline(items, { first: 0 }), RangeError);
  assert.throws(() => pageTimeline(items, { first: 1001 }), RangeError);
  assert.throws(() => pageTimeline(items, { first: 5, after: 'bm90IGEgY3Vyc29y' }), /not a timeline cursor/);
  assert.equal(decodeTimelineCursor('%%%'), null);
  assert.equal(decodeTimelineCursor(Buffer.from('[1,"a","b","c"]').toString('base64url')), null);
});
