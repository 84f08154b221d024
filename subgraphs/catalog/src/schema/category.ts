import { inputMutation, localUuid, nodeEntity, ok, rules } from '@ucos/kit';
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

const CategoryCreateInput = builder.inputType('CategoryCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Derived from the name when omitted', validate: rules.handle() }),
    parentId: t.id(),
    position: t.int(),
  }),
});

inputMutation(builder, 'categoryCreate', {
  input: CategoryCreateInput,
  payload: {
    codes: ['DUPLICATE_NAME', 'INVALID_HANDLE', 'INVALID_INPUT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
    field: 'category',
    type: CategoryRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) =>
    createCategory(context.db, {
      ...input,
      parentId: input.parentId ? localUuid(input.parentId, 'Category', ['input', 'parentId']) : null,
    }),
  fields: (category) => ({ category }),
});

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

/** The category an input's `id` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const categoryUuid = (id: string) => localUuid(id, 'Category', ['input', 'id']);

inputMutation(builder, 'categoryUpdate', {
  input: CategoryUpdateInput,
  payload: {
    codes: [
      'CATEGORY_CYCLE',
      'CONFLICT',
      'DUPLICATE_NAME',
      'INVALID_HANDLE',
      'INVALID_INPUT',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    field: 'category',
    type: CategoryRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) => {
    // omitted (undefined) and null mean different things here: stay, or go to the top level
    const parentId =
      input.parentId === undefined || input.parentId === null
        ? input.parentId
        : localUuid(input.parentId, 'Category', ['input', 'parentId']);
    return updateCategory(context.db, { ...input, id: categoryUuid(input.id), parentId });
  },
  fields: (category) => ({ category }),
});

const CategoryDeleteInput = builder.inputType('CategoryDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

inputMutation(builder, 'categoryDelete', {
  input: CategoryDeleteInput,
  payload: {
    codes: ['CATEGORY_NOT_EMPTY', 'NOT_FOUND'] satisfies CatalogErrorCode[],
    field: 'deletedCategoryId',
    type: 'ID',
  },
  description: 'Deletes a leaf category; its products simply leave it.',
  authScopes: WRITE_SCOPES,
  run: async (context, input) => {
    const deleted = await deleteCategory(context.db, categoryUuid(input.id));
    // the payload names the category as it was asked for: by its global id
    return deleted.ok ? ok(input.id) : deleted;
  },
  fields: (deletedCategoryId) => ({ deletedCategoryId }),
});
