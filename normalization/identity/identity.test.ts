import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryStore } from '../../common/index.ts';
import { allMess, generatePlant, noMess } from '../../simulators/index.ts';
import { plantObservations, scoreLinks, truePairs } from '../../test-utils/index.ts';
import { createCrosswalk, identityLinkId, keyLinkId } from './crosswalk.ts';
import { matchKeyAliases } from './match-key-aliases.ts';
import type { KeyObservation } from './match-key-aliases.ts';
import { codeShapeSimilarity, nameSimilarity, normaliseKey, opcPathName } from './keys.ts';
import { matchEquipment } from './match-equipment.ts';
import { parseMesOrderId, stripRevision } from './match-keys.ts';
import type { EquipmentObservation } from './types.ts';

const erp = (id: string, name: string, wc: string, refs: EquipmentObservation['refs'] = []): EquipmentObservation => ({
  system: 'ERP', nativeId: id, scope: { company: 'ACME', plant: 'MfgSys' }, name, workCenter: wc, opcPath: null, assetTag: null, serialNumber: null,
  refs, validFromMs: null, validToMs: null, roster: { siteId: 'SITE1', areaId: 'FAB', workCenterId: wc.split(' ')[0] ?? null },
});
const mes = (code: string, name: string, erpCode: string, opts: Partial<EquipmentObservation> = {}): EquipmentObservation => ({
  system: 'MES', nativeId: code, scope: { company: 'ACME', plant: null }, name, workCenter: null, opcPath: null, assetTag: null, serialNumber: null,
  refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: erpCode }], validFromMs: null, validToMs: null, roster: null, ...opts,
});
const asset = (id: string, name: string, erpCode: string, tag: string, fromMs: number, toMs: number | null, wc = 'loc_PRS'): EquipmentObservation => ({
  system: 'CMMS', nativeId: id, scope: { company: null, plant: null }, name, workCenter: wc, opcPath: null, assetTag: tag, serialNumber: `SN-${id}`,
  refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: erpCode }], validFromMs: fromMs, validToMs: toMs, roster: null,
});
const roster = [erp('PRESS-04  ', 'Press 4', 'PRS Stamping presses', [{ system: 'CMMS', kind: 'ASSET_TAG', id: '100234' }]),
  erp('BRAKE-04', 'Press Brake 4', 'PBK Press brakes'), erp('MILL-04', 'Mill 4', 'MIL Vertical mills'), erp('MOLD-04', 'Molder 4', 'MLD Injection molding')];
const pick = (links: readonly { system: string; nativeId: string; equipmentId: string; status: string; method: string; confidence: number }[], system: string, nativeId: string) =>
  links.filter((l) => l.system === system && l.nativeId === nativeId).map((l) => ({ equipmentId: l.equipmentId, status: l.status, method: l.method, confidence: l.confidence }));

test('keys: normaliseKey drops case, separators and leading zeros; names need equal numbers; OPC paths spell names; codes fit by shape', () => {
  assert.deepEqual(['press-04 ', 'PRESS04', ' 000123', 'J004512'].map(normaliseKey), ['PRESS4', 'PRESS4', '123', 'J4512']);
  assert.equal(nameSimilarity('Press #4', 'Press 4'), 1);
  assert.equal(nameSimilarity('Press #4 (old)', 'Press 4'), 1);
  assert.equal(nameSimilarity('Press 4', 'Press 5'), 0);
  assert.ok(nameSimilarity('Press #4', 'Press Brake 4') < 0.7);
  assert.equal(opcPathName('Site1.Fab.Press04'), 'Press 04');
  assert.deepEqual([codeShapeSimilarity('P04', 'PRESS-04'), codeShapeSimilarity('J04', 'MOLD-04'), codeShapeSimilarity('P05', 'PRESS-04')], [0.9, 0, 0]);
});

