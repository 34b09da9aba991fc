// Parent shapes the resolvers hand down (codegen mappers).
import type { DowntimeLine, ProductionLine, ShiftLogSnapshot } from './source/index.ts';

export type FolderParent = ShiftLogSnapshot;
export interface CoverageParent { readonly fromMs: number; readonly toMs: number }
export interface ProductionParent { readonly coverage: CoverageParent; readonly lines: readonly ProductionLine[] }
export interface DowntimeParent { readonly coverage: CoverageParent; readonly lines: readonly DowntimeLine[] }
