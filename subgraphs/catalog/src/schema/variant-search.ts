import { CURSOR_KEYS, connectionType, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { offsetConnection } from '../data/paging.ts';
import { searchVariants, VARIANT_SEARCH_SORTS } from '../data/variant-search-store.ts';
import { VariantRef } from './product-types.ts';

const VariantSearchSort = builder.enumType('VariantSearchSort', { values: VARIANT_SEARCH_SORTS });
const VariantConnection = connectionType(builder, 'ProductVariant', VariantRef);

builder.queryField('variantSearch', (t) =>
  t.connection(
    {
      type: VariantRef,
      description:
        'Staff: every variant (any product status) whose SKU or product title contains `query` (case-insensitive); ' +
        'without a query all of them. What stock screens and pickers search.',
      authScopes: { scope: 'catalog:read' },
      args: {
        query: t.arg.string(),
        sort: t.arg({ type: VariantSearchSort, defaultValue: 'SKU' }),
      },
      resolve: async (_root, args, context) => {
        const page = pageOf(args, CURSOR_KEYS.position);
        const { rows, totalCount, offset } = await searchVariants(context.db, {
          query: args.query?.trim() || null,
          sort: args.sort ?? 'SKU',
          page,
        });
        return offsetConnection(rows, page, offset, totalCount);
      },
    },
    VariantConnection,
  ),
);
