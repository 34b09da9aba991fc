// Placeholder; the erp subgraph defines its per-request context here.
export interface ErpContext { readonly requestId: string }