test('matchEquipment links exact and normalised references, and ERP back-references, by rule', () => {
  const m = matchEquipment([...roster, mes('P04', 'Press 4', 'press-04 '), mes('M04', 'Mill 4', 'MILL04'),
    asset('ast_new', 'Press #4', '', '100234', 1000, null)]);
  assert.deepEqual(pick(m.links, 'MES', 'P04'), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'EXACT_REFERENCE', confidence: 1 }]);
  assert.deepEqual(pick(m.links, 'MES', 'M04'), [{ equipmentId: 'MILL-04', status: 'LINKED', method: 'NORMALISED_REFERENCE', confidence: 0.95 }]);
  assert.deepEqual(pick(m.links, 'CMMS', 'ast_new'), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'REFERENCE_FROM_ERP', confidence: 0.97 }]);
  assert.deepEqual(pick(m.links, 'ERP', 'PRESS-04  '), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'ERP_MASTER', confidence: 1 }]);
});

test('a blank reference is linked by name + evidence, only proposed by name alone, and a swapped asset keeps its interval', () => {
  const obs = [...roster, mes('P04', 'Press 4', '', { workCenter: 'LINE-P Stamping presses', opcPath: 'Site1.Fab.Press04' }),
    asset('ast_old', 'Press #4 (old)', '', '100230', 0, 1000), asset('ast_new', 'Press #4', '', '100234', 1000, null)];
  const withEvidence = matchEquipment(obs);
  assert.deepEqual(pick(withEvidence.links, 'MES', 'P04'), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'FUZZY_EVIDENCE', confidence: 0.988 }]);
  assert.deepEqual(pick(withEvidence.links, 'OPC', 'Site1.Fab.Press04'), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'DERIVED', confidence: 0.988 }]);
  assert.deepEqual(pick(withEvidence.links, 'CMMS', 'ast_old'), [{ equipmentId: 'PRESS-04', status: 'LINKED', method: 'FUZZY_EVIDENCE', confidence: 1 }]);
  assert.deepEqual(withEvidence.links.filter((l) => l.system === 'CMMS' && l.kind === 'ASSET_ID').map((l) => [l.nativeId, l.validFromMs, l.validToMs]),
    [['ast_new', 1000, null], ['ast_old', 0, 1000]]);
  const nameOnly = matchEquipment(obs, [], { evidence: false });
  assert.deepEqual(pick(nameOnly.links, 'MES', 'P04'), [{ equipmentId: 'PRESS-04', status: 'PROPOSED', method: 'FUZZY_NAME', confidence: 0.8 }]);
  const rulesOnly = matchEquipment(obs, [], { fuzzy: false, evidence: false });
  assert.deepEqual(rulesOnly.unmatched, [{ system: 'CMMS', nativeId: 'ast_old', name: 'Press #4 (old)' }, { system: 'MES', nativeId: 'P04', name: 'Press 4' }]);
});

test('two records claiming one position at the same time: the stronger is linked, the other only proposed', () => {
  const m = matchEquipment([...roster, mes('P04', 'Press 4', 'PRESS-04'), mes('P04X', 'Press 4', 'press04')]);
  assert.deepEqual(pick(m.links, 'MES', 'P04X').map((l) => l.status), ['PROPOSED']);
  assert.deepEqual(pick(m.links, 'MES', 'P04').map((l) => l.status), ['LINKED']);
});

test('decisions win: a rejected link is not offered again, a confirmed one is forced', () => {
  const obs = [...roster, mes('P04', 'Press 4', '', { workCenter: 'LINE-P Stamping presses' })];
  const rejected = matchEquipment(obs, [{ subject: { system: 'MES', nativeId: 'P04' }, scope: { company: 'ACME', plant: null }, equipmentId: 'PRESS-04', verdict: 'REJECTED', by: 'ana', atMs: 1, comment: null }]);
  assert.deepEqual(pick(rejected.links, 'MES', 'P04'), []);
  const confirmed = matchEquipment(obs, [{ subject: { system: 'MES', nativeId: 'P04' }, scope: { company: 'ACME', plant: null }, equipmentId: 'BRAKE-04', verdict: 'CONFIRMED', by: 'ana', atMs: 1, comment: null }]);
  assert.deepEqual(pick(confirmed.links, 'MES', 'P04'), [{ equipmentId: 'BRAKE-04', status: 'CONFIRMED', method: 'CONFIRMED', confidence: 1 }]);
});

