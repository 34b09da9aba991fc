import type { Logger } from '../../common/index.ts';
import type { CmmsLoaders } from './loaders.ts';
import type { CmmsSource } from './source/index.ts';

/** The per-request context of the cmms subgraph: fresh DataLoaders, the process-wide source, a request logger. */
export interface CmmsContext {
  readonly requestId: string;
  readonly loaders: CmmsLoaders;
  readonly source: CmmsSource;
  readonly logger: Logger;
}
