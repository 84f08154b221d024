import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType } from '@ucos/kit';
import type { OrdersContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<OrdersContext>>(kitBuilderOptions<OrdersContext>());

addKitTypes(builder);
export const MoneyRef = moneyType(builder);

builder.queryType({});
builder.mutationType({});
