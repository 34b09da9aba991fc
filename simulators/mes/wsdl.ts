/**
 * Hand-written ASMX-style WSDLs (SOAP 1.1, document/literal, elementFormDefault="qualified") for the
 * simulated MES: the business "ShopFloorService" (v1 and the vendor-upgraded v2) and the OPC XML-DA 1.0
 * endpoint. Kept as text on purpose: real legacy MES WSDLs are hand-maintained artefacts, and the
 * subgraph must cope with what they say, not with what a generator would emit.
 */

export const shopFloorNs = 'http://plantgraph.example/mes/ShopFloor/';
export const opcNs = 'http://opcfoundation.org/webservices/XMLDA/1.0/';

export type MesWsdlVersion = 'v1' | 'v2';

/**
 * Test-only: elements an item type (complexType name → element names) no longer has, as a vendor patch that drops
 * a field would leave the WSDL and the responses. Tests use it to degrade single fields through real SOAP.
 */
export type MesDroppedFields = Readonly<Partial<Record<string, readonly string[]>>>;
/** Test-only: elements an item type now calls otherwise (complexType name → old name → new name). */
export type MesRenamedFields = Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;

type Field = readonly [name: string, type: string, occurs?: 'opt' | 'many'];

function seq(fields: readonly Field[]): string {
  return fields.map(([n, t, o]) => {
    const occ = o === 'many' ? ' minOccurs="0" maxOccurs="unbounded"' : o === 'opt' ? ' minOccurs="0" maxOccurs="1"' : ' minOccurs="1" maxOccurs="1"';
    return `<s:element${occ} name="${n}" type="${t}" />`;
  }).join('\n          ');
}

function complexType(name: string, fields: readonly Field[]): string {
  return `<s:complexType name="${name}">\n        <s:sequence>\n          ${seq(fields)}\n        </s:sequence>\n      </s:complexType>`;
}

function requestElement(name: string, fields: readonly Field[]): string {
  return `<s:element name="${name}">\n        <s:complexType>\n          <s:sequence>\n          ${seq(fields)}\n          </s:sequence>\n        </s:complexType>\n      </s:element>`;
}

const paging: readonly Field[] = [['pageIndex', 's:int', 'opt'], ['pageSize', 's:int', 'opt']];
const pageFacts: readonly Field[] = [['MoreData', 's:boolean'], ['PageIndex', 's:int'], ['TotalCount', 's:int']];

/** The business operations and the element holding their result. */
export const shopFloorOperations = [
  'GetServerInfo', 'GetEquipmentList', 'GetWorkOrders', 'GetProductionRecords', 'GetEquipmentStateHistory',
  'GetProcessSamples', 'GetQualityMeasurements', 'GetProductionPerformanceB2MML',
] as const;
export type ShopFloorOperation = (typeof shopFloorOperations)[number];

