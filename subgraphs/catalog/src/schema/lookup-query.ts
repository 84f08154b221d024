import type { ObjectRef } from '@pothos/core';
import { builder, READ_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';

type Types = typeof builder.$inferSchemaTypes;

/**
 * `field(<key>: ID! | String!): Type` on Query, for staff and storefronts alike: one row by its
 * global id or its natural key (a handle, a SKU), null when the caller's tenant has none such (or,
 * for a storefront key, none it may see).
 */
export function lookupQuery<Row>(
  field: string,
  type: ObjectRef<Types, Row>,
  key: 'id' | 'handle' | 'sku',
  load: (context: CatalogContext, key: string) => Promise<Row | null> | Row | null,
) {
  builder.queryField(field, (t) =>
    t.field({
      type,
      nullable: true,
      authScopes: READ_SCOPES,
      args: { [key]: key === 'id' ? t.arg.id({ required: true }) : t.arg.string({ required: true }) },
      resolve: (_root, args, context) => load(context, (args as Record<string, string>)[key]!) as never,
    }),
  );
}
