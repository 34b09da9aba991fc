import soap from 'soap';
import type { GraphQLError } from 'graphql';
import { carryFreshness, carryUnmapped, Code, createMemoryStore, createSchemaWatcher, createUpstreamGuard, hasUnmappedMarks, plantError } from '../../../common/index.ts';
import type { DurableStore, Fingerprint, Logger, ReadCache, SchemaWatcher, UpstreamGuard } from '../../../common/index.ts';
import { mesContract, wsdlEntities } from './contract.ts';
import { packSamples, unpackSamples } from './sample-block.ts';
import type { MesConfig } from '../config.ts';
import { localNaiveToUtc, resolveMesSequence, utcToLocalNaive } from './local-time.ts';
import type { MesTime } from './local-time.ts';
import type {
  MesEquipment, MesMeasurementRow, MesWorkOrderRow, MesProductionRow, MesSampleRow, MesServerInfo, MesSource, MesStateRow, MesTag, OpcReading, TimeFlags,
} from './types.ts';

const shopFloorNs = 'http://plantgraph.example/mes/ShopFloor/';
const maxPages = 10_000;

// ---- node-soap output normalisation (DOMAIN §3 pitfalls): attributes under `attributes`, text under
// `$value`, single `maxOccurs=unbounded` elements not arrays, untyped values as strings. ----

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Always an array: undefined/null → [], one element → [it]. */
export function asArray(x: unknown): unknown[] {
  if (x === undefined || x === null) return [];
  return Array.isArray(x) ? x : [x];
}
/** Text content: strings, numbers, booleans, `{ $value }`; null when absent or nil. */
export function asText(x: unknown): string | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (x instanceof Date) return x.toISOString();
  if (isNode(x) && '$value' in x) return asText(x['$value']);
  return null; // an element with only attributes or children has no text
}
function badResponse(op: string, field: string): GraphQLError {
  return plantError(Code.MES_BAD_RESPONSE, `MES ${op} answered without a readable ${field}`, { source: 'MES', retryable: false, detail: { field } });
}
/**
 * Items projected onto the contract carry the declared elements the schema watch cannot map but may degrade (they
 * feed canonical fields, which are marked on the domain object): a required reader answers a placeholder for those
 * instead of failing the record; the placeholder never reaches a caller, the marked field answers its error.
 */
const degradedOf = new WeakMap<object, ReadonlySet<string>>();
const isDegraded = (row: Node, name: string): boolean => degradedOf.get(row)?.has(name) ?? false;
function reqText(row: Node, op: string, ...names: string[]): string {
  for (const n of names) { const t = asText(row[n]); if (t !== null) return t; }
  if (isDegraded(row, names[0]!)) return '';
  throw badResponse(op, names.join('|'));
}
function optText(row: Node, ...names: string[]): string | null {
  for (const n of names) { const t = asText(row[n]); if (t !== null && t.trim() !== '') return t; }
  return null;
}
function reqNum(row: Node, op: string, ...names: string[]): number {
  if (names.every((n) => asText(row[n]) === null) && isDegraded(row, names[0]!)) return 0;
  const t = reqText(row, op, ...names).trim();
  const x = Number(t);
  if (t === '' || !Number.isFinite(x)) throw badResponse(op, names.join('|'));
  return x;
}
function optNum(row: Node, ...names: string[]): number | null {
  const t = optText(row, ...names);
  if (t === null) return null;
  const x = Number(t.trim());
  return Number.isFinite(x) ? x : null;
}

/** Canonical equipment id from the MES alias: trimmed, upper-cased; null when blank or not an id-shaped string. */
export function canonicalEquipmentId(alias: string): string | null {
  const s = alias.trim().toUpperCase();
  // Heuristic shape check: ERP ResourceIDs are letters/digits joined by '-', e.g. PRESS-04. Anything else is not trusted.
  return /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(s) ? s : null;
}

// ---- error translation at the boundary ----