/** The ShopFloorService WSDL. v2 renames and moves fields the way vendor upgrades do; `dropped` and `renamed` (tests) too. */
export function shopFloorWsdl(version: MesWsdlVersion, location: string, dropped: MesDroppedFields = {}, renamed: MesRenamedFields = {}): string {
  const v2 = version === 'v2';
  const complex = (name: string, fields: readonly Field[]): string => complexType(name, fields.filter(([n]) => !(dropped[name] ?? []).includes(n))
    .map((f): Field => { const n = renamed[name]?.[f[0]] ?? f[0]; return f[2] === undefined ? [n, f[1]] : [n, f[1], f[2]]; }));
  const equipment: Field[] = [
    ['Id', 's:string'], ['ParentId', 's:string', 'opt'], ['Level', 's:string'], ['Code', 's:string'],
    ['Description', 's:string', 'opt'],
    ...(v2 ? [['ExternalRefs', 'tns:ExternalRefs', 'opt'] as const] : [['ErpResourceCode', 's:string', 'opt'] as const]),
    ['OpcPath', 's:string', 'opt'], ['Tags', 'tns:ArrayOfTag', 'opt'],
  ];
  const record: Field[] = [
    ['RecordId', 's:int'], ['Revision', 's:int'], ['EquipmentId', 's:string'], ['WorkOrder', 's:string'],
    ...(v2 ? [['QtyGood', 's:decimal'] as const, ['QtyRejected', 's:decimal'] as const]
      : [['GoodQty', 's:decimal'] as const, ['RejectQty', 's:decimal'] as const]),
    ['RejectReason', 's:string', 'opt'], ['UoM', 's:string'], ['PartsPerStroke', 's:int', 'opt'],
    ['StartTime', 's:dateTime'], ['EndTime', 's:dateTime'], ['RecordedAt', 's:dateTime'],
  ];
  const state: Field[] = [
    ['EquipmentId', 's:string'], ['StateCode', 's:int'], ['StateName', 's:string'],
    v2 ? ['Reason', 'tns:ReasonInfo', 'opt'] : ['Reason', 's:string', 'opt'],
    ['StartTime', 's:dateTime'], ['EndTime', 's:dateTime'],
  ];
  const ops: Record<ShopFloorOperation, { req: Field[]; res: Field[]; doc: string }> = {
    GetServerInfo: { req: [], res: [['GetServerInfoResult', 'tns:ServerInfo']], doc: 'Server clock (plant local time), version and time zone.' },
    GetEquipmentList: { req: [['siteCode', 's:string', 'opt'], ...paging], res: [['GetEquipmentListResult', 'tns:EquipmentPage']], doc: 'Flat equipment list with ParentId.' },
    GetWorkOrders: { req: [['from', 's:dateTime'], ['to', 's:dateTime'], ['status', 's:string', 'opt'], ...paging], res: [['GetWorkOrdersResult', 'tns:WorkOrderPage']], doc: 'Work orders (ERP job + operation).' },
    GetProductionRecords: { req: [['equipmentId', 's:string', 'opt'], ['from', 's:dateTime'], ['to', 's:dateTime'], ...paging], res: [['GetProductionRecordsResult', 'tns:ProductionRecordPage']], doc: 'Production counts; empty equipmentId = all equipment.' },
    GetEquipmentStateHistory: { req: [['equipmentId', 's:string', 'opt'], ['from', 's:dateTime'], ['to', 's:dateTime'], ...paging], res: [['GetEquipmentStateHistoryResult', 'tns:StateIntervalPage']], doc: 'State intervals; empty equipmentId = all equipment.' },
    GetProcessSamples: { req: [['equipmentId', 's:string'], ['tags', 'tns:ArrayOfString', 'opt'], ['from', 's:dateTime'], ['to', 's:dateTime'], ['intervalSec', 's:int', 'opt'], ...paging], res: [['GetProcessSamplesResult', 'tns:SamplePage']], doc: 'Process samples in source units.' },
    GetQualityMeasurements: { req: [['workOrder', 's:string', 'opt'], ['equipmentId', 's:string', 'opt'], ['from', 's:dateTime'], ['to', 's:dateTime'], ...paging], res: [['GetQualityMeasurementsResult', 'tns:MeasurementPage']], doc: 'Part measurements; empty equipmentId and workOrder = all.' },
    GetProductionPerformanceB2MML: { req: [['from', 's:dateTime'], ['to', 's:dateTime']], res: [['GetProductionPerformanceB2MMLResult', 's:string', 'opt']], doc: 'B2MML V0600 ProductionPerformance, escaped inside a string.' },
  };
  const types = [
    complex('AuthHeader', [['UserName', 's:string', 'opt'], ['Password', 's:string', 'opt']]),
    complex('ServerInfo', [['ServerTime', 's:dateTime'], ['Version', 's:string'], ['TimeZoneName', 's:string'], ['SiteCode', 's:string']]),
    complex('ArrayOfString', [['string', 's:string', 'many']]),
    complex('Tag', [['Name', 's:string'], ['Description', 's:string', 'opt'], ['Kind', 's:string'], ['Unit', 's:string', 'opt'], ['Nominal', 's:double', 'opt'], ['LSL', 's:double', 'opt'], ['USL', 's:double', 'opt']]),
    complex('ArrayOfTag', [['Tag', 'tns:Tag', 'many']]),
    ...(v2 ? [complex('ExternalRefs', [['ErpCode', 's:string', 'opt'], ['CmmsRef', 's:string', 'opt']]), complex('ReasonInfo', [['Text', 's:string', 'opt'], ['Category', 's:string', 'opt']])] : []),
    complex('Equipment', equipment),
    complex('ArrayOfEquipment', [['Equipment', 'tns:Equipment', 'many']]),
    complex('EquipmentPage', [['Items', 'tns:ArrayOfEquipment', 'opt'], ...pageFacts]),
    complex('WorkOrder', [['OrderId', 's:string'], ['JobNum', 's:string'], ['OperSeq', 's:int'], ['PartNum', 's:string'], ['EquipmentId', 's:string'], ['Status', 's:string'], ['PlannedQty', 's:decimal'], ['PlannedStart', 's:dateTime'], ['PlannedEnd', 's:dateTime']]),
    complex('ArrayOfWorkOrder', [['WorkOrder', 'tns:WorkOrder', 'many']]),
    complex('WorkOrderPage', [['Items', 'tns:ArrayOfWorkOrder', 'opt'], ...pageFacts]),
    complex('ProductionRecord', record),
    complex('ArrayOfProductionRecord', [['ProductionRecord', 'tns:ProductionRecord', 'many']]),
    complex('ProductionRecordPage', [['Items', 'tns:ArrayOfProductionRecord', 'opt'], ...pageFacts]),
    complex('StateInterval', state),
    complex('ArrayOfStateInterval', [['StateInterval', 'tns:StateInterval', 'many']]),
    complex('StateIntervalPage', [['Items', 'tns:ArrayOfStateInterval', 'opt'], ...pageFacts]),
    complex('Sample', [['EquipmentId', 's:string'], ['Tag', 's:string'], ['Time', 's:dateTime'], ['Value', 's:string'], ['Unit', 's:string'], ['Quality', 's:string']]),
    complex('ArrayOfSample', [['Sample', 'tns:Sample', 'many']]),
    complex('SamplePage', [['Items', 'tns:ArrayOfSample', 'opt'], ...pageFacts]),
    complex('Measurement', [['MeasurementId', 's:int'], ['EquipmentId', 's:string'], ['WorkOrder', 's:string'], ['Characteristic', 's:string'], ['Nominal', 's:double'], ['LSL', 's:double'], ['USL', 's:double'], ['Value', 's:string'], ['Unit', 's:string'], ['MeasuredAt', 's:dateTime']]),
    complex('ArrayOfMeasurement', [['Measurement', 'tns:Measurement', 'many']]),
    complex('MeasurementPage', [['Items', 'tns:ArrayOfMeasurement', 'opt'], ...pageFacts]),
  ];
  const elements = [
    `<s:element name="AuthHeader" type="tns:AuthHeader" />`,
    ...shopFloorOperations.flatMap((op) => [requestElement(op, ops[op].req), requestElement(`${op}Response`, ops[op].res)]),
  ];
  const versionText = v2 ? '7.0.1' : '6.2.4';
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${shopFloorNs}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="${shopFloorNs}">
  <wsdl:documentation>ShopFloorService version ${versionText}</wsdl:documentation>
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="${shopFloorNs}" version="${versionText}">
      ${[...types, ...elements].join('\n      ')}
    </s:schema>
  </wsdl:types>
  ${shopFloorOperations.map((op) => `<wsdl:message name="${op}SoapIn"><wsdl:part name="parameters" element="tns:${op}" /></wsdl:message>
  <wsdl:message name="${op}SoapOut"><wsdl:part name="parameters" element="tns:${op}Response" /></wsdl:message>`).join('\n  ')}
  <wsdl:message name="AuthHeaderMsg"><wsdl:part name="AuthHeader" element="tns:AuthHeader" /></wsdl:message>
  <wsdl:portType name="ShopFloorServiceSoap">
    ${shopFloorOperations.map((op) => `<wsdl:operation name="${op}"><wsdl:documentation>${ops[op].doc}</wsdl:documentation><wsdl:input message="tns:${op}SoapIn" /><wsdl:output message="tns:${op}SoapOut" /></wsdl:operation>`).join('\n    ')}
  </wsdl:portType>
  <wsdl:binding name="ShopFloorServiceSoap" type="tns:ShopFloorServiceSoap">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" />
    ${shopFloorOperations.map((op) => `<wsdl:operation name="${op}"><soap:operation soapAction="${shopFloorNs}${op}" style="document" /><wsdl:input><soap:body use="literal" />${op === 'GetServerInfo' ? '' : '<soap:header message="tns:AuthHeaderMsg" part="AuthHeader" use="literal" />'}</wsdl:input><wsdl:output><soap:body use="literal" /></wsdl:output></wsdl:operation>`).join('\n    ')}
  </wsdl:binding>
  <wsdl:service name="ShopFloorService">
    <wsdl:port name="ShopFloorServiceSoap" binding="tns:ShopFloorServiceSoap">
      <soap:address location="${location}" />
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>`;
}

/** The OPC XML-DA 1.0 subset served: GetStatus, Browse, Read (SOAPAction prefix = the OPC namespace). */
export function opcWsdl(location: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:s0="${opcNs}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="${opcNs}">
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="${opcNs}">
      <s:complexType name="ReplyBase">
        <s:attribute name="RcvTime" type="s:dateTime" use="required" />
        <s:attribute name="ReplyTime" type="s:dateTime" use="required" />
        <s:attribute name="ClientRequestHandle" type="s:string" />
        <s:attribute name="RevisedLocaleID" type="s:string" />
        <s:attribute name="ServerState" type="s:string" use="required" />
      </s:complexType>
      <s:complexType name="ServerStatus">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="StatusInfo" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="VendorInfo" type="s:string" />
          <s:element minOccurs="0" maxOccurs="unbounded" name="SupportedInterfaceVersions" type="s:string" />
        </s:sequence>
        <s:attribute name="StartTime" type="s:dateTime" use="required" />
        <s:attribute name="ProductVersion" type="s:string" />
      </s:complexType>
      <s:element name="GetStatus">
        <s:complexType>
          <s:attribute name="LocaleID" type="s:string" />
          <s:attribute name="ClientRequestHandle" type="s:string" />
        </s:complexType>
      </s:element>
      <s:element name="GetStatusResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetStatusResult" type="s0:ReplyBase" />
            <s:element minOccurs="0" maxOccurs="1" name="Status" type="s0:ServerStatus" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="RequestOptions">
        <s:attribute name="ReturnErrorText" type="s:boolean" />
        <s:attribute name="ReturnItemTime" type="s:boolean" />
        <s:attribute name="ReturnItemPath" type="s:boolean" />
        <s:attribute name="ReturnItemName" type="s:boolean" />
        <s:attribute name="ClientRequestHandle" type="s:string" />
        <s:attribute name="LocaleID" type="s:string" />
      </s:complexType>
      <s:complexType name="ReadRequestItem">
        <s:attribute name="ItemPath" type="s:string" />
        <s:attribute name="ItemName" type="s:string" />
        <s:attribute name="ClientItemHandle" type="s:string" />
        <s:attribute name="MaxAge" type="s:int" />
      </s:complexType>
      <s:complexType name="ReadRequestItemList">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="Items" type="s0:ReadRequestItem" />
        </s:sequence>
        <s:attribute name="ItemPath" type="s:string" />
        <s:attribute name="MaxAge" type="s:int" />
      </s:complexType>
      <s:element name="Read">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="Options" type="s0:RequestOptions" />
            <s:element minOccurs="0" maxOccurs="1" name="ItemList" type="s0:ReadRequestItemList" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="OPCQuality">
        <s:attribute name="QualityField" type="s:string" />
        <s:attribute name="LimitField" type="s:string" />
        <s:attribute name="VendorField" type="s:unsignedByte" />
      </s:complexType>
      <s:complexType name="ItemValue">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="DiagnosticInfo" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Value" />
          <s:element minOccurs="0" maxOccurs="1" name="Quality" type="s0:OPCQuality" />
        </s:sequence>
        <s:attribute name="ItemPath" type="s:string" />
        <s:attribute name="ItemName" type="s:string" />
        <s:attribute name="ClientItemHandle" type="s:string" />
        <s:attribute name="Timestamp" type="s:dateTime" />
        <s:attribute name="ResultID" type="s:QName" />
      </s:complexType>
      <s:complexType name="ReplyItemList">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="Items" type="s0:ItemValue" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="OPCError">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Text" type="s:string" />
        </s:sequence>
        <s:attribute name="ID" type="s:QName" use="required" />
      </s:complexType>
      <s:element name="ReadResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ReadResult" type="s0:ReplyBase" />
            <s:element minOccurs="0" maxOccurs="1" name="RItemList" type="s0:ReplyItemList" />
            <s:element minOccurs="0" maxOccurs="unbounded" name="Errors" type="s0:OPCError" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Browse">
        <s:complexType>
          <s:attribute name="ItemPath" type="s:string" />
          <s:attribute name="ItemName" type="s:string" />
          <s:attribute name="BrowseFilter" type="s:string" />
          <s:attribute name="MaxElementsReturned" type="s:int" />
        </s:complexType>
      </s:element>
      <s:complexType name="BrowseElement">
        <s:attribute name="Name" type="s:string" />
        <s:attribute name="ItemPath" type="s:string" />
        <s:attribute name="ItemName" type="s:string" />
        <s:attribute name="IsItem" type="s:boolean" use="required" />
        <s:attribute name="HasChildren" type="s:boolean" use="required" />
      </s:complexType>
      <s:element name="BrowseResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="BrowseResult" type="s0:ReplyBase" />
            <s:element minOccurs="0" maxOccurs="unbounded" name="Elements" type="s0:BrowseElement" />
            <s:element minOccurs="0" maxOccurs="unbounded" name="Errors" type="s0:OPCError" />
          </s:sequence>
          <s:attribute name="MoreElements" type="s:boolean" />
        </s:complexType>
      </s:element>
    </s:schema>
  </wsdl:types>
  ${['GetStatus', 'Read', 'Browse'].map((op) => `<wsdl:message name="${op}SoapIn"><wsdl:part name="parameters" element="s0:${op}" /></wsdl:message>
  <wsdl:message name="${op}SoapOut"><wsdl:part name="parameters" element="s0:${op}Response" /></wsdl:message>`).join('\n  ')}
  <wsdl:portType name="Service">
    ${['GetStatus', 'Read', 'Browse'].map((op) => `<wsdl:operation name="${op}"><wsdl:input message="s0:${op}SoapIn" /><wsdl:output message="s0:${op}SoapOut" /></wsdl:operation>`).join('\n    ')}
  </wsdl:portType>
  <wsdl:binding name="Service" type="s0:Service">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" />
    ${['GetStatus', 'Read', 'Browse'].map((op) => `<wsdl:operation name="${op}"><soap:operation soapAction="${opcNs}${op}" style="document" /><wsdl:input><soap:body use="literal" /></wsdl:input><wsdl:output><soap:body use="literal" /></wsdl:output></wsdl:operation>`).join('\n    ')}
  </wsdl:binding>
  <wsdl:service name="Service">
    <wsdl:port name="ServiceSoap" binding="s0:Service">
      <soap:address location="${location}" />
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>`;
}
