import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore, signIdentityHeaders, silentLogger } from '../../common/index.ts';
import type { DurableStore } from '../../common/index.ts';
import { createContextSubgraph, createEquipmentDirectory, createServer, loadConfig } from './index.ts';
import type { RosterLayout } from './index.ts';

const secret = 'x'.repeat(40);
const nowMs = Date.parse('2026-11-24T12:00:00Z');
const layout: RosterLayout = { sites: [
  { id: 'SITE1', areas: [{ workCenters: [{ id: 'WC-PRESS', equipment: [{ id: 'PRESS-04', name: 'Press 4' }, { id: 'PRESS-05', name: 'Press 5' }] }] }] },
  { id: 'SITE2', areas: [{ workCenters: [{ id: 'WC-MOLD', equipment: [{ id: 'IMM-02', name: 'Molder 2' }] }] }] },
] };

type Res = { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] };

async function harness(store: DurableStore = createMemoryStore(), opts: { layoutFails?: boolean } = {}) {
  let layoutCalls = 0;
  const directory = createEquipmentDirectory({ fetchLayout: async () => { layoutCalls++; if (opts.layoutFails) throw new Error('ERP down'); return layout; } });
  const runtime = await createContextSubgraph(loadConfig({}), { logger: silentLogger, store, directory, identity: { secret, nowMs }, now: () => nowMs });
  const server = createServer(runtime);
  await server.start();
  const run = async (query: string, variables: Record<string, unknown> = {}, who: { roles?: string[]; sites?: string[]; sub?: string } | null = {}): Promise<Res> => {
    const requestId = `r-${Math.random()}`;
    const headers = who === null ? {} : { 'x-request-id': requestId, ...signIdentityHeaders({ sub: who.sub ?? 'op-17', roles: who.roles ?? ['operator'], sites: who.sites ?? ['SITE1'], requestId }, secret, nowMs) };
    const res = await server.executeOperation({ query, variables }, { contextValue: runtime.createContext({ requestId, headers }) });
    assert.equal(res.body.kind, 'single');
    return res.body.kind === 'single' ? JSON.parse(JSON.stringify(res.body.singleResult)) as Res : {};
  };
  return { run, store, close: () => server.stop(), layoutCalls: () => layoutCalls };
}

const add = `mutation($input: AddOperatorNoteInput!) { addOperatorNote(input: $input) {
  id equipment { id } workCenter { id } siteId time endTime text author shift productionOrder { id } category confidence classifierVersion
  mentions { kind text start end value confidence } revision recordedBy recordedAt updatedAt history { revision text category recordedBy reason } } }`;
const base = { equipmentId: 'PRESS-04', time: '2026-11-24T10:15:00Z', text: 'changed die 7 on press 4, first hit good', author: 'J. Ortiz', shift: 'B' };
const codes = (r: Res) => r.errors?.map((e) => [e.extensions?.['code'], e.message]);

test('addOperatorNote validates, classifies, links mentions and stores the note; a query reads it back', async (t) => {
  const h = await harness();
  t.after(h.close);
  const r = await h.run(add, { input: { ...base, productionOrderId: 'J55120' } });
  assert.equal(r.errors, undefined);
  const n = r.data?.['addOperatorNote'] as Record<string, unknown>;
  assert.match(String(n['id']), /^note-[0-9a-f-]{36}$/);
  assert.equal(typeof n['confidence'], 'number');
  assert.ok((n['confidence'] as number) >= 0.45);
  assert.deepEqual({ ...n, id: 'X', confidence: 'C' }, {
    id: 'X', equipment: { id: 'PRESS-04' }, workCenter: { id: 'WC-PRESS' }, siteId: 'SITE1', time: '2026-11-24T10:15:00.000Z', endTime: null,
    text: 'changed die 7 on press 4, first hit good', author: 'J. Ortiz', shift: 'B', productionOrder: { id: 'J55120' },
    category: 'TOOL_CHANGE', confidence: 'C', classifierVersion: 'notes/1.1.0',
    mentions: [
      { kind: 'TOOLING', text: 'die 7', start: 8, end: 13, value: 'DIE-7', confidence: 0.9 },
      { kind: 'EQUIPMENT', text: 'press 4', start: 17, end: 24, value: 'PRESS-04', confidence: 0.95 },
    ],
    revision: 1, recordedBy: 'op-17', recordedAt: '2026-11-24T12:00:00.000Z', updatedAt: '2026-11-24T12:00:00.000Z',
    history: [{ revision: 1, text: 'changed die 7 on press 4, first hit good', category: 'TOOL_CHANGE', recordedBy: 'op-17', reason: null }],
  });
  const q = await h.run(`{ operatorNotes(filter: { range: { from: "2026-11-24T00:00:00Z", to: "2026-11-25T00:00:00Z" }, equipmentId: "PRESS-04" }) { id text }
    operatorNote(id: "${String(n['id'])}") { id category } }`, {}, { roles: ['viewer'] });
  assert.deepEqual(q, { data: { operatorNotes: [{ id: n['id'], text: base.text }], operatorNote: { id: n['id'], category: 'TOOL_CHANGE' } } });
});