test('scope: an MES of company ACME never links to an ACME-MX resource', () => {
  const mx = { ...erp('PRESS-09', 'Press 9', 'PRS Stamping presses'), scope: { company: 'ACME-MX', plant: 'MfgSys' } };
  const m = matchEquipment([mx, mes('P09', 'Press 9', 'PRESS-09')]);
  assert.deepEqual(m.unmatched, [{ system: 'MES', nativeId: 'P09', name: 'Press 9' }]);
});

test('on the demo plant with every mess on, every LINKED pair is true and every true pair is linked (seeds 1-3)', () => {
  for (const seed of [1, 2, 3]) {
    const plant = generatePlant({ seed, days: 3 });
    const s = scoreLinks(matchEquipment(plantObservations(plant, allMess)).links, truePairs(plant));
    assert.deepEqual({ seed, precision: s.precision, recall: s.recall }, { seed, precision: 1, recall: 1 });
  }
});

test('on the demo plant, rules alone miss machines whose references are blank in every system, and never link a wrong pair', () => {
  const plant = generatePlant({ seed: 1, days: 3 });
  const s = scoreLinks(matchEquipment(plantObservations(plant, allMess), [], { fuzzy: false, evidence: false }).links, truePairs(plant));
  assert.equal(s.precision, 1);
  assert.ok(s.recall < 1, `rules-only recall ${s.recall}`);
  const clean = scoreLinks(matchEquipment(plantObservations(plant, noMess), [], { fuzzy: false, evidence: false }).links, truePairs(plant));
  assert.deepEqual([clean.precision, clean.recall], [1, 1]);
});

test('key shapes: a revision suffix comes off a part number; an MES order id splits into job and operation', () => {
  assert.deepEqual(stripRevision('HDW-2000 REV B'), { base: 'HDW-2000', revision: 'B' });
  assert.deepEqual(stripRevision('BRK-1001-R2'), { base: 'BRK-1001', revision: '2' });
  assert.deepEqual(parseMesOrderId('J004512-10'), { job: 'J004512', operation: 10 });
  assert.equal(parseMesOrderId('J004512'), null);
});

test('crosswalk: publish, translate, propose, confirm and reject through the store; lookup and mentions', async () => {
  const store = createMemoryStore();
  const cw = createCrosswalk(store);
  await cw.publishEquipment('ERP', roster, { complete: true });
  await cw.publishEquipment('MES', [mes('P04', 'Press 4', 'PRESS-04'), mes('VMA', 'Mill 4', '')]);
  assert.equal(await cw.equipmentIdOf('MES', 'P04'), 'PRESS-04');
  assert.equal(await cw.equipmentIdOf('MES', 'VMA'), null, 'a proposal is never used for translation');
  const [proposal] = await cw.proposals();
  assert.deepEqual(proposal && { id: identityLinkId(proposal), equipmentId: proposal.equipmentId, status: proposal.status, confidence: proposal.confidence },
    { id: 'MES:ACME%2F*:VMA:MILL-04', equipmentId: 'MILL-04', status: 'PROPOSED', confidence: 0.75 });
  const after = await cw.decide('MES:ACME%2F*:VMA:MILL-04', 'CONFIRMED', 'ana');
  assert.deepEqual(after && [after.status, after.method], ['CONFIRMED', 'CONFIRMED']);
  assert.equal(await cw.equipmentIdOf('MES', 'VMA'), 'MILL-04');
  assert.deepEqual((await cw.nativeIdsOf('mill-04', 'MES')).map((l) => l.nativeId), ['VMA']);
  assert.deepEqual((await cw.resolveMention('vma'))[0], { equipmentId: 'MILL-04', score: 1, via: 'MES MACHINE_CODE VMA' });
  assert.deepEqual((await cw.findMentions('P04 jammed again, mill 4 too; press 9 is fine')).map((m) => [m.text, m.equipmentId]), [['P04', 'PRESS-04'], ['mill 4', 'MILL-04']]);
  await assert.rejects(cw.decide('MES:nope', 'CONFIRMED', 'ana'), { message: 'No identity link or proposal has id "MES:nope"', extensions: { code: 'IDENTITY_LINK_UNKNOWN', detail: { linkId: 'MES:nope' } } });
  assert.equal(await cw.decide('MES:ACME%2F*:P04:PRESS-04', 'REJECTED', 'ana'), null);
  assert.equal(await cw.equipmentIdOf('MES', 'P04'), null);
  assert.deepEqual((await cw.decisions()).map((d) => [d.subject.nativeId, d.equipmentId, d.verdict]), [['P04', 'PRESS-04', 'REJECTED'], ['VMA', 'MILL-04', 'CONFIRMED']]);
  assert.deepEqual(await cw.lookup(' press-04'), { equipmentId: 'PRESS-04', name: 'Press 4', scope: { company: 'ACME', plant: 'MfgSys' }, siteId: 'SITE1', areaId: 'FAB', workCenterId: 'PRS' });
  assert.equal(await cw.lookup('PRESS-99'), null);
  await cw.publishEquipment('ERP', roster.slice(1), { complete: true });
  assert.equal(await cw.lookup('PRESS-04'), null, 'a complete publish removes resources no longer listed');
});

