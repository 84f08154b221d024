import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, minorUnitsScalar } from '@ucos/kit';
import type { FinanceContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<FinanceContext>>(kitBuilderOptions<FinanceContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});

minorUnitsScalar(builder);
