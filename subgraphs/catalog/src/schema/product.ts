import { CURSOR_KEYS, connectionType, inputMutation, localUuid, ok, optionalLocalUuid, pageOf, rules } from '@ucos/kit';
import { builder, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { offsetConnection } from '../data/paging.ts';
import { beforeProductCreate, beforeProductUpdate } from '../data/product-hooks.ts';
import { deleteProducts, MAX_BULK_ITEMS, setProductsStatus } from '../data/products-bulk-store.ts';
import {
  createProduct,
  deleteProduct,
  listProducts,
  PRODUCT_SORTS,
  setProductStatus,
  updateProduct,
} from '../data/products-store.ts';
import { CustomFieldValueInput } from './custom-fields.ts';
import { productByHandleLoader, productLoader, variantBySkuLoader, variantLoader } from './loaders.ts';
import { lookupQuery } from './lookup-query.ts';
import { ProductRef, ProductStatusEnum, VariantRef } from './product-types.ts';
import { selectedFields } from './selection.ts';
import { VariantInput } from './variant.ts';
import { versionedDeleteMutation } from './versioned-delete.ts';

const CUSTOM_FIELD_VALUE_CODES = [
  'UNKNOWN_CUSTOM_FIELD',
  'CUSTOM_FIELD_REQUIRED',
  'INVALID_CUSTOM_FIELD_VALUE',
] as const;

export const ProductConnection = connectionType(builder, 'Product', ProductRef);

const ProductSortEnum = builder.enumType('ProductSort', { values: PRODUCT_SORTS });

const ProductFilter = builder.inputType('ProductFilter', {
  fields: (t) => ({
    status: t.field({ type: ProductStatusEnum, description: 'Storefront keys always get ACTIVE' }),
    categoryId: t.id({ description: 'This category or any below it' }),
    collectionId: t.id(),
  }),
});

lookupQuery('product', ProductRef, 'id', (context, id) =>
  productLoader(context).load(localUuid(id, 'Product', ['id'])),
);

lookupQuery('productByHandle', ProductRef, 'handle', (context, handle) => productByHandleLoader(context).load(handle));

builder.queryField('products', (t) =>
  t.connection(
    {
      type: ProductRef,
      authScopes: READ_SCOPES,
      args: {
        filter: t.arg({ type: ProductFilter }),
        sort: t.arg({ type: ProductSortEnum, defaultValue: 'NEWEST' }),
      },
      resolve: async (_root, args, context, info) => {
        const page = pageOf(args, CURSOR_KEYS.position);
        const filter = args.filter ?? {};
        const decode = (id: string | null | undefined, type: string, field: string) =>
          optionalLocalUuid(id, type, ['filter', field]);
        const { rows, totalCount, offset } = await listProducts(
          context.db,
          page,
          {
            status: filter.status ?? null,
            categoryId: decode(filter.categoryId, 'Category', 'categoryId'),
            collectionId: decode(filter.collectionId, 'Collection', 'collectionId'),
          },
          args.sort ?? 'NEWEST',
          !context.seesEverything,
          // counting a large catalog costs more than the page: only when the operation asks
          selectedFields(info).has('totalCount'),
        );
        return offsetConnection(rows, page, offset, totalCount);
      },
    },
    ProductConnection,
  ),
);

lookupQuery('variant', VariantRef, 'id', (context, id) =>
  variantLoader(context).load(localUuid(id, 'ProductVariant', ['id'])),
);

lookupQuery('variantBySku', VariantRef, 'sku', (context, sku) => variantBySkuLoader(context).load(sku));

// ---- mutations

const AttributeInput = builder.inputType('ProductAttributeInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});
const OptionInput = builder.inputType('ProductOptionInput', {
  fields: (t) => ({ name: t.string({ required: true }), values: t.stringList({ required: true }) }),
});
const MediaInput = builder.inputType('ProductMediaInput', {
  fields: (t) => ({
    url: t.string({ required: true }),
    alt: t.string(),
    width: t.int(),
    height: t.int(),
    position: t.int(),
  }),
});

/** Global category ids to local ones; a malformed one is BAD_USER_INPUT, another tenant's is NOT_FOUND. */
const categoryUuids = (ids: readonly string[] | null | undefined) =>
  ids?.map((id) => localUuid(id, 'Category', ['input', 'categoryIds'])) ?? null;

const ProductCreateInput = builder.inputType('ProductCreateInput', {
  fields: (t) => ({
    handle: t.string({ required: true, validate: rules.handle() }),
    title: t.string({ required: true, validate: rules.text() }),
    description: t.string(),
    status: t.field({ type: ProductStatusEnum, defaultValue: 'DRAFT' }),
    attributes: t.field({ type: [AttributeInput] }),
    options: t.field({ type: [OptionInput] }),
    media: t.field({ type: [MediaInput] }),
    categoryIds: t.idList(),
    variants: t.field({ type: [VariantInput] }),
    priceListId: t.id({
      description:
        "The price list the variants' `price` goes on (tier 1, the list's currency); required when a variant has one",
    }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Values of custom fields, by key' }),
  }),
});

/** Mutations need a tenant (the write scopes say so): the tenant the plugins run for. */
const tenantOf = (context: { auth: { tenantId: string | null } }): string => {
  if (!context.auth.tenantId) throw new Error('a product write without a tenant');
  return context.auth.tenantId;
};

inputMutation(builder, 'productCreate', {
  input: ProductCreateInput,
  payload: {
    codes: [
      'DUPLICATE_HANDLE',
      'DUPLICATE_SKU',
      'INVALID_AMOUNT',
      'INVALID_HANDLE',
      'INVALID_INPUT',
      'NOT_FOUND',
      'PLUGIN_REFUSED',
      ...CUSTOM_FIELD_VALUE_CODES,
    ] satisfies CatalogErrorCode[],
    field: 'product',
    type: ProductRef,
  },
  description:
    'Creates a product with its options, variants (each with its price on `priceListId`), media and categories: ' +
    'all of it or nothing (a taken SKU is DUPLICATE_SKU naming the SKU, and nothing is stored). ' +
    "The tenant's product plugins may rewrite its handle, title, description or attributes first, or refuse it (PLUGIN_REFUSED).",
  authScopes: WRITE_SCOPES,
  run: async (context, input) => {
    const hooked = await beforeProductCreate(context.plugins, tenantOf(context), input);
    if (!hooked.ok) return hooked;
    return createProduct(context.db, {
      ...input,
      ...hooked.value,
      categoryIds: categoryUuids(input.categoryIds),
      priceListId: input.priceListId ? localUuid(input.priceListId, 'PriceList', ['input', 'priceListId']) : null,
    });
  },
  fields: (created) => created,
});

const ProductUpdateInput = builder.inputType('ProductUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
    handle: t.string({ validate: rules.handle() }),
    title: t.string({ validate: rules.text() }),
    description: t.string(),
    attributes: t.field({ type: [AttributeInput], description: 'Replaces the list' }),
    options: t.field({ type: [OptionInput], description: 'Replaces the list' }),
    media: t.field({ type: [MediaInput], description: 'Replaces the list' }),
    categoryIds: t.idList({ description: 'Replaces the list' }),
    customFields: t.field({
      type: [CustomFieldValueInput],
      description: 'Sets the given keys (a null value removes one); the other fields keep their values',
    }),
  }),
});