test('crosswalk: a failing store is IDENTITY_STORE_UNAVAILABLE, and the next read retries', async () => {
  const store = createMemoryStore();
  let fail = true;
  const flaky = { ...store, range: async <T>(ns: string, q: object) => { if (fail) throw new Error('disk gone'); return store.range<T>(ns, q); } };
  const cw = createCrosswalk(flaky);
  await assert.rejects(cw.lookup('PRESS-04'), { message: 'The identity store failed (range observations)', extensions: { code: 'IDENTITY_STORE_UNAVAILABLE', retryable: true } });
  fail = false;
  assert.equal(await cw.lookup('PRESS-04'), null);
});

const key = (kind: KeyObservation['kind'], system: KeyObservation['system'], nativeId: string, company: string | null, extra: Partial<KeyObservation> = {}): KeyObservation =>
  ({ kind, system, nativeId, scope: { company, plant: null }, revision: null, partNum: null, ...extra });
const brief = (m: ReturnType<typeof matchKeyAliases>) => m.aliases.filter((a) => a.system !== 'ERP').map((a) => [a.nativeId, a.canonicalId, a.method, a.status, a.confidence, a.operation]);

test('matchKeyAliases: padded and zero-filled part numbers link; a revision suffix links only at the ERP part\'s revision; unknown parts stay unmatched', () => {
  const m = matchKeyAliases([
    key('MATERIAL', 'ERP', 'BRK-1001  ', 'ACME', { revision: 'B' }), key('MATERIAL', 'ERP', 'BRK-1001', 'ACME-MX', { revision: 'A' }),
    key('MATERIAL', 'MES', 'brk-1001', 'ACME'), key('MATERIAL', 'MES', 'BRK-001001', 'ACME'), key('MATERIAL', 'MES', 'BRK-1001-RB', 'ACME'),
    key('MATERIAL', 'MES', 'BRK-1001-RA', 'ACME'), key('MATERIAL', 'MES', 'BRK-1001', null), key('MATERIAL', 'MES', 'NPI-9001', 'ACME'),
  ]);
  assert.deepEqual(brief(m), [
    // Unscoped: both companies' parts match equally, so it is only proposed, naming both.
    ['BRK-1001', 'ACME-MX/BRK-1001', 'EXACT_REFERENCE', 'PROPOSED', 1, null],
    ['BRK-001001', 'ACME/BRK-1001', 'NORMALISED_REFERENCE', 'LINKED', 0.9, null],
    ['BRK-1001-RA', 'ACME/BRK-1001', 'REVISION_VARIANT', 'PROPOSED', 0.7, null],
    ['BRK-1001-RB', 'ACME/BRK-1001', 'REVISION_VARIANT', 'LINKED', 0.9, null],
    ['brk-1001', 'ACME/BRK-1001', 'EXACT_REFERENCE', 'LINKED', 1, null],
  ]);
  assert.deepEqual(m.aliases.find((a) => a.scope.company === null)?.evidence, ['ambiguous: ACME-MX/BRK-1001, ACME/BRK-1001']);
  assert.deepEqual(m.unmatched, [{ kind: 'MATERIAL', system: 'MES', nativeId: 'NPI-9001', reason: 'no ERP part' }]);
});

