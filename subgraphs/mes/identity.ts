import { createIdentityTranslator, trimKey } from '../../normalization/index.ts';
import type { Crosswalk, EquipmentObservation, KeyMatch, KeyObservation } from '../../normalization/index.ts';
import { carryUnmapped } from '../../common/index.ts';
import type { Logger } from '../../common/index.ts';
import type { MesEquipment, MesMeasurementRow, MesProductionRow, MesSource, MesWorkOrderRow } from './source/index.ts';

/** The MES machine master as identity observations: code, description, line, OPC path and the ERP code it carries. */
export function mesObservations(list: readonly MesEquipment[], erpCompany: string): EquipmentObservation[] {
  return list.map((m) => ({
    system: 'MES', nativeId: m.mesCode, scope: { company: erpCompany, plant: null }, name: m.description,
    workCenter: m.parentId === null ? null : `${m.parentId} ${m.parentDescription ?? ''}`.trim(), opcPath: m.opcPath, assetTag: null, serialNumber: null,
    refs: [{ system: 'ERP', kind: 'RESOURCE_ID', id: m.erpAliasRaw }], validFromMs: null, validToMs: null, roster: null,
  }));
}

/**
 * The MES work orders as key observations: each order id (ERP job + operation, as the MES spells it) with the part it
 * makes, and each distinct part number the MES uses. Scoped to the one ERP company the MES belongs to.
 */
export function mesKeyObservations(orders: readonly MesWorkOrderRow[], erpCompany: string): { materials: KeyObservation[]; orders: KeyObservation[] } {
  const scope = { company: erpCompany, plant: null };
  const parts = new Map<string, string>();
  for (const o of orders) if (o.partNum !== null && !parts.has(trimKey(o.partNum))) parts.set(trimKey(o.partNum), o.partNum);
  return {
    orders: orders.map((o) => ({ kind: 'PRODUCTION_ORDER', system: 'MES', nativeId: o.orderId, scope, revision: null, partNum: o.partNum })),
    materials: [...parts.values()].map((p) => ({ kind: 'MATERIAL', system: 'MES', nativeId: p, scope, revision: null, partNum: null })),
  };
}

/** How the MES's own order ids and part numbers translate: native (trimmed, upper) → canonical, or null when only proposed/unmatched. */
interface KeyTranslation {
  readonly orders: ReadonlyMap<string, { readonly job: string; readonly operation: number | null } | null>;
  readonly materials: ReadonlyMap<string, string | null>;
}

function keyTranslation(match: KeyMatch, erpCompany: string): KeyTranslation | null {
  // Until the ERP's jobs are in the store there is nothing to translate against: the direct rule applies.
  if (!match.aliases.some((a) => a.kind === 'PRODUCTION_ORDER' && a.system === 'ERP')) return null;
  const company = trimKey(erpCompany);
  const orders = new Map<string, { job: string; operation: number | null } | null>();
  const materials = new Map<string, string | null>();
  for (const a of match.aliases) {
    if (a.system !== 'MES' || (a.scope.company !== null && trimKey(a.scope.company) !== company)) continue;
    const used = a.status !== 'PROPOSED';
    if (a.kind === 'PRODUCTION_ORDER') orders.set(trimKey(a.nativeId), used ? { job: a.canonicalId.slice(a.canonicalId.indexOf('/') + 1), operation: a.operation } : null);
    else materials.set(trimKey(a.nativeId), used ? a.canonicalId : null);
  }
  for (const u of match.unmatched) {
    if (u.system !== 'MES') continue;
    if (u.kind === 'PRODUCTION_ORDER') orders.set(trimKey(u.nativeId), null); else materials.set(trimKey(u.nativeId), null);
  }
  return { orders, materials };
}

/**
 * Puts the identity crosswalk between the MES port and the loaders: every machine-master read is published
 * (only when it changed) and each machine's canonical equipment id comes from the crosswalk's LINKED or
 * CONFIRMED link, so a machine whose ERP code is blank or a variant still gets its data once linked, and a
 * merely PROPOSED one gets none. Until the ERP roster is in the store, or when the store fails (logged as a
 * warning), the direct reference rule (the ERP code on the MES master) applies as before.
 *
 * Work orders the same way: `sync()` publishes the order ids and part numbers of the work orders planned in the last
 * `orderDays` days (and the next 60); a read of older records publishes the order ids it meets. Production records and
 * quality measurements then carry the ERP job + operation of their work order's LINKED/CONFIRMED link
 * ('J00004512-10' → 'J004512-10'), or no work order ('') when the link is only proposed or the ERP has no such job, so
 * nothing joins on a guess. Before the ERP's jobs are in the store, or when it fails, the id as sent applies.
 */
