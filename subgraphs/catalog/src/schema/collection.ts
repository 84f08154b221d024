import {
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  nodeEntity,
  pageOf,
  rules,
} from '@ucos/kit';
import { builder, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';
import {
  type CollectionRow,
  changeCollectionProducts,
  collectionsByIds,
  createCollection,
  deleteCollection,
  listCollections,
  updateCollection,
} from '../data/collections-store.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { offsetConnection, offsetOf } from '../data/paging.ts';
import { collectionsOfProductLoader, productsOfCollectionLoader } from './loaders.ts';
import { lookupQuery } from './lookup-query.ts';
import { ProductConnection } from './product.ts';
import { ProductRef } from './product-types.ts';
import { versionedDeleteMutation } from './versioned-delete.ts';

export const CollectionRef = builder.objectRef<CollectionRow>('Collection').implement({
  description: 'A hand-picked set of products (manual membership).',
  fields: (t) => ({
    id: t.id({ resolve: (collection) => encodeGlobalId('Collection', collection.id) }),
    handle: t.exposeString('handle'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    version: t.exposeInt('version'),
    products: t.connection(
      {
        type: ProductRef,
        description:
          "The collection's products in its own order (as they were added). Storefront keys see ACTIVE ones only, " +
          'and totalCount counts what the caller may see.',
        resolve: async (collection, args, context) => {
          const page = pageOf(args, CURSOR_KEYS.position);
          const offset = offsetOf(page);
          const { rows, totalCount } = await productsOfCollectionLoader(context, { offset, limit: page.limit }).load(
            collection.id,
          );
          return offsetConnection(rows, page, offset, totalCount);
        },
      },
      ProductConnection,
    ),
  }),
});

builder.objectField(ProductRef, 'collections', (t) =>
  t.field({
    type: [CollectionRef],
    description: 'The collections this product is in, by title',
    resolve: (product, _args, context) => collectionsOfProductLoader(context).load(product.id),
  }),
);

const CollectionConnection = connectionType(builder, 'Collection', CollectionRef);

builder.queryField('collections', (t) =>
  t.connection(
    {
      type: CollectionRef,
      authScopes: READ_SCOPES,
      resolve: async (_root, args, context) => {
        const page = pageOf(args, CURSOR_KEYS.position);
        const { rows, totalCount, offset } = await listCollections(context.db, page);
        return offsetConnection(rows, page, offset, totalCount);
      },
    },
    CollectionConnection,
  ),
);

const collectionById = async (collectionId: string, context: CatalogContext) =>
  (await context.db.run((sql) => collectionsByIds(sql, [collectionId])))[0] ?? null;

nodeEntity(builder, CollectionRef, 'Collection', collectionById);

lookupQuery('collection', CollectionRef, 'id', (context, id) =>
  collectionById(localUuid(id, 'Collection', ['id']), context),
);

const CollectionCreateInput = builder.inputType('CollectionCreateInput', {
  fields: (t) => ({
    handle: t.string({ required: true, validate: rules.handle() }),
    title: t.string({ required: true, validate: rules.text() }),
    description: t.string(),
  }),
});

inputMutation(builder, 'collectionCreate', {
  input: CollectionCreateInput,
  payload: {
    codes: ['DUPLICATE_HANDLE', 'INVALID_HANDLE', 'INVALID_INPUT'] satisfies CatalogErrorCode[],
    field: 'collection',
    type: CollectionRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) => createCollection(context.db, input),
  fields: (collection) => ({ collection }),
});

const CollectionUpdateInput = builder.inputType('CollectionUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
    handle: t.string({ validate: rules.handle() }),
    title: t.string({ validate: rules.text() }),
    description: t.string({ description: 'An empty string clears it' }),
  }),
});

inputMutation(builder, 'collectionUpdate', {
  input: CollectionUpdateInput,
  payload: {
    codes: [
      'CONFLICT',
      'DUPLICATE_HANDLE',
      'INVALID_HANDLE',
      'INVALID_INPUT',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    field: 'collection',
    type: CollectionRef,
  },
  description: 'Changes the given fields of a collection; omitted ones stay.',
  authScopes: WRITE_SCOPES,
  run: (context, input) =>
    updateCollection(context.db, { ...input, id: localUuid(input.id, 'Collection', ['input', 'id']) }),
  fields: (collection) => ({ collection }),
});

versionedDeleteMutation('collectionDelete', 'Collection', {
  description: 'Deletes a collection; its products stay in the catalog.',
  remove: deleteCollection,
});

const CollectionProductsInput = builder.inputType('CollectionProductsInput', {
  fields: (t) => ({ collectionId: t.id({ required: true }), productIds: t.idList({ required: true }) }),
});

for (const [field, add] of [
  ['collectionAddProducts', true],
  ['collectionRemoveProducts', false],
] as const) {
  inputMutation(builder, field, {
    input: CollectionProductsInput,
    payload: { codes: ['NOT_FOUND'] satisfies CatalogErrorCode[], field: 'collection', type: CollectionRef },
    authScopes: WRITE_SCOPES,
    run: (context, input) =>
      changeCollectionProducts(context.db, {
        collectionId: localUuid(input.collectionId, 'Collection', ['input', 'collectionId']),
        productIds: input.productIds.map((id, index) =>
          localUuid(id, 'Product', ['input', 'productIds', String(index)]),
        ),
        add,
      }),
    fields: (collection) => ({ collection }),
  });
}
