import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType } from '@ucos/kit';
import type { ProcurementContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<ProcurementContext>>(kitBuilderOptions<ProcurementContext>());

addKitTypes(builder);

export const MoneyRef = moneyType(builder);

builder.queryType({});
builder.mutationType({});