interface SoapishError {
  code?: unknown; message?: unknown;
  response?: { status?: unknown };
  root?: { Envelope?: { Body?: { Fault?: { faultcode?: unknown; faultstring?: unknown; detail?: unknown } } } };
}
/** Driver error → coded GraphQLError. Messages never carry envelopes, URLs or stacks. */
export function translateSoapError(op: string, e: unknown): GraphQLError {
  const err = (typeof e === 'object' && e !== null ? e : {}) as SoapishError;
  const f = err.root?.Envelope?.Body?.Fault;
  if (f !== undefined) {
    const detail = isNode(f.detail) ? f.detail : {};
    const errorCode = asText(detail['ErrorCode']) ?? asText(f.faultcode) ?? 'unknown';
    const kind = String(asText(f.faultcode) ?? '').replace(/^.*:/, '');
    if (errorCode.startsWith('MES-1001')) return plantError(Code.MES_AUTH_FAILED, `MES refused the credentials for ${op}`, { source: 'MES', retryable: false, detail: { errorCode } }, e);
    if (errorCode.startsWith('MES-9001')) return plantError(Code.MES_BUSY, `MES is busy (${op})`, { source: 'MES', retryable: true, detail: { errorCode } }, e);
    return plantError(Code.MES_SOAP_FAULT, `MES answered ${op} with a SOAP Fault ${errorCode}`, { source: 'MES', retryable: kind === 'Server', detail: { errorCode } }, e);
  }
  const code = typeof err.code === 'string' ? err.code : '';
  const msg = typeof err.message === 'string' ? err.message : '';
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(msg)) return plantError(Code.MES_TIMEOUT, `MES ${op} timed out`, { source: 'MES', retryable: true }, e);
  if (['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'ERR_NETWORK'].includes(code)) return plantError(Code.MES_UNAVAILABLE, `MES unreachable (${op})`, { source: 'MES', retryable: true }, e);
  const status = typeof err.response?.status === 'number' ? err.response.status : null;
  if (status === 401 || status === 403) return plantError(Code.MES_AUTH_FAILED, `MES refused the request for ${op} (HTTP ${status})`, { source: 'MES', retryable: false, detail: { status } }, e);
  if (status !== null && status >= 400) return plantError(Code.MES_UNAVAILABLE, `MES answered ${op} with HTTP ${status}`, { source: 'MES', retryable: status >= 500, detail: { status } }, e);
  return plantError(Code.MES_BAD_RESPONSE, `MES answered ${op} with an unreadable response`, { source: 'MES', retryable: true }, e);
}

/**
 * node-soap's HTTP client with two refusals BEFORE any XML parser sees the body:
 * - bodies over `maxBytes` (axios aborts the download at maxContentLength; the length check is a backstop);
 * - any DOCTYPE or ENTITY declaration. A SOAP 1.1 message must not contain a DTD (WS-I Basic Profile R1008),
 *   and a DTD is what XXE (`<!ENTITY x SYSTEM "file:///etc/passwd">`) and entity expansion ("billion laughs")
 *   need. What node-soap 1.13 does on its own (checked against the simulator's `xxe`/`entityExpansion` modes):
 *   `handleResponse` cuts everything before `<soap:Envelope` (so the DTD is dropped, never resolved or expanded),
 *   then its strict sax parser stops at the now-undeclared `&x;` and reports a pseudo-Fault "Invalid XML" with
 *   faultcode 500, which reads like an MES SOAP Fault. Refusing the declaration here is explicit, does not depend
 *   on that regex, and gives a clear code. Heuristic side effect: the same text inside CDATA is refused too.
 * Both become MES_BAD_RESPONSE (not retryable): the same request would get the same body.
 * The check sits in `handleResponse`, which sees the raw body (`request`'s callback only sees the trimmed one);
 * it cannot throw there (node-soap would never call back), so it marks the response and `request` answers the error.
 */
class GuardedHttpClient extends soap.HttpClient {
  readonly maxBytes: number;
  readonly refused = new WeakMap<object, GraphQLError>();
  constructor(maxBytes: number) { super({}); this.maxBytes = maxBytes; }
  override handleResponse(req: Parameters<soap.HttpClient['handleResponse']>[0], res: Parameters<soap.HttpClient['handleResponse']>[1], body: unknown): unknown {
    const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
    if (Buffer.byteLength(text, 'utf8') > this.maxBytes) { this.refused.set(res, hostile('oversized', `larger than ${this.maxBytes} bytes`)); return ''; }
    if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) { this.refused.set(res, hostile('doctype', 'with a DOCTYPE/ENTITY declaration (refused unparsed)')); return ''; }
    return super.handleResponse(req, res, body);
  }
  override request(rurl: string, data: unknown, callback: (error: unknown, res?: unknown, body?: unknown) => unknown,
    exheaders?: soap.IHeaders, exoptions?: soap.IExOptions): ReturnType<soap.HttpClient['request']> {
    const max = this.maxBytes;
    return super.request(rurl, data, (err: unknown, res?: unknown, body?: unknown) => {
      if (err !== null && err !== undefined) {
        const msg = (err as { message?: unknown }).message;
        if (typeof msg === 'string' && /maxContentLength/i.test(msg)) return callback(hostile('oversized', `larger than ${max} bytes`));
        return callback(err, res, body);
      }
      const refused = typeof res === 'object' && res !== null ? this.refused.get(res) : undefined;
      if (refused !== undefined) return callback(refused);
      return callback(null, res, body);
    }, exheaders, { ...exoptions, maxContentLength: max, maxBodyLength: Infinity, maxRedirects: 0 });
  }
}
function hostile(refused: string, what: string): GraphQLError {
  return plantError(Code.MES_BAD_RESPONSE, `MES answered ${what}`, { source: 'MES', retryable: false, detail: { refused } });
}

