// Placeholder; the mes subgraph defines its per-request context here.
export interface MesContext { readonly requestId: string }
