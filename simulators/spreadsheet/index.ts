// The supervisors' shift log as files in a drop folder (xlsx + csv), for the spreadsheet subgraph.
export { writeShiftLogDropFolder, demoMapping, WORKBOOK_NAME } from './drop-folder.ts';
export type { DropFolderFiles } from './drop-folder.ts';
