import SchemaBuilder from '@pothos/core';
import { addKitTypes, type KitSchemaTypes, kitBuilderOptions, moneyType } from '@ucos/kit';
import type { CatalogContext } from './context.ts';

export const builder = new SchemaBuilder<KitSchemaTypes<CatalogContext>>(kitBuilderOptions<CatalogContext>());

addKitTypes(builder);
export const MoneyRef = moneyType(builder);

/** Reads: staff and services with catalog:read, or storefront keys with catalog:browse (filtered). */
export const READ_SCOPES = { scope: 'catalog:read', $any: { scope: 'catalog:browse' } } as const;
export const WRITE_SCOPES = { scope: 'catalog:write' } as const;

builder.queryType({});
builder.mutationType({});