test('matchKeyAliases: MES order ids map to the ERP job of the MES company with their operation; a part that disagrees is only proposed', () => {
  const m = matchKeyAliases([
    key('PRODUCTION_ORDER', 'ERP', 'J004512 ', 'ACME', { partNum: 'BRK-1001' }), key('PRODUCTION_ORDER', 'ERP', 'J004512', 'ACME-MX', { partNum: 'HDW-2000' }),
    key('PRODUCTION_ORDER', 'MES', 'J004512-10', 'ACME', { partNum: 'BRK-1001-RB' }), key('PRODUCTION_ORDER', 'MES', 'J00004512-20', 'ACME', { partNum: 'BRK-001001' }),
    key('PRODUCTION_ORDER', 'MES', 'J004512-30', 'ACME', { partNum: 'FLG-1663' }), key('PRODUCTION_ORDER', 'MES', 'T900001-10', 'ACME'),
  ]);
  assert.deepEqual(brief(m), [
    ['J00004512-20', 'ACME/J004512', 'NORMALISED_REFERENCE', 'LINKED', 0.9, 20],
    ['J004512-10', 'ACME/J004512', 'EXACT_REFERENCE', 'LINKED', 1, 10],
    ['J004512-30', 'ACME/J004512', 'EXACT_REFERENCE', 'PROPOSED', 0.6, 30],
  ]);
  assert.deepEqual(m.aliases.find((a) => a.nativeId === 'J004512-30')?.evidence, ["MES part FLG-1663 is not the ERP job's part BRK-1001"]);
  assert.deepEqual(m.unmatched, [{ kind: 'PRODUCTION_ORDER', system: 'MES', nativeId: 'T900001-10', reason: 'no ERP job' }]);
});

test('matchKeyAliases: a confirmed pair is forced, a rejected one is never offered again', () => {
  const obs = [key('MATERIAL', 'ERP', 'BRK-1001', 'ACME', { revision: 'B' }), key('MATERIAL', 'MES', 'BRK-1001-RA', 'ACME'), key('MATERIAL', 'MES', 'BRK-001001', 'ACME')];
  const d = (nativeId: string, verdict: 'CONFIRMED' | 'REJECTED') => ({ kind: 'MATERIAL' as const, subject: { system: 'MES' as const, nativeId }, scope: { company: 'ACME', plant: null }, canonicalId: 'ACME/BRK-1001', verdict, by: 'ana', atMs: 1, comment: null });
  const m = matchKeyAliases(obs, [d('BRK-1001-RA', 'CONFIRMED'), d('BRK-001001', 'REJECTED')]);
  assert.deepEqual(brief(m), [['BRK-1001-RA', 'ACME/BRK-1001', 'CONFIRMED', 'CONFIRMED', 1, null]]);
  assert.deepEqual(m.unmatched, [{ kind: 'MATERIAL', system: 'MES', nativeId: 'BRK-001001', reason: 'no ERP part' }]);
});

