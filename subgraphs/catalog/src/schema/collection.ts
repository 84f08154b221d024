import {
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  localUuid,
  nodeEntity,
  pageOf,
  payloadType,
  rules,
  toPayload,
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
import { ProductConnection } from './product.ts';
import { ProductRef } from './product-types.ts';

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

builder.queryField('collection', (t) =>
  t.field({
    type: CollectionRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      return collectionById(localUuid(id, 'Collection', ['id']), context);
    },
  }),
);

const collectionPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      collection: t.field({ type: CollectionRef, nullable: true, resolve: (payload) => payload.collection ?? null }),
    }),
  });

const CollectionCreateInput = builder.inputType('CollectionCreateInput', {
  fields: (t) => ({
    handle: t.string({ required: true, validate: rules.handle() }),
    title: t.string({ required: true, validate: rules.text() }),
    description: t.string(),
  }),
});

const CollectionCreatePayload = collectionPayload('CollectionCreate', [
  'DUPLICATE_HANDLE',
  'INVALID_HANDLE',
  'INVALID_INPUT',
]);

builder.mutationField('collectionCreate', (t) =>
  t.field({
    type: CollectionCreatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CollectionCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createCollection(context.db, input), (collection) => ({ collection })),
  }),
);

const CollectionUpdateInput = builder.inputType('CollectionUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
    handle: t.string({ validate: rules.handle() }),
    title: t.string({ validate: rules.text() }),
    description: t.string({ description: 'An empty string clears it' }),
  }),
});

const CollectionUpdatePayload = collectionPayload('CollectionUpdate', [
  'CONFLICT',
  'DUPLICATE_HANDLE',
  'INVALID_HANDLE',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

builder.mutationField('collectionUpdate', (t) =>
  t.field({
    type: CollectionUpdatePayload,
    description: 'Changes the given fields of a collection; omitted ones stay.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CollectionUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Collection', ['input', 'id']);
      return toPayload(await updateCollection(context.db, { ...input, id }), (collection) => ({ collection }));
    },
  }),
);

const CollectionDeleteInput = builder.inputType('CollectionDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const CollectionDeletePayload = payloadType(builder, 'CollectionDelete', {
  codes: ['CONFLICT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deletedCollectionId: t.id({ nullable: true, resolve: (payload) => payload.deletedCollectionId ?? null }),
  }),
});

builder.mutationField('collectionDelete', (t) =>
  t.field({
    type: CollectionDeletePayload,
    description: 'Deletes a collection; its products stay in the catalog.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CollectionDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Collection', ['input', 'id']);
      const result = await deleteCollection(context.db, { id, version: input.version });
      return toPayload(result, () => ({ deletedCollectionId: input.id }));
    },
  }),
);

const CollectionProductsInput = builder.inputType('CollectionProductsInput', {
  fields: (t) => ({ collectionId: t.id({ required: true }), productIds: t.idList({ required: true }) }),
});

for (const [name, add] of [
  ['collectionAddProducts', true],
  ['collectionRemoveProducts', false],
] as const) {
  const payload = collectionPayload(
    name === 'collectionAddProducts' ? 'CollectionAddProducts' : 'CollectionRemoveProducts',
    ['NOT_FOUND'],
  );
  builder.mutationField(name, (t) =>
    t.field({
      type: payload,
      authScopes: WRITE_SCOPES,
      args: { input: t.arg({ type: CollectionProductsInput, required: true }) },
      resolve: async (_root, { input }, context) => {
        const result = await changeCollectionProducts(context.db, {
          collectionId: localUuid(input.collectionId, 'Collection', ['input', 'collectionId']),
          productIds: input.productIds.map((id, index) =>
            localUuid(id, 'Product', ['input', 'productIds', String(index)]),
          ),
          add,
        });
        return toPayload(result, (collection) => ({ collection }));
      },
    }),
  );
}
