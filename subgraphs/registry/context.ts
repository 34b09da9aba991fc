import type { DurableStore, Logger } from '../../common/index.ts';
import type { Crosswalk } from '../../normalization/index.ts';

/** Who is calling, from the gateway's identity header: subject and roles; null when the request carried none. */
export interface RegistryCaller {
  readonly sub: string;
  readonly roles: readonly string[];
}

/** The per-request context of the registry subgraph: the process's durable store and crosswalk, the caller, a request logger. */
export interface RegistryContext {
  readonly requestId: string;
  readonly store: DurableStore;
  readonly crosswalk: Crosswalk;
  readonly caller: RegistryCaller | null;
  readonly logger: Logger;
}