test('bad notes are refused with coded errors and nothing is stored', async (t) => {
  const h = await harness();
  t.after(h.close);
  const cases: [Record<string, unknown>, string, string][] = [
    [{ text: '  \u0007 ' }, 'NOTE_TEXT_EMPTY', 'The note text is empty'],
    [{ text: 'x'.repeat(2001) }, 'NOTE_TEXT_TOO_LONG', 'The note text has 2001 characters; at most 2000 are allowed'],
    [{ time: '2026-11-24T12:05:00Z' }, 'NOTE_TIME_IN_FUTURE', 'time 2026-11-24T12:05:00.000Z is in the future (server time 2026-11-24T12:00:00.000Z)'],
    [{ time: 'yesterday' }, 'NOTE_TIME_INVALID', 'time is not an ISO-8601 instant: yesterday'],
    [{ endTime: '2026-11-24T09:00:00Z' }, 'NOTE_TIME_INVALID', 'endTime is before time'],
    [{ time: '2026-11-10T00:00:00Z', endTime: '2026-11-20T00:00:00Z' }, 'NOTE_TIME_INVALID', 'a note covers at most 7 days'],
    [{ equipmentId: 'PRESS-99' }, 'NOTE_UNKNOWN_EQUIPMENT', 'No equipment PRESS-99 in the plant roster'],
    [{ equipmentId: null, workCenterId: 'WC-NOPE' }, 'NOTE_UNKNOWN_WORK_CENTER', 'No work center WC-NOPE in the plant roster'],
    [{ equipmentId: null }, 'NOTE_TARGET_REQUIRED', 'A note needs an equipmentId or a workCenterId'],
    [{ workCenterId: 'WC-MOLD' }, 'NOTE_TARGET_MISMATCH', 'Equipment PRESS-04 is not in work center WC-MOLD'],
    [{ author: ' ' }, 'NOTE_FIELD_INVALID', 'author: required'],
    [{ idempotencyKey: 'short' }, 'NOTE_FIELD_INVALID', 'idempotencyKey: 8–100 characters of A-Z a-z 0-9 _ . : -'],
  ];
  for (const [patch, code, message] of cases) {
    const r = await h.run(add, { input: { ...base, ...patch } });
    assert.deepEqual([r.data, codes(r)], [null, [[code, message]]], JSON.stringify(patch));
  }
  assert.deepEqual(await h.store.range('notes.by-time', {}), []);
});

test('only operator, maintenance and planner may add notes, and only for their own sites', async (t) => {
  const h = await harness();
  t.after(h.close);
  assert.deepEqual(codes(await h.run(add, { input: base }, { roles: ['viewer', 'cost'] })),
    [['FORBIDDEN_ROLE', 'Adding or editing notes needs one of the roles operator, maintenance, planner.']]);
  assert.deepEqual(codes(await h.run(add, { input: { ...base, equipmentId: 'IMM-02' } }, { roles: ['operator'], sites: ['SITE1'] })),
    [['FORBIDDEN_SITE', 'Site SITE2 is outside the sites this caller may access.']]);
  assert.deepEqual(codes(await h.run(add, { input: base }, null)),
    [['IDENTITY_HEADER_MISSING', 'Adding or editing a note needs the caller identity forwarded by the gateway.']]);
  const wc = await h.run(add, { input: { ...base, equipmentId: null, workCenterId: 'WC-MOLD', text: 'new lot of resin in hopper' } }, { roles: ['maintenance'], sites: ['SITE2'] });
  assert.deepEqual(wc.data?.['addOperatorNote'] && { ...(wc.data['addOperatorNote'] as object) }, { ...(wc.data?.['addOperatorNote'] as object), equipment: null, workCenter: { id: 'WC-MOLD' }, siteId: 'SITE2', category: 'MATERIAL_LOT_CHANGE' });
});

test('a retried submit with the same idempotency key answers the first note; the key with other content is refused', async (t) => {
  const h = await harness();
  t.after(h.close);
  const input = { ...base, idempotencyKey: 'tablet-7:000123' };
  const [a, b] = await Promise.all([h.run(add, { input }), h.run(add, { input })]);
  const c = await h.run(add, { input });
  const id = (r: Res) => (r.data?.['addOperatorNote'] as { id: string }).id;
  assert.equal(id(a), id(b));
  assert.equal(id(a), id(c));
  assert.equal((await h.store.range('notes.by-time', {})).length, 1);
  assert.deepEqual(codes(await h.run(add, { input: { ...input, text: 'something else' } })),
    [['NOTE_IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different note']]);
  // Keys are per caller: another operator's identical key is another note.
  const other = await h.run(add, { input }, { sub: 'op-18' });
  assert.notEqual(id(other), id(a));
});

