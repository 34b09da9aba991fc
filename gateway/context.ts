import type { Logger } from '../common/index.ts';
import type { QueryLimits } from './limits.ts';
import type { Identity } from './auth/index.ts';

/** The gateway's per-request context, handed to every data source. */
export interface GatewayContext {
  readonly requestId: string;
  /** Lower-cased incoming headers that may be forwarded to subgraphs (allowlisted). */
  readonly forwardHeaders: Readonly<Record<string, string>>;
  readonly logger: Logger;
  /** This request's document limits, from the budget function (per role, once callers are authenticated). */
  readonly limits: QueryLimits;
  /** Who is calling (the demo identity for anonymous callers in demo mode); see gateway/auth. */
  readonly identity: Identity;
}
