import type { DeclaredField, FieldType, ObservedEntity, ObservedField, SourceContract } from '../../../common/index.ts';

/**
 * What this adapter reads from the CMMS REST API, as API version 2023-01-15 defines it (OpenAPI component schemas).
 * The schema watch compares it with the OpenAPI document the CMMS serves and its X-Api-Version; vocabulary changes
 * are read through the declared value maps: 2024-06-01 says COMPLETED for DONE and sends priority as a name.
 * Nested objects (failure, customFields) are declared whole; zod (wire.ts) checks their insides. A property with
 * `feeds` degrades those canonical fields (null + SCHEMA_FIELD_UNMAPPED) when it is gone and nothing can carry it;
 * the record is still served. One without (ids, keys, statuses and times the adapter filters on) fails the read.
 */
const f = (name: string, type: FieldType, extra: Omit<DeclaredField, 'name' | 'type'> = {}): DeclaredField => ({ name, type, ...extra });
const S = 'string', N = 'number', I = 'integer', DT = 'datetime', O = 'object';
const PA = (x: string): string => `PhysicalAsset.${x}`;
const WO = (x: string): string => `MaintenanceWorkOrder.${x}`;

export const cmmsContract: SourceContract = {
  system: 'CMMS',
  entities: [
    {
      entity: 'Asset', fields: [f('id', S), f('assetTag', S, { feeds: [PA('assetTag')] }), f('name', S, { feeds: [PA('name')] }),
        f('serialNumber', S, { feeds: [PA('serialNumber')] }), f('manufacturer', S, { feeds: [PA('manufacturer')] }), f('model', S, { feeds: [PA('model')] }),
        f('criticality', S, { values: ['A', 'B', 'C'], feeds: [PA('criticality')] }), f('locationId', S), f('status', S, { values: ['active', 'down', 'retired'] }),
        f('installedAt', DT), f('retiredAt', DT), f('updatedAt', DT), f('customFields', O)],
    },
    {
      entity: 'WorkOrder', fields: [f('id', S), f('number', S, { feeds: [WO('number')] }), f('title', S, { feeds: [WO('title')] }), f('description', S, { feeds: [WO('description')] }),
        f('type', S, { values: ['CORRECTIVE', 'PREVENTIVE', 'INSPECTION', 'CALIBRATION'], feeds: [WO('type')] }),
        f('status', S, { values: ['OPEN', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED'], valueMap: { COMPLETED: 'DONE' } }),
        // 0 low … 3 urgent; vendors that moved to names use these (none/normal/critical are common synonyms).
        f('priority', I, { valueMap: { none: 0, low: 0, medium: 1, normal: 1, high: 2, urgent: 3, critical: 3 }, feeds: [WO('priority')] }),
        f('assetId', S), f('failure', O, { feeds: [WO('failure')] }), f('reportedAt', DT), f('reportedAtEpoch', I), f('startedAt', DT, { feeds: [WO('startedAt')] }),
        f('completedAt', DT, { feeds: [WO('completedAt')] }), f('downtimeMinutes', N, { feeds: [WO('downtimeMinutes')] }),
        f('laborHours', N, { feeds: [WO('laborHours')] }), f('updatedAt', DT)],
    },
    { entity: 'Meter', fields: [f('id', S), f('assetId', S), f('name', S), f('kind', S, { values: ['cumulative', 'gauge'] }), f('unit', S), f('rolloverAt', N)] },
    { entity: 'Reading', fields: [f('meterId', S), f('value', N), f('unit', S), f('readingAt', DT), f('source', S, { values: ['manual', 'sensor'] })] },
    { entity: 'PmSchedule', fields: [f('id', S), f('assetId', S), f('title', S), f('intervalDays', I), f('nextDueAt', DT)] },
  ],
};

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An OpenAPI 3.x schema's type (first non-null of a type list / oneOf / anyOf; `$ref`s resolved one level at a time). */
function schemaType(s: Json, resolve: (ref: string) => Json | undefined): { type: FieldType; node: Json } {
  if (typeof s['$ref'] === 'string') {
    const r = resolve(s['$ref']);
    return r === undefined ? { type: 'unknown', node: s } : schemaType(r, resolve);
  }
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    const alts = s[k];
    if (Array.isArray(alts)) {
      const picked = alts.filter(isObj).find((a) => a['type'] !== 'null');
      if (picked !== undefined) return schemaType(picked, resolve);
    }
  }
  const t = Array.isArray(s['type']) ? (s['type'] as unknown[]).find((x) => x !== 'null') : s['type'];
  switch (t) {
    case 'string': return { type: s['format'] === 'date-time' ? 'datetime' : s['format'] === 'date' ? 'date' : 'string', node: s };
    case 'integer': return { type: 'integer', node: s };
    case 'number': return { type: 'number', node: s };
    case 'boolean': return { type: 'boolean', node: s };
    case 'object': case 'array': return { type: 'object', node: s };
    default: return { type: isObj(s['properties']) ? 'object' : 'unknown', node: s };
  }
}

/**
 * The contract's entities as the OpenAPI document's `components.schemas` define them, flattened to field paths
 * (`customFields/erpResourceId`), with enums as declared vocabularies. An entity the document lacks comes back with
 * no fields (gone). Hand-written because the only need is this flattening, not validation or code generation.
 */
export function openApiEntities(doc: unknown, entities: readonly string[]): ObservedEntity[] {
  const schemas = isObj(doc) && isObj(doc['components']) && isObj(doc['components']['schemas']) ? doc['components']['schemas'] : {};
  const resolve = (ref: string): Json | undefined => {
    const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
    const s = m === null ? undefined : schemas[m[1] ?? ''];
    return isObj(s) ? s : undefined;
  };
  function flatten(props: Json, prefix: string, depth: number): ObservedField[] {
    const out: ObservedField[] = [];
    for (const [name, raw] of Object.entries(props)) {
      if (!isObj(raw)) continue;
      const { type, node } = schemaType(raw, resolve);
      const values = Array.isArray(node['enum']) ? (node['enum'] as unknown[]).filter((v) => v !== null).map(String) : undefined;
      out.push(values === undefined ? { name: `${prefix}${name}`, type } : { name: `${prefix}${name}`, type, values });
      if (type === 'object' && isObj(node['properties']) && depth < 3) out.push(...flatten(node['properties'], `${prefix}${name}/`, depth + 1));
    }
    return out;
  }
  return entities.map((entity) => {
    const s = schemas[entity];
    return { entity, fields: isObj(s) && isObj(s['properties']) ? flatten(s['properties'], '', 0) : [] };
  });
}
