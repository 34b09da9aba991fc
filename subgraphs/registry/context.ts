import type { DurableStore, Logger } from '../../common/index.ts';

/** The per-request context of the registry subgraph: the process's durable store and a request logger. */
export interface RegistryContext {
  readonly requestId: string;
  readonly store: DurableStore;
  readonly logger: Logger;
}
