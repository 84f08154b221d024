import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { IdentityContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<IdentityContext>>(kitBuilderOptions<IdentityContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
