// Placeholder; the cmms subgraph defines its per-request context here.
export interface CmmsContext { readonly requestId: string }
