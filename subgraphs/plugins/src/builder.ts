import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { PluginsContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<PluginsContext>>(kitBuilderOptions<PluginsContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