type Client = soap.Client;
type CallFn = (args: unknown, options: unknown) => Promise<[unknown, ...unknown[]]>;

/**
 * The MES adapter: the only module importing `soap`. One client per WSDL per process (created lazily,
 * recreated after a failed creation); AuthHeader on every business call; paging until MoreData is false;
 * local naive times → UTC via the configured zone; reads through the shared cache; counts SOAP calls by op.
 * Reads every item through the schema watch (source/contract.ts): the WSDL the MES serves is fingerprinted before
 * the first call, every MES_SCHEMA_CHECK_INTERVAL_S and after a response that does not parse, and renamed or moved
 * elements are read where they are now. A response that does not fit the fingerprint re-fingerprints within the read
 * (readItems). An element with no mapping degrades the canonical fields it feeds (marked, SCHEMA_FIELD_UNMAPPED);
 * a key or time element with no mapping is MES_BAD_RESPONSE naming it.
 */
export function createSoapMesSource(cfg: Readonly<MesConfig>, deps: { logger: Logger; cache: ReadCache; guard?: UpstreamGuard; store?: DurableStore }): MesSource {
  const { logger } = deps;
  const guard = deps.guard ?? createUpstreamGuard('MES', cfg.resilience, { logger });
  const httpClient = new GuardedHttpClient(cfg.maxResponseBytes);
  // Every read goes through the cache with stale-if-error: a failed refresh serves the last good rows, marked stale.
  const cache = {
    read: <T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> => deps.cache.read(key, ttl, () => load().catch((e: unknown) => {
      // A response that does not parse may be a vendor upgrade: fingerprint the WSDL again (rate-limited).
      if ((e as { extensions?: { code?: unknown } }).extensions?.code === Code.MES_BAD_RESPONSE) schema.recheckAfterError();
      throw e;
    }), {
      staleMaxAgeSeconds: cfg.staleMaxAgeS,
      onStale: ({ ageMs, error }) => logger.warn({ source: 'MES', op: key.split(':')[0] ?? key, ageMs, code: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'unknown') }, 'MES read failed; serving the last good value (stale)'),
    }),
  };
  const zone = cfg.siteTimeZone;
  let byOp: Record<string, number> = {};
  const clients = new Map<string, Promise<Client>>();
  const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function client(url: string, withAuth: boolean): Promise<Client> {
    let p = clients.get(url);
    if (p === undefined) {
      // Keep dates as the text the MES sent: node-soap's Date parsing would read naive local times in the
      // process's zone (the `useUTC` trap); we convert with the plant zone ourselves.
      p = soap.createClientAsync(url, {
        customDeserializer: { dateTime: (t: string) => t, date: (t: string) => t },
        wsdl_options: { timeout: cfg.timeoutMs, maxContentLength: cfg.maxResponseBytes },
        httpClient,
      } as soap.IOptions).then((c) => {
        if (withAuth) c.addSoapHeader(`<AuthHeader xmlns="${shopFloorNs}"><UserName>${xmlEsc(cfg.user)}</UserName><Password>${xmlEsc(cfg.password)}</Password></AuthHeader>`);
        return c;
      });
      p.catch(() => clients.delete(url));
      clients.set(url, p);
    }
    return p;
  }

  const schema: SchemaWatcher = createSchemaWatcher({
    contract: mesContract, store: deps.store ?? createMemoryStore(), logger, subgraph: 'mes', intervalMs: cfg.schemaCheckIntervalS * 1000,
    fingerprint: async (): Promise<Fingerprint> => {
      const started = Date.now();
      let wsdl: string;
      try {
        const res = await fetch(cfg.wsdlUrl, { signal: AbortSignal.timeout(cfg.timeoutMs) });
        if (!res.ok) throw plantError(Code.MES_UNAVAILABLE, `MES WSDL answered HTTP ${res.status}`, { source: 'MES', retryable: true, detail: { status: res.status } });
        wsdl = await res.text();
      } catch (e: unknown) {
        throw (e as { extensions?: unknown }).extensions !== undefined ? e : translateSoapError('WSDL', e);
      }
      if (Buffer.byteLength(wsdl, 'utf8') > cfg.maxResponseBytes) throw hostile('oversized', `a WSDL larger than ${cfg.maxResponseBytes} bytes`);
      logger.info({ source: 'MES', op: 'WSDL', ms: Date.now() - started, outcome: 'ok' }, 'upstream call');
      // The version comes from the WSDL's schema (xs:schema/@version, which the MES sets to what GetServerInfo
      // reports): one fetch, and no SOAP call that would count against the MES's business operations.
      const { version, entities } = wsdlEntities(wsdl, mesContract.entities.map((e) => e.entity));
      // A WSDL declaring none of the contract's item types is not "everything removed": no fingerprint, keep the mapping.
      if (entities.every((e) => e.fields.length === 0)) throw badResponse('WSDL', 'types');
      return { system: 'MES', version, entities };
    },
  });
  let startupCheck: Promise<unknown> | null = null;
  const declaredFields = new Map(mesContract.entities.map((e) => [e.entity, e.fields.map((f) => f.name)]));
  /** Items with their declared element names, read through the remap (absent when unmapped or not sent). */
  const project = (entity: string, rows: readonly Node[]): Node[] => {
    const degradable = schema.degradable(entity);
    const degraded = degradable.length === 0 ? null : new Set(degradable.map((f) => f.name));
    return rows.map((row) => {
      const out: Node = {};
      for (const name of declaredFields.get(entity) ?? []) out[name] = schema.read(entity, row, name);
      if (degraded !== null) degradedOf.set(out, degraded);
      return out;
    });
  };
  /** The domain object built from one item, with the canonical fields its unmappable elements feed marked. */
  const mark = <T extends object>(entity: string, out: T): T => schema.markDegraded(entity, out);
  const isContractError = (e: unknown): boolean => (e as { extensions?: { code?: unknown } }).extensions?.code === Code.MES_BAD_RESPONSE;
  /**
   * Maps one response through the schema watch: a response that does not fit the fingerprinted WSDL (an unknown
   * element, a scalar become complex) or fails to map re-fingerprints within this read and is mapped again, so the
   * first read after an unannounced upgrade answers as before.
   */
  const readItems = <T>(entity: string, rows: readonly Node[], map: () => T): Promise<T> => schema.readResponse(entity, rows, map, isContractError);

  /** One SOAP call under the guard (bulkhead, breaker, retries of retryable failures such as MES_BUSY), after the start-up fingerprint. */
  async function call(url: string, op: string, args: unknown, withAuth = true): Promise<Node> {
    if (startupCheck === null) startupCheck = schema.check('startup');
    await startupCheck;
    return guard.run(op, () => callOnce(url, op, args, withAuth));
  }

  async function callOnce(url: string, op: string, args: unknown, withAuth: boolean): Promise<Node> {
    const started = Date.now();
    byOp[op] = (byOp[op] ?? 0) + 1;
    try {
      const c = await client(url, withAuth);
      const fn = (c as unknown as Record<string, CallFn | undefined>)[`${op}Async`];
      if (fn === undefined) throw plantError(Code.MES_BAD_RESPONSE, `MES WSDL has no operation ${op}`, { source: 'MES', retryable: false });
      const [result] = await fn.call(c, args, { timeout: cfg.timeoutMs });
      if (!isNode(result)) throw badResponse(op, 'body');
      logger.info({ source: 'MES', op, ms: Date.now() - started, outcome: 'ok' }, 'upstream call');
      return result;
    } catch (e: unknown) {
      const ge = (e as { extensions?: { code?: unknown } }).extensions?.code !== undefined ? (e as GraphQLError) : translateSoapError(op, e);
      logger.info({ source: 'MES', op, ms: Date.now() - started, outcome: 'error', code: String(ge.extensions['code']) }, 'upstream call');
      throw ge;
    }
  }

  /** Calls a paged business op until MoreData is false; returns the concatenated item rows. */
  async function paged(op: string, args: Node, resultKey: string, itemKey: string): Promise<Node[]> {
    const rows: Node[] = [];
    for (let pageIndex = 0; pageIndex < maxPages; pageIndex++) {
      const res = await call(cfg.wsdlUrl, op, { ...args, pageIndex, pageSize: cfg.pageSize });
      const r = res[resultKey];
      if (!isNode(r)) throw badResponse(op, resultKey);
      const items = isNode(r['Items']) ? asArray(r['Items'][itemKey]) : [];
      for (const it of items) { if (!isNode(it)) throw badResponse(op, itemKey); rows.push(it); }
      if (rows.length > cfg.maxRows) {
        throw plantError(Code.MES_BAD_RESPONSE, `MES ${op} returned more than ${cfg.maxRows} rows`, { source: 'MES', retryable: false, detail: { maxRows: cfg.maxRows } });
      }
      const more = asText(r['MoreData']);
      if (more === null) throw badResponse(op, 'MoreData');
      if (more.trim().toLowerCase() !== 'true') return rows;
    }
    throw badResponse(op, 'MoreData (never false)');
  }

  function time(op: string, row: Node, ...names: string[]): MesTime {
    const t = localNaiveToUtc(reqText(row, op, ...names), zone);
    if (t === null) throw badResponse(op, names.join('|'));
    return t;
  }
  /**
   * The given time fields of rows that one machine (or one machine's tag) wrote in time order, resolved as a
   * sequence per group (normalization's resolveLocalSequence): an overlap time that would run backwards takes its
   * later instant. Returns, per row, the resolved times in field order and whether the sequence decided one.
   */
  function sequenceTimes(op: string, rows: readonly Node[], group: (r: Node) => string, fields: readonly string[]): { times: MesTime[]; decided: boolean }[] {
    const out: { times: MesTime[]; decided: boolean }[] = new Array(rows.length);
    const groups = new Map<string, number[]>();
    rows.forEach((r, i) => { const g = group(r); const l = groups.get(g); if (l === undefined) groups.set(g, [i]); else l.push(i); });
    for (const idx of groups.values()) {
      const texts = idx.flatMap((i) => fields.map((f) => reqText(rows[i]!, op, f)));
      const resolved = resolveMesSequence(texts, zone);
      idx.forEach((rowIndex, k) => {
        const times = fields.map((f, j) => {
          const t = resolved[k * fields.length + j];
          if (t === null || t === undefined) throw badResponse(op, f);
          return t;
        });
        // Decided by the sequence: the text alone is ambiguous, the resolved time is not.
        const decided = times.some((t, j) => !t.ambiguous && (localNaiveToUtc(texts[k * fields.length + j]!, zone)?.ambiguous ?? false));
        out[rowIndex] = { times, decided };
      });
    }
    return out;
  }
  const flagsOf = (named: Readonly<Record<string, MesTime>>, sequenceResolved = false): TimeFlags => ({
    ambiguous: Object.fromEntries(Object.entries(named).map(([k, t]) => [k, t.ambiguous])),
    gap: Object.fromEntries(Object.entries(named).map(([k, t]) => [k, t.shiftedFromGap])),
    gapShifted: Object.values(named).some((t) => t.shiftedFromGap), sequenceResolved,
  });
  const local = (ms: number): string => utcToLocalNaive(ms, zone);
  const mesArg = (mesCode: string | null): string => mesCode ?? '';

  return {
    serverInfo: () => cache.read('serverInfo', 0, async () => {
      const op = 'GetServerInfo';
      const raw = (await call(cfg.wsdlUrl, op, {}, true))['GetServerInfoResult'];
      if (!isNode(raw)) throw badResponse(op, 'GetServerInfoResult');
      return readItems('ServerInfo', [raw], () => {
        const r = project('ServerInfo', [raw])[0]!;
        return mark('ServerInfo', { serverTimeMs: time(op, r, 'ServerTime').ms, version: reqText(r, op, 'Version'), timeZone: reqText(r, op, 'TimeZoneName'), siteCode: reqText(r, op, 'SiteCode') } satisfies MesServerInfo);
      });
    }),

    equipmentList: () => cache.read(`equipment:${cfg.siteCode}`, cfg.cacheTtlMasterS, async () => {
      const op = 'GetEquipmentList';
      const items = await paged(op, { siteCode: cfg.siteCode }, 'GetEquipmentListResult', 'Equipment');
      return readItems('Equipment', items, () => {
      const rows = project('Equipment', items);
      const descriptionOf = new Map(rows.map((r) => [optText(r, 'Id', 'Code')?.trim() ?? '', optText(r, 'Description')]));
      return rows.filter((r) => asText(r['Level'])?.trim().toUpperCase() === 'MACHINE').map((r): MesEquipment => {
        const alias = asText(r['ErpResourceCode']) ?? '';
        const tags = isNode(r['Tags']) ? project('Tag', asArray(r['Tags']['Tag']).filter(isNode)).map((t): MesTag => mark('Tag', {
          tag: reqText(t, op, 'Name').trim(), name: optText(t, 'Description') ?? reqText(t, op, 'Name').trim(),
          kind: asText(t['Kind'])?.trim().toUpperCase() === 'QC' ? 'QC' : 'PV',
          sourceUnit: optText(t, 'Unit'), nominal: optNum(t, 'Nominal'), lsl: optNum(t, 'LSL'), usl: optNum(t, 'USL'),
        })) : [];
        return mark('Equipment', { mesCode: reqText(r, op, 'Code', 'Id').trim(), equipmentId: canonicalEquipmentId(alias), erpAliasRaw: alias,
          parentId: optText(r, 'ParentId'), parentDescription: descriptionOf.get(optText(r, 'ParentId')?.trim() ?? '') ?? null, level: 'MACHINE', description: optText(r, 'Description') ?? '', opcPath: optText(r, 'OpcPath'), tags });
      });
      });
    }),

    stateHistory: (mesCode, fromMs, toMs) => cache.read(`states:${mesArg(mesCode)}:${fromMs}:${toMs}`, cfg.cacheTtlTransactionalS, async () => {
      const op = 'GetEquipmentStateHistory';
      const items = await paged(op, { equipmentId: mesArg(mesCode), from: local(fromMs), to: local(toMs) }, 'GetEquipmentStateHistoryResult', 'StateInterval');
      return readItems('StateInterval', items, () => {
        const rows = project('StateInterval', items);
        const seq = sequenceTimes(op, rows, (r) => reqText(r, op, 'EquipmentId').trim(), ['StartTime', 'EndTime']);
        return rows.map((r, i): MesStateRow => {
          const { times: [s, e], decided } = seq[i]!;
          const reasonText = asText(r['Reason']);
          return mark('StateInterval', { mesCode: reqText(r, op, 'EquipmentId').trim(), stateCode: optNum(r, 'StateCode'), stateName: optText(r, 'StateName') ?? '',
            reasonText: reasonText === null || reasonText.trim() === '' ? null : reasonText, startMs: s!.ms, endMs: e!.ms, ambiguous: s!.ambiguous || e!.ambiguous,
            timeFlags: flagsOf({ start: s!, end: e! }, decided) });
        });
      });
    }),

    productionRecords: (mesCode, fromMs, toMs) => cache.read(`production:${mesArg(mesCode)}:${fromMs}:${toMs}`, cfg.cacheTtlTransactionalS, async () => {
      const op = 'GetProductionRecords';
      const items = await paged(op, { equipmentId: mesArg(mesCode), from: local(fromMs), to: local(toMs) }, 'GetProductionRecordsResult', 'ProductionRecord');
      return readItems('ProductionRecord', items, () => project('ProductionRecord', items).map((r): MesProductionRow => {
        const start = time(op, r, 'StartTime'), end = time(op, r, 'EndTime'), recorded = time(op, r, 'RecordedAt');
        return mark('ProductionRecord', {
          recordId: reqText(r, op, 'RecordId').trim(), revision: reqNum(r, op, 'Revision'), mesCode: reqText(r, op, 'EquipmentId').trim(),
          workOrder: reqText(r, op, 'WorkOrder').trim(),
          goodSource: reqNum(r, op, 'GoodQty'), rejectSource: reqNum(r, op, 'RejectQty'),
          uom: reqText(r, op, 'UoM'), perCount: optNum(r, 'PartsPerStroke') ?? 1, rejectReason: optText(r, 'RejectReason'),
          startMs: start.ms, endMs: end.ms, recordedMs: recorded.ms, timeFlags: flagsOf({ start, end, recorded }),
        });
      }));
    }),

    // Kept packed in the cache (sample-block.ts): sample windows are most of what it holds.
    processSamples: (mesCode, tags, fromMs, toMs, intervalSec) => cache.read(`samples:${mesCode}:${[...tags].sort().join(',')}:${fromMs}:${toMs}:${intervalSec}`, cfg.cacheTtlTransactionalS, async () => {
      const op = 'GetProcessSamples';
      const items = await paged(op, { equipmentId: mesCode, tags: { string: [...tags] }, from: local(fromMs), to: local(toMs), intervalSec }, 'GetProcessSamplesResult', 'Sample');
      return readItems('Sample', items, () => {
        const rows = project('Sample', items);
        const seq = sequenceTimes(op, rows, (r) => `${reqText(r, op, 'EquipmentId').trim()}\u0000${reqText(r, op, 'Tag').trim()}`, ['Time']);
        // One mark for the whole block: every sample of a response lacks the same elements.
        return mark('Sample', packSamples(rows.map((r, i): MesSampleRow => {
          const { times: [t], decided } = seq[i]!;
          return {
            mesCode: reqText(r, op, 'EquipmentId').trim(), tag: reqText(r, op, 'Tag').trim(), timeMs: t!.ms,
            sourceValue: asText(r['Value']) ?? '', sourceUnit: asText(r['Unit']) ?? '', quality: asText(r['Quality']) ?? 'UNKNOWN',
            timeFlags: flagsOf({ time: t! }, decided),
          };
        })));
      });
    }).then((block) => {
      const rows = carryFreshness(block, unpackSamples(block));
      if (hasUnmappedMarks(block)) for (const r of rows) carryUnmapped(block, r);
      return rows;
    }),

    qualityMeasurements: (mesCode, fromMs, toMs) => cache.read(`quality:${mesArg(mesCode)}:${fromMs}:${toMs}`, cfg.cacheTtlTransactionalS, async () => {
      const op = 'GetQualityMeasurements';
      const items = await paged(op, { workOrder: '', equipmentId: mesArg(mesCode), from: local(fromMs), to: local(toMs) }, 'GetQualityMeasurementsResult', 'Measurement');
      return readItems('Measurement', items, () => project('Measurement', items).map((r): MesMeasurementRow => mark('Measurement', {
        measurementId: reqText(r, op, 'MeasurementId').trim(), mesCode: reqText(r, op, 'EquipmentId').trim(), workOrder: reqText(r, op, 'WorkOrder').trim(),
        tag: reqText(r, op, 'Characteristic').trim(), sourceValue: asText(r['Value']) ?? '', sourceUnit: asText(r['Unit']) ?? '', timeMs: time(op, r, 'MeasuredAt').ms,
      })));
    }),

    workOrders: (fromMs, toMs) => cache.read(`workOrders:${fromMs}:${toMs}`, cfg.cacheTtlMasterS, async () => {
      const op = 'GetWorkOrders';
      const rows = project('WorkOrder', await paged(op, { from: local(fromMs), to: local(toMs), status: '' }, 'GetWorkOrdersResult', 'WorkOrder'));
      return rows.map((r): MesWorkOrderRow => {
        const part = optText(r, 'PartNum'), code = optText(r, 'EquipmentId');
        return { orderId: reqText(r, op, 'OrderId'), jobNum: optText(r, 'JobNum') ?? '', operSeq: optNum(r, 'OperSeq'),
          partNum: part === null || part.trim() === '' ? null : part, mesCode: code === null || code.trim() === '' ? null : code.trim() };
      });
    }),

    // Keyed in request order: the answer is positional.
    readCurrent: (itemPaths) => cache.read(`opc:${itemPaths.join('|')}`, cfg.cacheTtlCurrentS, async () => {
      const op = 'Read';
      const res = await call(cfg.opcWsdlUrl, op, {
        Options: { attributes: { ReturnErrorText: true, ReturnItemTime: true } },
        ItemList: { Items: itemPaths.map((p, i) => ({ attributes: { ItemName: p, ClientItemHandle: String(i) } })) },
      }, false);
      const list = res['RItemList'];
      const items = isNode(list) ? asArray(list['Items']).filter(isNode) : [];
      const byHandle = new Map<string, Node>();
      for (const it of items) {
        const a = isNode(it['attributes']) ? it['attributes'] : {};
        byHandle.set(asText(a['ClientItemHandle']) ?? asText(a['ItemName']) ?? '', it);
      }
      return itemPaths.map((p, i): OpcReading => {
        const it = byHandle.get(String(i)) ?? byHandle.get(p);
        if (it === undefined) return { itemPath: p, value: null, quality: null, timeMs: null, resultId: 'E_MISSING' };
        const a = isNode(it['attributes']) ? it['attributes'] : {};
        const resultId = asText(a['ResultID']);
        const q = isNode(it['Quality']) && isNode(it['Quality']['attributes']) ? asText(it['Quality']['attributes']['QualityField']) : null;
        const vt = asText(it['Value']);
        const v = vt === null ? null : Number(vt);
        const ts = asText(a['Timestamp']);
        return { itemPath: p, value: v !== null && Number.isFinite(v) ? v : null, quality: resultId !== null && q === null ? null : (q ?? 'good'),
          timeMs: ts === null ? null : (localNaiveToUtc(ts, zone)?.ms ?? null), resultId: resultId !== null && /^E_/.test(resultId.replace(/^.*:/, '')) ? resultId.replace(/^.*:/, '') : null };
      });
    }),

    schema,
    stats: () => ({ calls: Object.values(byOp).reduce((a, b) => a + b, 0), byOp: { ...byOp }, cache: deps.cache.stats(), guard: { breaker: guard.breakerState(), ...guard.stats() }, schemaChanges: schema.changesRecorded() }),
    resetStats: () => { byOp = {}; },
    close: async () => { schema.close(); clients.clear(); if (deps.guard === undefined) guard.close(); },
  };
}
