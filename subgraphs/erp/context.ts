import type { Logger } from '../../common/index.ts';
import type { UnmappedTally } from '../../normalization/index.ts';
import type { ErpLoaders } from './loaders.ts';
import type { ErpSource } from './source/index.ts';

/** Per-request context of the ERP subgraph: fresh loaders (per-request DataLoader caches), the source port, a child logger. */
export interface ErpContext {
  readonly requestId: string;
  readonly loaders: ErpLoaders;
  readonly source: ErpSource;
  readonly logger: Logger;
  /** Companies this subgraph serves (config), first = master data company. */
  readonly companies: readonly string[];
  readonly siteTimeZone: string;
  /** Process-wide count of values normalisation could not map (ERP.Uom, ERP.ScrapReasonCode), for /metrics. */
  readonly unmapped: UnmappedTally;
}
