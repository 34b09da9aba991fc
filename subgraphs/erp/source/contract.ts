import type { DeclaredField, FieldType, SourceContract } from '../../../common/index.ts';

/**
 * What this adapter reads from the ERP's integration views: each view's columns with their types and the canonical
 * fields they feed. The schema watch compares it with INFORMATION_SCHEMA.COLUMNS and remaps renamed columns
 * (QtyCompleted → CompletedQty in the vendor's v2 views). A column with `feeds` degrades those fields when it is
 * gone; a column without (keys, scoping) cannot be done without, so its loss fails the read as ERP_BAD_RESPONSE.
 */
const f = (name: string, type: FieldType, ...feeds: string[]): DeclaredField => (feeds.length === 0 ? { name, type } : { name, type, feeds });
const S = 'string', N = 'number', I = 'integer', B = 'boolean', D = 'date', DT = 'datetime';
const PO = (x: string) => `ProductionOrder.${x}`;
const OP = (x: string) => `ProductionOrderOperation.${x}`;
const LR = (x: string) => `LaborRecord.${x}`;

const jobs = [
  f('Company', S), f('Plant', S), f('JobNum', S), f('PartNum', S, PO('material')), f('ProdQty', N, PO('plannedQuantity')),
  f('IUM', S, PO('plannedQuantity'), PO('completedQuantity')), f('QtyCompleted', N, PO('completedQuantity')),
  f('StartDate', D, PO('scheduledStart')), f('StartHour', N, PO('scheduledStart')), f('DueDate', D, PO('dueAt')), f('DueHour', N, PO('dueAt')),
  f('JobReleased', B, PO('status')), f('JobComplete', B, PO('status')), f('JobClosed', B, PO('status')), f('JobHeld', B, PO('status')),
  f('JobStarted', I, PO('status')), f('CreateDate', DT, PO('createdAt')),
];

export const erpContract: SourceContract = {
  system: 'ERP',
  entities: [
    { entity: 'dbo.vw_Sites', fields: [f('Company', S), f('Plant', S), f('PlantName', S), f('SiteID', S)] },
    {
      entity: 'dbo.vw_WorkCenters', fields: [f('Company', S), f('Plant', S), f('ResourceGrpID', S), f('Description', S, 'WorkCenter.name'),
        f('JCDept', S, 'WorkCenter.area'), f('DeptDescription', S), f('Inactive', B)],
    },
    {
      entity: 'dbo.vw_Resources', fields: [f('Company', S), f('Plant', S), f('ResourceID', S), f('ResourceGrpID', S, 'Equipment.workCenter'),
        f('Description', S, 'Equipment.name'), f('ResourceType', S, 'Equipment.kind'), f('MesMachineCode', S, 'Equipment.mesCode'),
        f('EquipID', S, 'Equipment.assetTag'),
        f('Inactive', B, 'Equipment.active')],
    },
    {
      entity: 'dbo.vw_Parts', fields: [f('Company', S), f('PartNum', S), f('RevisionNum', S, 'Material.revision'),
        f('PartDescription', S, 'Material.description'), f('IUM', S, 'Material.baseUnit'), f('PUM', S, 'Material.purchasingUnit'),
        f('PurchasingFactor', N, 'Material.purchasingFactor')],
    },
    { entity: 'dbo.vw_OnHand', fields: [f('Company', S), f('PartNum', S), f('IUM', S), f('OnHandQty', N)] },
    { entity: 'dbo.vw_Jobs', fields: jobs },
    {
      entity: 'dbo.vw_JobOperStatus', fields: [
        f('Company', S), f('Plant', S), f('JobNum', S), f('OprSeq', I), f('OpCode', S, OP('opCode')), f('ResourceGrpID', S, OP('workCenter')),
        f('ResourceID', S, OP('equipment')), f('EstSetHours', N, OP('plannedSetupHours')), f('EstProdHours', N, OP('plannedRunHours')),
        f('ProdStandard', N, OP('plannedRatePerHour')), f('StdFormat', S, OP('plannedRatePerHour')), f('QtyCompleted', N, OP('completedQuantity')),
        f('ScrapQty', N, OP('scrapQuantity')), f('IUM', S, OP('completedQuantity'), OP('scrapQuantity')), f('OpComplete', B, OP('complete')),
        f('ActualStartDate', D, OP('actualStart')), f('ActualStartHour', N, OP('actualStart')),
      ],
    },
    {
      entity: 'dbo.vw_LaborActuals', fields: [
        f('Company', S), f('LaborDtlSeq', I), f('EmployeeNum', S, LR('employeeNumber')), f('JobNum', S), f('OprSeq', I, LR('operationSequence')),
        f('ResourceID', S, LR('equipment')), f('LaborType', S, LR('laborType')), f('LaborQty', N, LR('quantity')), f('ScrapQty', N, LR('scrapQuantity')),
        f('ScrapReasonCode', S, LR('scrapReason')), f('ClockInDate', D, LR('clockIn'), LR('clockOut')), f('ClockinTime', N, LR('clockIn'), LR('clockOut')),
        f('ClockInMInute', I, LR('clockOut')), f('ClockOutMinute', I, LR('clockOut')), f('LaborHrs', N, LR('hours')), f('Shift', I, LR('shift')),
      ],
    },
  ],
};

/** SQL Server DATA_TYPE (INFORMATION_SCHEMA.COLUMNS) → the schema watch's field type. */
export function sqlFieldType(dataType: string): FieldType {
  switch (dataType.toLowerCase()) {
    case 'nvarchar': case 'varchar': case 'nchar': case 'char': case 'ntext': case 'text': case 'uniqueidentifier': return 'string';
    case 'int': case 'bigint': case 'smallint': case 'tinyint': return 'integer';
    case 'decimal': case 'numeric': case 'float': case 'real': case 'money': case 'smallmoney': return 'number';
    case 'bit': return 'boolean';
    case 'date': return 'date';
    case 'datetime': case 'datetime2': case 'smalldatetime': case 'datetimeoffset': return 'datetime';
    default: return 'unknown';
  }
}
