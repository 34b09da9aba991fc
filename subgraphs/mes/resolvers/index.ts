import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { equipmentResolvers } from './equipment.ts';
import { productionResolvers } from './production.ts';
import { queryResolvers } from './query.ts';
import { variableResolvers } from './variables.ts';

/** All mes resolvers, typed with the generated `Resolvers`. Thin: args → ctx.loaders → parent objects. */
export const resolvers: Resolvers = { ...queryResolvers, ...equipmentResolvers, ...productionResolvers, ...variableResolvers };
