import type { Logger } from '../../common/index.ts';
import type { MesLoaders } from './loaders.ts';

/** Per-request context of the mes subgraph: fresh DataLoaders, a request-bound logger, config facts. */
export interface MesContext {
  readonly requestId: string;
  readonly loaders: MesLoaders;
  readonly logger: Logger;
  /** ERP company used to build ProductionOrder ids. */
  readonly erpCompany: string;
}