test('an edit adds a revision, re-classifies, keeps history, moves the time index and refuses stale or empty edits', async (t) => {
  const h = await harness();
  t.after(h.close);
  const id = ((await h.run(add, { input: base })).data?.['addOperatorNote'] as { id: string }).id;
  const edit = `mutation($id: ID!, $input: EditOperatorNoteInput!, $rev: Int) { editOperatorNote(id: $id, input: $input, expectedRevision: $rev) {
    revision text time category history { revision text time reason recordedBy } } }`;
  const r = await h.run(edit, { id, rev: 1, input: { text: 'PT-101 reading erratic, ignore pressure alarms', time: '2026-11-24T09:00:00Z', reason: 'wrong note' } }, { sub: 'lead-2', roles: ['maintenance'] });
  assert.deepEqual(r, { data: { editOperatorNote: {
    revision: 2, text: 'PT-101 reading erratic, ignore pressure alarms', time: '2026-11-24T09:00:00.000Z', category: 'SENSOR_SUSPECT',
    history: [
      { revision: 1, text: base.text, time: '2026-11-24T10:15:00.000Z', reason: null, recordedBy: 'op-17' },
      { revision: 2, text: 'PT-101 reading erratic, ignore pressure alarms', time: '2026-11-24T09:00:00.000Z', reason: 'wrong note', recordedBy: 'lead-2' },
    ] } } });
  assert.deepEqual((await h.store.range('notes.by-equipment', {})).map((e) => e.key), [`PRESS-04/2026-11-24T09:00:00.000Z/${id}`]);
  assert.deepEqual(codes(await h.run(edit, { id, rev: 1, input: { text: 'late edit' } })), [['NOTE_EDIT_CONFLICT', 'The note is at revision 2, not 1']]);
  assert.deepEqual(codes(await h.run(edit, { id, input: { shift: 'B' } })), [['NOTE_FIELD_INVALID', 'input: the edit changes nothing']]);
  assert.deepEqual(codes(await h.run(edit, { id: 'note-nope', input: { text: 'x' } })), [['NOTE_NOT_FOUND', 'No operator note note-nope']]);
  assert.deepEqual(codes(await h.run(edit, { id, input: { text: 'x' } }, { sites: ['SITE2'] })), [['FORBIDDEN_SITE', 'Site SITE1 is outside the sites this caller may access.']]);
});

test('Equipment.notes, WorkCenter.notes and recentNotes filter by overlap, category and recency, newest first', async (t) => {
  const h = await harness();
  t.after(h.close);
  const put = async (patch: Record<string, unknown>) => ((await h.run(add, { input: { ...base, ...patch } })).data?.['addOperatorNote'] as { id: string }).id;
  const old = await put({ time: '2026-10-01T08:00:00Z', text: 'new coil loaded, heat 88213' });
  const period = await put({ time: '2026-11-22T22:00:00Z', endTime: '2026-11-23T06:00:00Z', text: 'hydraulic leak under press, needs maint' });
  const tool = await put({ time: '2026-11-23T10:00:00Z', text: 'die change - die 12 in' });
  const other = await put({ equipmentId: 'PRESS-05', time: '2026-11-23T11:00:00Z', text: 'burrs on parts' });
  const ents = (type: string, id: string, sel: string) => `{ _entities(representations: [{ __typename: "${type}", id: "${id}" }]) { ... on ${type} { ${sel} } } }`;
  const day = '(range: { from: "2026-11-23T00:00:00Z", to: "2026-11-24T00:00:00Z" })';
  assert.deepEqual(await h.run(ents('Equipment', 'PRESS-04', `notes${day} { id }`)), { data: { _entities: [{ notes: [{ id: tool }, { id: period }] }] } });
  assert.deepEqual(await h.run(ents('Equipment', 'PRESS-04', `notes(range: { from: "2026-11-23T00:00:00Z", to: "2026-11-24T00:00:00Z" }, category: [TOOL_CHANGE]) { id }`)),
    { data: { _entities: [{ notes: [{ id: tool }] }] } });
  assert.deepEqual(await h.run(ents('WorkCenter', 'WC-PRESS', `notes${day} { id }`)), { data: { _entities: [{ notes: [{ id: other }, { id: tool }, { id: period }] }] } });
  assert.deepEqual(await h.run(ents('Equipment', 'PRESS-04', 'recentNotes { id category }')),
    { data: { _entities: [{ recentNotes: [{ id: tool, category: 'TOOL_CHANGE' }, { id: period, category: 'MAINTENANCE_REQUEST' }] }] } });
  assert.ok(old.startsWith('note-'));
  const bad = await h.run(ents('Equipment', 'PRESS-04', 'notes(range: { from: "2026-11-24T00:00:00Z", to: "2026-11-23T00:00:00Z" }) { id }'));
  assert.deepEqual(codes(bad), [['INVALID_TIME_RANGE', 'range.from must be before range.to']]);
});

test('when the roster cannot be read the note is refused as retryable, not accepted unchecked', async (t) => {
  const h = await harness(createMemoryStore(), { layoutFails: true });
  t.after(h.close);
  const r = await h.run(add, { input: base });
  assert.deepEqual(r.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['retryable']]), [['NOTE_DIRECTORY_UNAVAILABLE', true]]);
});
