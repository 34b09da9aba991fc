import type { Logger } from '../../common/index.ts';
import type { MesLoaders } from './loaders.ts';
import type { MesNormalizer } from './normalize.ts';

/** Per-request context of the mes subgraph: fresh DataLoaders, a request-bound logger, config facts. */
export interface MesContext {
  readonly requestId: string;
  readonly loaders: MesLoaders;
  readonly logger: Logger;
  /** ERP company used to build ProductionOrder ids. */
  readonly erpCompany: string;
  /** The site's IANA zone, for plant-local times. */
  readonly zone: string;
  /** The process's reason classifier and unmapped tally. */
  readonly normalizer: MesNormalizer;
}