test('crosswalk keys: an MES publish accumulates, a complete ERP publish replaces; decisions are durable and by link id', async () => {
  const store = createMemoryStore();
  const cw = createCrosswalk(store);
  await cw.publishKeys('PRODUCTION_ORDER', 'ERP', [key('PRODUCTION_ORDER', 'ERP', 'J1', 'ACME'), key('PRODUCTION_ORDER', 'ERP', 'J2', 'ACME')], { complete: true });
  await cw.publishKeys('PRODUCTION_ORDER', 'MES', [key('PRODUCTION_ORDER', 'MES', 'J1-10', 'ACME')]);
  await cw.publishKeys('PRODUCTION_ORDER', 'MES', [key('PRODUCTION_ORDER', 'MES', 'J0002-10', 'ACME')]);
  assert.deepEqual((await cw.keyAliasesOf('PRODUCTION_ORDER', 'acme/j1')).map((a) => a.nativeId), ['J1', 'J1-10']);
  await cw.publishKeys('PRODUCTION_ORDER', 'ERP', [key('PRODUCTION_ORDER', 'ERP', 'J2', 'ACME')], { complete: true });
  assert.deepEqual(await cw.keyAliasesOf('PRODUCTION_ORDER', 'ACME/J1'), []);
  assert.deepEqual((await cw.keyMatch()).unmatched.map((u) => u.nativeId), ['J1-10']);
  await assert.rejects(() => cw.publishKeys('MATERIAL', 'MES', [key('PRODUCTION_ORDER', 'MES', 'J1-10', 'ACME')]), { message: "publishKeys(MATERIAL, MES) got another kind's or system's observation" });
  const [link] = (await cw.keyAliasesOf('PRODUCTION_ORDER', 'ACME/J2')).filter((a) => a.system === 'MES');
  const id = keyLinkId(link!);
  assert.equal(id, 'PRODUCTION_ORDER:MES:ACME%2F*:J0002-10:ACME%2FJ2');
  const { decision, current } = await cw.decideKey(id, 'REJECTED', 'ana', 'not ours');
  assert.deepEqual([decision.verdict, decision.canonicalId, current], ['REJECTED', 'ACME/J2', null]);
  const reopened = createCrosswalk(store);
  assert.deepEqual((await reopened.keyAliasesOf('PRODUCTION_ORDER', 'ACME/J2')).map((a) => a.system), ['ERP']);
  assert.deepEqual((await reopened.decideKey(id, 'CONFIRMED', 'ana')).current?.status, 'CONFIRMED', 'a rejected pair can be confirmed again by its id');
  await assert.rejects(() => reopened.decideKey('MATERIAL:MES:nope', 'CONFIRMED', 'ana'), { extensions: { code: 'IDENTITY_LINK_UNKNOWN', detail: { linkId: 'MATERIAL:MES:nope' } } });
});

test('crosswalk keys: an expired memo re-reads only a version stamp when nothing changed, and sees another process\'s write', async () => {
  const store = createMemoryStore();
  const reads: string[] = [];
  const counted = { ...store, range: async <T>(ns: string, q: object) => { reads.push(`range ${ns}`); return store.range<T>(ns, q); },
    get: async <T>(ns: string, k: string) => { reads.push(`get ${ns}`); return store.get<T>(ns, k); } };
  let clock = 0;
  const writer = createCrosswalk(store);
  const reader = createCrosswalk(counted, { maxAgeMs: 2000, now: () => clock });
  await writer.publishKeys('MATERIAL', 'ERP', [key('MATERIAL', 'ERP', 'BRK-1001', 'ACME')], { complete: true });
  assert.equal((await reader.keyAliasesOf('MATERIAL', 'ACME/BRK-1001')).length, 1);
  assert.deepEqual(reads, ['get identity.keys.meta', 'range identity.keys.observations', 'range identity.keys.decisions']);
  reads.length = 0;
  clock = 2500;
  const before = await reader.keyMatch();
  assert.deepEqual(reads, ['get identity.keys.meta'], 'unchanged: one read of the version stamp, no re-match');
  assert.equal(await reader.keyMatch(), before, 'the same match object (translations keyed on it stay memoised)');
  await writer.publishKeys('MATERIAL', 'MES', [key('MATERIAL', 'MES', 'BRK-001001', 'ACME')]);
  reads.length = 0;
  clock = 5000;
  assert.deepEqual((await reader.keyAliasesOf('MATERIAL', 'ACME/BRK-1001')).map((a) => a.nativeId), ['BRK-1001', 'BRK-001001']);
  assert.deepEqual(reads, ['get identity.keys.meta', 'range identity.keys.observations', 'range identity.keys.decisions']);
});
