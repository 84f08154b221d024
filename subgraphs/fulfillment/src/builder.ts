import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType, payloadErrorType } from '@ucos/kit';
import type { FulfillmentContext } from './context.ts';
import { FULFILLMENT_ERROR_CODES } from './data/errors.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<FulfillmentContext>>(kitBuilderOptions<FulfillmentContext>());

addKitTypes(builder);
export const FulfillmentErrorRef = payloadErrorType(builder, 'Fulfillment', FULFILLMENT_ERROR_CODES);
export const MoneyRef = moneyType(builder);

builder.queryType({});
builder.mutationType({});
