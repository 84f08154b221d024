import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { WebhooksContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<WebhooksContext>>(kitBuilderOptions<WebhooksContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
