import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, payloadErrorType } from '@ucos/kit';
import type { IdentityContext } from './context.ts';
import { IDENTITY_ERROR_CODES } from './data/errors.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<IdentityContext>>(kitBuilderOptions<IdentityContext>());

addKitTypes(builder);
export const IdentityError = payloadErrorType(builder, 'Identity', IDENTITY_ERROR_CODES);

builder.queryType({});
builder.mutationType({});
