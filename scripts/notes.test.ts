// Operator notes through the embedded gateway, as `npm start` runs it: write a note over HTTP, read it back
// across subgraphs (ERP equipment + context notes), on an LMDB store that a second runtime then reopens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLmdbStore } from '../common/index.ts';
import type { DurableStore } from '../common/index.ts';
import { noMess } from '../simulators/index.ts';
import { postGraphql } from '../test-utils/index.ts';
import { startPlantGraph } from './plantgraph.ts';
import type { RunningPlantGraph } from './plantgraph.ts';

let dir: string;
let store: DurableStore;
let pg: RunningPlantGraph;
const plant = { plant: { days: 2, machines: 4, parts: 10 }, mess: noMess };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plantgraph-notes-'));
  store = openLmdbStore(dir);
  pg = await startPlantGraph({ demo: plant, gateway: { port: 0 }, store });
});
after(async () => {
  await pg.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const addNote = `mutation($input: AddOperatorNoteInput!) { addOperatorNote(input: $input) { id category revision equipment { id } workCenter { id } mentions { kind value } } }`;

test('a note written through the gateway is read back with the ERP equipment it is about, and survives reopening the store', async () => {
  const list = await postGraphql(pg.gateway.url, '{ equipmentList(first: 1) { edges { node { id name workCenter { id } } } } }');
  const eq = list.body.data.equipmentList.edges[0].node as { id: string; name: string; workCenter: { id: string } };
  // Over the demo plant, notes live in the plant's time: an hour before its clock.
  const time = new Date(pg.demo!.clock() - 3_600_000).toISOString();
  const input = { equipmentId: eq.id, time, text: `changed die 7 on ${eq.id}, first hit good`, author: 'J. Ortiz', shift: 'B', idempotencyKey: 'e2e-note-000001' };
  const a = await postGraphql(pg.gateway.url, addNote, { variables: { input } });
  assert.equal(a.status, 200);
  assert.equal(a.body.errors, undefined, JSON.stringify(a.body.errors));
  const note = a.body.data.addOperatorNote;
  assert.deepEqual({ ...note, id: 'X' }, { id: 'X', category: 'TOOL_CHANGE', revision: 1, equipment: { id: eq.id }, workCenter: { id: eq.workCenter.id },
    mentions: [{ kind: 'TOOLING', value: 'DIE-7' }, { kind: 'EQUIPMENT', value: eq.id }] });
  // The same submit again (a client retry) answers the same note.
  const again = await postGraphql(pg.gateway.url, addNote, { variables: { input } });
  assert.equal(again.body.data.addOperatorNote.id, note.id);

  const from = new Date(pg.demo!.clock() - 86_400_000).toISOString(), to = new Date(pg.demo!.clock() + 60_000).toISOString();
  const read = await postGraphql(pg.gateway.url, `query($id: ID!, $from: DateTime!, $to: DateTime!) { equipment(id: $id) { id name
    notes(range: { from: $from, to: $to }) { id text author category } recentNotes { id } } }`, { variables: { id: eq.id, from, to } });
  assert.deepEqual(read.body, { data: { equipment: { id: eq.id, name: eq.name,
    notes: [{ id: note.id, text: input.text, author: 'J. Ortiz', category: 'TOOL_CHANGE' }], recentNotes: [{ id: note.id }] } } });

  const bad = await postGraphql(pg.gateway.url, addNote, { variables: { input: { ...input, idempotencyKey: null, equipmentId: 'NO-SUCH-MACHINE' } } });
  assert.deepEqual(bad.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['NOTE_UNKNOWN_EQUIPMENT']);

  const reopened = openLmdbStore(join(dir));
  try {
    assert.equal(((await reopened.get<{ id: string }>('notes.note', note.id)) ?? { id: '' }).id, note.id);
  } finally { await reopened.close(); }
});

test('production mode: an operator adds notes only for its own site, a viewer not at all, and every role reads them', async () => {
  const { SignJWT } = await import('jose');
  const jwtSecret = 'notes-suite-jwt-secret-0123456789abcdef';
  const env = { GATEWAY_MODE: 'production', GATEWAY_JWT_SECRET: jwtSecret, GATEWAY_JWT_ISSUER: 'https://idp.plant.invalid/', GATEWAY_JWT_AUDIENCE: 'plantgraph', PLANTGRAPH_INTERNAL_SECRET: 'notes-suite-internal-secret-0123456789', GATEWAY_LOG_LEVEL: 'silent' };
  const prod = await startPlantGraph({ env, demo: plant, gateway: { port: 0 } });
  try {
    const token = (roles: string[], sites: string[]) => new SignJWT({ roles, sites }).setProtectedHeader({ alg: 'HS256' }).setSubject('op-17').setIssuer('https://idp.plant.invalid/').setAudience('plantgraph')
      .setIssuedAt().setExpirationTime(Math.floor(Date.now() / 1000) + 300).sign(new TextEncoder().encode(jwtSecret));
    const as = async (roles: string[], sites: string[]) => ({ authorization: `Bearer ${await token(roles, sites)}` });
    const layout = await postGraphql(prod.gateway.url, '{ sites { id areas { workCenters { equipment { id } } } } }', { headers: await as(['viewer'], ['*']) });
    const site = layout.body.data.sites[0] as { id: string; areas: { workCenters: { equipment: { id: string }[] }[] }[] };
    const equipmentId = site.areas.flatMap((a) => a.workCenters).flatMap((w) => w.equipment)[0]!.id;
    const input = { equipmentId, time: new Date(prod.demo!.clock() - 60_000).toISOString(), text: 'PT-101 reading erratic', author: 'op-17' };

    const own = await postGraphql(prod.gateway.url, addNote, { variables: { input }, headers: await as(['operator'], [site.id]) });
    assert.equal(own.body.errors, undefined, JSON.stringify(own.body.errors));
    assert.equal(own.body.data.addOperatorNote.category, 'SENSOR_SUSPECT');

    const foreign = await postGraphql(prod.gateway.url, addNote, { variables: { input }, headers: await as(['operator'], ['SOME-OTHER-SITE']) });
    assert.equal(foreign.status, 403);
    assert.deepEqual(foreign.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['FORBIDDEN_SITE']);

    const viewer = await postGraphql(prod.gateway.url, addNote, { variables: { input }, headers: await as(['viewer'], ['*']) });
    assert.equal(viewer.status, 403);
    assert.deepEqual(viewer.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code), ['FORBIDDEN_ROLE']);

    const read = await postGraphql(prod.gateway.url, `query($f: OperatorNoteFilter!) { operatorNotes(filter: $f) { id text } }`, {
      variables: { f: { equipmentId, range: { from: new Date(prod.demo!.clock() - 3_600_000).toISOString(), to: new Date(prod.demo!.clock() + 60_000).toISOString() } } },
      headers: await as(['viewer'], [site.id]) });
    assert.deepEqual(read.body, { data: { operatorNotes: [{ id: own.body.data.addOperatorNote.id, text: 'PT-101 reading erratic' }] } });
  } finally { await prod.close(); }
});
