import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { NotificationsContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<NotificationsContext>>(
  kitBuilderOptions<NotificationsContext>(),
);

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
