import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions } from '@ucos/kit';
import type { WorkflowsContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<WorkflowsContext>>(kitBuilderOptions<WorkflowsContext>());

addKitTypes(builder);

builder.queryType({});
builder.mutationType({});
