// The spreadsheet subgraph's source port and its drop-folder adapter (the only code reading the files).
export { createDropFolderSource } from './drop-folder-source.ts';
export type { SpreadsheetSource, ShiftLogSnapshot, FileReport, DropFolderOptions } from './drop-folder-source.ts';
export { loadMapping, createEquipmentMatcher, normalizeMachineText } from './mapping.ts';
export type { SheetMapping, EquipmentMatch, LogKind } from './mapping.ts';
export { parseTable, kindOf, cellText, findHeader, shiftStartMs } from './parse-log.ts';
export type { RawTable, ProductionLine, DowntimeLine, Problem, Provenance, ParsedTable } from './parse-log.ts';
