/** Entity references the context subgraph resolves fields on (owned by the erp subgraph). */
export interface EquipmentRef { readonly id: string }
export interface WorkCenterRef { readonly id: string }
export interface ProductionOrderRef { readonly id: string }
