import type { Logger } from '../../common/index.ts';
import type { ShiftLogSnapshot, SheetMapping } from './source/index.ts';

/** The per-request context: one snapshot of the drop folder shared by every field of the request. */
export interface SpreadsheetContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly mapping: SheetMapping;
  /** The drop folder as of this request (scanned at most once per request). */
  snapshot(): Promise<ShiftLogSnapshot>;
}
