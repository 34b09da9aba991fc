import type { ForwardedIdentity, Logger } from '../../common/index.ts';
import type { NoteService } from './note-service.ts';

/** The per-request context of the context subgraph. */
export interface ContextContext {
  readonly requestId: string;
  /**
   * The gateway-forwarded caller, or null (no headers). Throws the coded IDENTITY_HEADER_* error when the headers
   * fail verification; read lazily so such a request still gets a GraphQL answer, not a broken subgraph.
   */
  identity(): ForwardedIdentity | null;
  readonly notes: NoteService;
  readonly logger: Logger;
  /** Epoch ms; injectable for tests. */
  readonly now: () => number;
  readonly recentNoteDays: number;
}
