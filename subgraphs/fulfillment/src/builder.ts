import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType } from '@ucos/kit';
import type { FulfillmentContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<FulfillmentContext>>(kitBuilderOptions<FulfillmentContext>());

addKitTypes(builder);
export const MoneyRef = moneyType(builder);

builder.queryType({});
builder.mutationType({});
