import { XMLParser } from 'fast-xml-parser';
import type { DeclaredField, FieldType, ObservedEntity, ObservedField, SourceContract } from '../../../common/index.ts';

/**
 * What this adapter reads from the ShopFloorService: the item types of its responses (WSDL complexTypes) and their
 * elements, as in the v1 WSDL. The schema watch compares it with the WSDL the MES serves now and remaps what a
 * vendor upgrade renamed (GoodQty → QtyGood) or moved (ErpResourceCode → ExternalRefs/ErpCode, Reason → Reason/Text).
 * Paths inside an item join element names with '/'. An element with `feeds` degrades those canonical fields
 * (null + SCHEMA_FIELD_UNMAPPED) when it is gone and nothing can carry it; the record is still served. An element
 * without (keys, times, the crosswalk reference, the server clock) cannot be done without: its loss fails the read
 * as MES_BAD_RESPONSE naming it.
 */
const f = (name: string, type: FieldType, ...feeds: string[]): DeclaredField => (feeds.length === 0 ? { name, type } : { name, type, feeds });
const S = 'string', N = 'number', I = 'integer', DT = 'datetime';
const PR = (x: string) => `ProductionRecord.${x}`;
const SI = (x: string) => `EquipmentStateInterval.${x}`;
const PV = (x: string) => `ProcessVariable.${x}`;
const QC = (x: string) => `QualityCharacteristic.${x}`;

export const mesContract: SourceContract = {
  system: 'MES',
  entities: [
    { entity: 'ServerInfo', fields: [f('ServerTime', DT), f('Version', S, 'MesServerInfo.version'), f('TimeZoneName', S, 'MesServerInfo.timeZone'), f('SiteCode', S, 'MesServerInfo.siteCode')] },
    { entity: 'Equipment', fields: [f('Id', S), f('ParentId', S), f('Level', S), f('Code', S), f('Description', S), f('ErpResourceCode', S), f('OpcPath', S, PV('currentValue')), f('Tags', 'object')] },
    {
      entity: 'Tag', fields: [f('Name', S), f('Description', S, PV('name'), QC('name')), f('Kind', S), f('Unit', S, PV('unit'), PV('sourceUnit'), QC('unit'), QC('sourceUnit')),
        f('Nominal', N, QC('nominal')), f('LSL', N, PV('lowerSpecLimit'), QC('lsl')), f('USL', N, PV('upperSpecLimit'), QC('usl'))],
    },
    {
      entity: 'StateInterval', fields: [f('EquipmentId', S), f('StateCode', I, SI('state'), SI('sourceState')), f('StateName', S, SI('sourceState')),
        f('Reason', S, SI('reasonText'), SI('reasonCode'), SI('lossCategory'), SI('reasonConfidence')), f('StartTime', DT), f('EndTime', DT)],
    },
    {
      entity: 'ProductionRecord', fields: [f('RecordId', I), f('Revision', I), f('EquipmentId', S), f('WorkOrder', S, PR('productionOrder'), PR('operationSequence')),
        f('GoodQty', N, PR('goodQuantity')), f('RejectQty', N, PR('scrapQuantity')), f('RejectReason', S, PR('rejectReasonText'), PR('rejectReason'), PR('rejectReasonConfidence')),
        f('UoM', S, PR('goodQuantity'), PR('scrapQuantity')), f('PartsPerStroke', I, PR('goodQuantity'), PR('scrapQuantity')),
        f('StartTime', DT), f('EndTime', DT), f('RecordedAt', DT)],
    },
    {
      entity: 'Sample', fields: [f('EquipmentId', S), f('Tag', S), f('Time', DT), f('Value', S, 'ProcessSample.value', 'ProcessSample.sourceValue'),
        f('Unit', S, 'ProcessSample.value'), f('Quality', S, 'ProcessSample.quality', 'ProcessSample.value')],
    },
    {
      entity: 'Measurement', fields: [f('MeasurementId', I), f('EquipmentId', S), f('WorkOrder', S, 'QualityMeasurement.productionOrder'), f('Characteristic', S),
        f('Value', S, 'QualityMeasurement.value', 'QualityMeasurement.valueIn'), f('Unit', S, 'QualityMeasurement.value', 'QualityMeasurement.valueIn'), f('MeasuredAt', DT)],
    },
    { entity: 'WorkOrder', fields: [f('OrderId', S, 'ProductionOrder.mesMaterial'), f('JobNum', S), f('OperSeq', I), f('PartNum', S, 'ProductionOrder.mesMaterial'), f('EquipmentId', S)] },
  ],
};

/** XSD built-in type (without prefix) → the schema watch's field type. */
function xsdType(local: string): FieldType {
  switch (local) {
    case 'string': case 'normalizedString': case 'token': case 'anyURI': return 'string';
    case 'int': case 'long': case 'short': case 'integer': case 'byte': case 'unsignedInt': case 'unsignedShort': return 'integer';
    case 'decimal': case 'double': case 'float': return 'number';
    case 'boolean': return 'boolean';
    case 'dateTime': return 'datetime';
    case 'date': return 'date';
    default: return 'unknown';
  }
}

type Xml = Record<string, unknown>;
const list = (x: unknown): Xml[] => (x === undefined || x === null ? [] : (Array.isArray(x) ? x : [x]) as Xml[]);

/**
 * The item types the WSDL declares, flattened to field paths: an element of a complex, non-repeating type becomes
 * an `object` field plus its children (`ExternalRefs`, `ExternalRefs/ErpCode`); repeating ones (arrays) stay one
 * `object` field. Only the contract's entities are returned; one the WSDL lacks comes back with no fields (gone).
 * `version` is the schema's `version` attribute when it has one.
 * Parsing is hand-rolled over fast-xml-parser because node-soap exposes no stable API for a WSDL's types.
 */
export function wsdlEntities(wsdlXml: string, entities: readonly string[]): { version: string | null; entities: ObservedEntity[] } {
  // No DTDs (the GuardedHttpClient rule): entity expansion off, and a DOCTYPE refused before parsing.
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(wsdlXml)) throw new Error('WSDL with a DOCTYPE/ENTITY declaration refused');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false }).parse(wsdlXml) as Xml;
  const schemas = list((((doc['definitions'] as Xml | undefined)?.['types']) as Xml | undefined)?.['schema']);
  const types = new Map<string, Xml[]>();
  let version: string | null = null;
  for (const sc of schemas) {
    if (typeof sc['@version'] === 'string' || typeof sc['@version'] === 'number') version = String(sc['@version']);
    for (const ct of list(sc['complexType'])) {
      const name = String(ct['@name'] ?? '');
      const seq = ct['sequence'] as Xml | undefined;
      types.set(name, list(seq?.['element']));
    }
  }
  const local = (t: unknown): string => String(t ?? '').replace(/^.*:/, '');
  const isArray = (els: readonly Xml[]): boolean => els.length === 1 && String(els[0]?.['@maxOccurs'] ?? '1') !== '1';
  function flatten(els: readonly Xml[], prefix: string, depth: number): ObservedField[] {
    const out: ObservedField[] = [];
    for (const el of els) {
      const name = `${prefix}${String(el['@name'] ?? '')}`;
      const t = local(el['@type']);
      const child = types.get(t);
      if (child === undefined) { out.push({ name, type: xsdType(t) }); continue; }
      out.push({ name, type: 'object' });
      if (!isArray(child) && depth < 3) out.push(...flatten(child, `${name}/`, depth + 1));
    }
    return out;
  }
  return { version, entities: entities.map((entity) => ({ entity, fields: flatten(types.get(entity) ?? [], '', 0) })) };
}
