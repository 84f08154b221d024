import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType, payloadErrorType } from '@ucos/kit';
import type { OrdersContext } from './context.ts';
import { ORDERS_ERROR_CODES } from './data/errors.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<OrdersContext>>(kitBuilderOptions<OrdersContext>());

addKitTypes(builder);
export const OrdersErrorRef = payloadErrorType(builder, 'Orders', ORDERS_ERROR_CODES);
export const MoneyRef = moneyType(builder);

builder.queryType({});
builder.mutationType({});
