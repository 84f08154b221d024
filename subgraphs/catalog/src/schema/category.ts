import { localUuid, nodeEntity, payloadType, rules, toPayload } from '@ucos/kit';
import { builder, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import {
  categoriesByIds,
  createCategory,
  deleteCategory,
  listCategories,
  updateCategory,
} from '../data/categories-store.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { CategoryRef } from './product-types.ts';

nodeEntity(
  builder,
  CategoryRef,
  'Category',
  async (id, context) => (await context.db.run((sql) => categoriesByIds(sql, [id])))[0] ?? null,
);

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

const categoryPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      category: t.field({ type: CategoryRef, nullable: true, resolve: (payload) => payload.category ?? null }),
    }),
  });

const CategoryCreateInput = builder.inputType('CategoryCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Derived from the name when omitted', validate: rules.handle() }),
    parentId: t.id(),
    position: t.int(),
  }),
});

const CategoryCreatePayload = categoryPayload('CategoryCreate', [
  'DUPLICATE_NAME',
  'INVALID_HANDLE',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

builder.mutationField('categoryCreate', (t) =>
  t.field({
    type: CategoryCreatePayload,
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
    slug: t.string({ description: 'Renames the path of the whole subtree', validate: rules.handle() }),
    position: t.int(),
    parentId: t.id({
      description:
        'Moves the category (with its subtree) under this parent; null moves it to the top level, omitted leaves it. ' +
        'Under itself or one of its subcategories is CATEGORY_CYCLE.',
    }),
  }),
});

const CategoryUpdatePayload = categoryPayload('CategoryUpdate', [
  'CATEGORY_CYCLE',
  'CONFLICT',
  'DUPLICATE_NAME',
  'INVALID_HANDLE',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

builder.mutationField('categoryUpdate', (t) =>
  t.field({
    type: CategoryUpdatePayload,
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

const CategoryDeletePayload = payloadType(builder, 'CategoryDelete', {
  codes: ['CATEGORY_NOT_EMPTY', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deletedCategoryId: t.id({ nullable: true, resolve: (payload) => payload.deletedCategoryId ?? null }),
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