/** The product an input's `id` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const productUuid = (id: string) => localUuid(id, 'Product', ['input', 'id']);

inputMutation(builder, 'productUpdate', {
  input: ProductUpdateInput,
  payload: {
    codes: [
      'CONFLICT',
      'DUPLICATE_HANDLE',
      'DUPLICATE_SKU',
      'INVALID_HANDLE',
      'INVALID_INPUT',
      'NOT_FOUND',
      'PLUGIN_REFUSED',
      ...CUSTOM_FIELD_VALUE_CODES,
    ] satisfies CatalogErrorCode[],
    field: 'product',
    type: ProductRef,
  },
  authScopes: WRITE_SCOPES,
  run: async (context, input) => {
    const update = {
      ...input,
      id: productUuid(input.id),
      handle: input.handle ?? undefined,
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      categoryIds: categoryUuids(input.categoryIds),
    };
    const hooked = await beforeProductUpdate(context.db, context.plugins, tenantOf(context), update);
    if (!hooked.ok) return hooked;
    const { description, ...changes } = hooked.value;
    return updateProduct(context.db, {
      ...update,
      ...changes,
      // a plugin that clears the description: the store keeps the current one for null
      ...(description === undefined ? {} : { description: description ?? '' }),
    });
  },
  fields: (product) => ({ product }),
});

const ProductStatusSetInput = builder.inputType('ProductStatusSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    status: t.field({ type: ProductStatusEnum, required: true }),
    version: t.int({ required: true }),
  }),
});

inputMutation(builder, 'productStatusSet', {
  input: ProductStatusSetInput,
  payload: { codes: ['CONFLICT', 'NOT_FOUND'] satisfies CatalogErrorCode[], field: 'product', type: ProductRef },
  description: 'Publishes (ACTIVE), unpublishes (DRAFT) or archives (ARCHIVED) a product.',
  authScopes: WRITE_SCOPES,
  run: (context, input) => setProductStatus(context.db, { ...input, id: productUuid(input.id) }),
  fields: (product) => ({ product }),
});

versionedDeleteMutation('productDelete', 'Product', {
  description: 'Deletes a product, its variants and prices. Prefer archiving products that were ever sold.',
  remove: deleteProduct,
});

// ---- bulk (the admin's product table)

const ProductBulkItemInput = builder.inputType('ProductBulkItemInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const bulkItems = (items: readonly { id: string; version: number }[]) =>
  items.map((item, index) => ({
    id: localUuid(item.id, 'Product', ['input', 'items', String(index), 'id']),
    version: item.version,
  }));

const ProductBulkStatusSetInput = builder.inputType('ProductBulkStatusSetInput', {
  fields: (t) => ({
    items: t.field({ type: [ProductBulkItemInput], required: true, description: `1 to ${MAX_BULK_ITEMS} products` }),
    status: t.field({ type: ProductStatusEnum, required: true }),
  }),
});

inputMutation(builder, 'productBulkStatusSet', {
  input: ProductBulkStatusSetInput,
  payload: {
    codes: ['CONFLICT', 'INVALID_INPUT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
    field: 'products',
    type: ProductRef,
    list: true,
  },
  description:
    'Publishes, unpublishes or archives several products: all or nothing. Each refused item is its own error, ' +
    'its field naming the item (["input", "items", "2", "version"]).',
  authScopes: WRITE_SCOPES,
  run: (context, input) => setProductsStatus(context.db, bulkItems(input.items), input.status),
  fields: (products) => ({ products }),
});

const ProductBulkDeleteInput = builder.inputType('ProductBulkDeleteInput', {
  fields: (t) => ({
    items: t.field({ type: [ProductBulkItemInput], required: true, description: `1 to ${MAX_BULK_ITEMS} products` }),
  }),
});

inputMutation(builder, 'productBulkDelete', {
  input: ProductBulkDeleteInput,
  payload: {
    codes: ['CONFLICT', 'INVALID_INPUT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
    field: 'deletedProductIds',
    type: 'ID',
    list: true,
  },
  description: 'Deletes several products with their variants and prices: all or nothing, each refusal on its item.',
  authScopes: WRITE_SCOPES,
  run: async (context, input) => {
    const deleted = await deleteProducts(context.db, bulkItems(input.items));
    // the payload names the products as they were asked for: by their global ids
    return deleted.ok ? ok(input.items.map((item) => item.id)) : deleted;
  },
  fields: (deletedProductIds) => ({ deletedProductIds }),
});
