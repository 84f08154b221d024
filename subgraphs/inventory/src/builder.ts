import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, payloadErrorType } from '@ucos/kit';
import type { InventoryContext } from './context.ts';
import { INVENTORY_ERROR_CODES } from './data/errors.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<InventoryContext>>(kitBuilderOptions<InventoryContext>());

addKitTypes(builder);
export const InventoryError = payloadErrorType(builder, 'Inventory', INVENTORY_ERROR_CODES);
export type InventoryErrorShape = typeof InventoryError.$inferType;

builder.queryType({});
builder.mutationType({});
