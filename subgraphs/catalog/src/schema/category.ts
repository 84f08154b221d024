import { localUuid, toPayload } from '@ucos/kit';
import { builder, CatalogError, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import {
  type CategoryRow,
  createCategory,
  deleteCategory,
  listCategories,
  updateCategory,
} from '../data/categories-store.ts';
import { CategoryRef } from './product-types.ts';

type Errors = (typeof CatalogError.$inferType)[];

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
      const parentId = input.parentId ? localUuid(input.parentId, 'Category', ['input', 'parentId']) : null;
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
    parentId: t.id({
      description:
        'Moves the category (with its subtree) under this parent; null moves it to the top level, omitted leaves it. ' +
        'Under itself or one of its subcategories is CATEGORY_CYCLE.',
    }),
  }),
});

builder.mutationField('categoryUpdate', (t) =>
  t.field({
    type: CategoryPayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CategoryUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Category', ['input', 'id']);
      // omitted (undefined) and null mean different things here: stay, or go to the top level
      const parentId =
        input.parentId === undefined || input.parentId === null
          ? input.parentId
          : localUuid(input.parentId, 'Category', ['input', 'parentId']);
      return toPayload(await updateCategory(context.db, { ...input, id, parentId }), (category) => ({ category }));
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
      const id = localUuid(input.id, 'Category', ['input', 'id']);
      return toPayload(await deleteCategory(context.db, id), () => ({ deletedCategoryId: input.id }));
    },
  }),
);
