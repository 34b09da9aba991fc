import type { Logger } from '../../common/index.ts';
import type { UnmappedTally } from '../../normalization/index.ts';
import type { CmmsLoaders } from './loaders.ts';
import type { CmmsSource } from './source/index.ts';

/** The per-request context of the cmms subgraph: fresh DataLoaders, the process-wide source, a request logger. */
export interface CmmsContext {
  readonly requestId: string;
  readonly loaders: CmmsLoaders;
  readonly source: CmmsSource;
  readonly logger: Logger;
  /** Process-wide count of values normalisation could not map (failure classes, meter units), for /metrics. */
  readonly unmapped: UnmappedTally;
}
