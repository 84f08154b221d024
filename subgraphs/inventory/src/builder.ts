import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { InventoryContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<InventoryContext>>(kitBuilderOptions<InventoryContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