export function withMesIdentity(source: MesSource, crosswalk: Crosswalk, opts: { erpCompany: string; logger: Logger; orderDays?: number }):
  { source: MesSource; sync(o?: { keys?: boolean }): Promise<void> } {
  const identity = createIdentityTranslator<MesEquipment>({
    crosswalk, system: 'MES', linkKind: 'MACHINE_CODE', observe: (list) => mesObservations(list, opts.erpCompany),
    nativeId: (m) => m.mesCode, withEquipmentId: (m, equipmentId) => carryUnmapped(m, { ...m, equipmentId }),
    onFallback: (e) => opts.logger.warn({ source: 'MES', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'identity crosswalk unavailable; using the ERP code on the MES master'),
  });
  const orderDays = opts.orderDays ?? 14;
  let publishedParts = '', publishedOrders = '';
  const syncKeys = async (): Promise<void> => {
    if (source.workOrders === undefined) return;
    const { serverTimeMs } = await source.serverInfo();
    // Whole days, so the read is cached and re-published only when the window moves a day.
    const day = 86_400_000, end = Math.ceil(serverTimeMs / day) * day;
    const keys = mesKeyObservations(await source.workOrders(end - orderDays * day, end + 60 * day), opts.erpCompany);
    const fpParts = JSON.stringify(keys.materials), fpOrders = JSON.stringify(keys.orders);
    // Not `complete`: the MES lists a window of orders; ids of older ones stay known.
    if (fpOrders !== publishedOrders) { await crosswalk.publishKeys('PRODUCTION_ORDER', 'MES', keys.orders); publishedOrders = fpOrders; }
    if (fpParts !== publishedParts) { await crosswalk.publishKeys('MATERIAL', 'MES', keys.materials); publishedParts = fpParts; }
  };
  // One translation per key match (the crosswalk memoises the match for a short while).
  const memo = new WeakMap<KeyMatch, KeyTranslation | null>();
  const translation = async (): Promise<KeyTranslation | null> => {
    try {
      const match = await crosswalk.keyMatch();
      let t = memo.get(match);
      if (t === undefined) { t = keyTranslation(match, opts.erpCompany); memo.set(match, t); }
      return t;
    } catch (e: unknown) {
      opts.logger.warn({ source: 'MES', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'identity crosswalk unavailable; using the MES work order ids as sent');
      return null;
    }
  };
  const orderOf = (t: KeyTranslation | null, workOrder: string): string => {
    if (t === null) return workOrder;
    const hit = t.orders.get(trimKey(workOrder));
    if (hit === undefined) return workOrder;
    return hit === null || hit.operation === null ? '' : `${hit.job}-${hit.operation}`;
  };
  const withOrders = async <R extends MesProductionRow | MesMeasurementRow>(rows: readonly R[]): Promise<readonly R[]> => {
    let t = await translation();
    if (t === null) return rows;
    // Order ids of records older than the published window: publish the ids this read uses (the MES lists its work
    // orders only by planned dates), then translate them like the others. Once per id; a store failure keeps the direct rule.
    const known = t.orders;
    const unseen = [...new Set(rows.map((r) => r.workOrder).filter((w) => w.trim() !== '' && !known.has(trimKey(w))))];
    if (unseen.length > 0) {
      try {
        await crosswalk.publishKeys('PRODUCTION_ORDER', 'MES', unseen.map((w) => ({ kind: 'PRODUCTION_ORDER', system: 'MES', nativeId: w, scope: { company: opts.erpCompany, plant: null }, revision: null, partNum: null })));
        t = (await translation()) ?? t;
      } catch (e: unknown) {
        opts.logger.warn({ source: 'MES', op: 'identity', outcome: 'fallback', err: e instanceof Error ? e.message : String(e) }, 'could not publish MES order ids; using them as sent');
      }
    }
    const tr = t;
    return rows.map((r) => {
      if (!tr.orders.has(trimKey(r.workOrder))) return r;
      const w = orderOf(tr, r.workOrder);
      return w === r.workOrder ? r : carryUnmapped(r, { ...r, workOrder: w });
    });
  };
  const translated: Partial<MesSource> = {
    equipmentList: async () => identity.translate(await source.equipmentList()),
    productionRecords: async (code, from, to) => withOrders(await source.productionRecords(code, from, to)),
    qualityMeasurements: async (code, from, to) => withOrders(await source.qualityMeasurements(code, from, to)),
  };
  if (source.workOrders !== undefined) {
    const read = source.workOrders.bind(source);
    translated.workOrders = async (from, to) => {
      const [rows, t] = await Promise.all([read(from, to), translation()]);
      if (t === null) return rows;
      return rows.map((r) => ({ ...r, orderId: orderOf(t, r.orderId),
        materialId: r.partNum === null ? null : t.materials.has(trimKey(r.partNum)) ? t.materials.get(trimKey(r.partNum))! : undefined }));
    };
  }
  return {
    // Object.create keeps the port's own properties and getters live (a spread would copy them once).
    source: Object.assign(Object.create(source) as MesSource, translated),
    sync: async (o: { keys?: boolean } = {}) => {
      const [a, b] = await Promise.allSettled([(async () => identity.publish(await source.equipmentList()))(), o.keys === false ? Promise.resolve() : syncKeys()]);
      if (a.status === 'rejected') throw a.reason;
      if (b.status === 'rejected') throw b.reason;
    },
  };
}
