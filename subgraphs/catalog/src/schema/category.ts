import { connectionType, encodeGlobalId, localUuid, pageOf, toPayload } from '@ucos/kit';
import { builder, CatalogError, pageInfo, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import {
  type CategoryRow,
  createCategory,
  deleteCategory,
  listCategories,
  updateCategory,
} from '../data/categories-store.ts';
import {
  type CollectionRow,
  changeCollectionProducts,
  collectionsByIds,
  createCollection,
  listCollections,
} from '../data/collections-store.ts';
import { catalogFail } from '../data/errors.ts';
import { offsetConnection } from '../data/paging.ts';
import { CategoryRef } from './product-types.ts';

type Errors = (typeof CatalogError.$inferType)[];
const NOWHERE = '00000000-0000-0000-0000-000000000000';

builder.queryField('categories', (t) =>
  t.field({
    type: [CategoryRef],
    description: 'The category tree, depth-first by path; `rootsOnly` returns the top level (walk `children`).',
    authScopes: READ_SCOPES,
    args: { rootsOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: async (_root, { rootsOnly }, context) => {
      const all = await listCategories(context.db);
      return rootsOnly ? all.filter((category) => category.parentId === null) : all;
    },
  }),
);

const CategoryPayload = builder
  .objectRef<{ category?: CategoryRow | null; errors: Errors }>('CategoryPayload')
  .implement({
    fields: (t) => ({
      category: t.field({ type: CategoryRef, nullable: true, resolve: (payload) => payload.category ?? null }),
      errors: t.field({ type: [CatalogError], resolve: (payload) => payload.errors }),
    }),
  });

const CategoryCreateInput = builder.inputType('CategoryCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Derived from the name when omitted' }),
    parentId: t.id(),
    position: t.int(),
  }),
});

builder.mutationField('categoryCreate', (t) =>
  t.field({
    type: CategoryPayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CategoryCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const parentId = input.parentId ? (localUuid(input.parentId, 'Category') ?? NOWHERE) : null;
      return toPayload(await createCategory(context.db, { ...input, parentId }), (category) => ({ category }));
    },
  }),
);

const CategoryUpdateInput = builder.inputType('CategoryUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    slug: t.string({ description: 'Renames the path of the whole subtree' }),
    position: t.int(),
  }),
});

builder.mutationField('categoryUpdate', (t) =>
  t.field({
    type: CategoryPayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CategoryUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Category') ?? NOWHERE;
      return toPayload(await updateCategory(context.db, { ...input, id }), (category) => ({ category }));
    },
  }),
);

const CategoryDeleteInput = builder.inputType('CategoryDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});
const CategoryDeletePayload = builder
  .objectRef<{ deletedCategoryId?: string | null; errors: Errors }>('CategoryDeletePayload')
  .implement({
    fields: (t) => ({
      deletedCategoryId: t.id({ nullable: true, resolve: (payload) => payload.deletedCategoryId ?? null }),
      errors: t.field({ type: [CatalogError], resolve: (payload) => payload.errors }),
    }),
  });

builder.mutationField('categoryDelete', (t) =>
  t.field({
    type: CategoryDeletePayload,
    description: 'Deletes a leaf category; its products simply leave it.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CategoryDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Category');
      if (!id) return toPayload(catalogFail('NOT_FOUND', 'No such category', ['input', 'id']), () => ({}));
      return toPayload(await deleteCategory(context.db, id), () => ({ deletedCategoryId: input.id }));
    },
  }),
);

// ---- collections: hand-picked products; list their products with products(filter: { collectionId })

export const CollectionRef = builder.objectRef<CollectionRow>('Collection').implement({
  description: 'A hand-picked set of products (manual membership).',
  fields: (t) => ({
    id: t.id({ resolve: (collection) => encodeGlobalId('Collection', collection.id) }),
    handle: t.exposeString('handle'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    version: t.exposeInt('version'),
  }),
});

const CollectionConnection = connectionType(builder, 'Collection', CollectionRef, pageInfo);

builder.queryField('collections', (t) =>
  t.field({
    type: CollectionConnection,
    authScopes: READ_SCOPES,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, context) => {
      const page = pageOf(args);
      const { rows, totalCount, offset } = await listCollections(context.db, page);
      return offsetConnection(rows, page, offset, totalCount);
    },
  }),
);

builder.queryField('collection', (t) =>
  t.field({
    type: CollectionRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const collectionId = localUuid(id, 'Collection');
      if (!collectionId) return null;
      const rows = await context.db.run((sql) => collectionsByIds(sql, [collectionId]));
      return rows[0] ?? null;
    },
  }),
);

const CollectionPayload = builder
  .objectRef<{ collection?: CollectionRow | null; errors: Errors }>('CollectionPayload')
  .implement({
    fields: (t) => ({
      collection: t.field({ type: CollectionRef, nullable: true, resolve: (payload) => payload.collection ?? null }),
      errors: t.field({ type: [CatalogError], resolve: (payload) => payload.errors }),
    }),
  });

const CollectionCreateInput = builder.inputType('CollectionCreateInput', {
  fields: (t) => ({
    handle: t.string({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
  }),
});

builder.mutationField('collectionCreate', (t) =>
  t.field({
    type: CollectionPayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CollectionCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createCollection(context.db, input), (collection) => ({ collection })),
  }),
);

const CollectionProductsInput = builder.inputType('CollectionProductsInput', {
  fields: (t) => ({ collectionId: t.id({ required: true }), productIds: t.idList({ required: true }) }),
});

for (const [name, add] of [
  ['collectionAddProducts', true],
  ['collectionRemoveProducts', false],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: CollectionPayload,
      authScopes: WRITE_SCOPES,
      args: { input: t.arg({ type: CollectionProductsInput, required: true }) },
      resolve: async (_root, { input }, context) => {
        const result = await changeCollectionProducts(context.db, {
          collectionId: localUuid(input.collectionId, 'Collection') ?? NOWHERE,
          productIds: input.productIds.map((id) => localUuid(id, 'Product') ?? NOWHERE),
          add,
        });
        return toPayload(result, (collection) => ({ collection }));
      },
    }),
  );
}
