import {
  CURSOR_KEYS,
  connectionType,
  localUuid,
  optionalLocalUuid,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
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
import { ProductRef, ProductStatusEnum, VariantRef } from './product-types.ts';
import { selectedFields } from './selection.ts';
import { VariantInput } from './variant.ts';

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

builder.queryField('product', (t) =>
  t.field({
    type: ProductRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => {
      return productLoader(context).load(localUuid(id, 'Product', ['id']));
    },
  }),
);

builder.queryField('productByHandle', (t) =>
  t.field({
    type: ProductRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { handle: t.arg.string({ required: true }) },
    resolve: (_root, { handle }, context) => productByHandleLoader(context).load(handle),
  }),
);

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

builder.queryField('variant', (t) =>
  t.field({
    type: VariantRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => {
      return variantLoader(context).load(localUuid(id, 'ProductVariant', ['id']));
    },
  }),
);

builder.queryField('variantBySku', (t) =>
  t.field({
    type: VariantRef,
    nullable: true,
    authScopes: READ_SCOPES,
    args: { sku: t.arg.string({ required: true }) },
    resolve: (_root, { sku }, context) => variantBySkuLoader(context).load(sku),
  }),
);

// ---- mutations

const productPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      product: t.field({ type: ProductRef, nullable: true, resolve: (payload) => payload.product ?? null }),
    }),
  });

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

const ProductCreatePayload = productPayload('ProductCreate', [
  'DUPLICATE_HANDLE',
  'DUPLICATE_SKU',
  'INVALID_AMOUNT',
  'INVALID_HANDLE',
  'INVALID_INPUT',
  'NOT_FOUND',
  'PLUGIN_REFUSED',
  ...CUSTOM_FIELD_VALUE_CODES,
]);

/** Mutations need a tenant (the write scopes say so): the tenant the plugins run for. */
const tenantOf = (context: { auth: { tenantId: string | null } }): string => {
  if (!context.auth.tenantId) throw new Error('a product write without a tenant');
  return context.auth.tenantId;
};

builder.mutationField('productCreate', (t) =>
  t.field({
    type: ProductCreatePayload,
    description:
      'Creates a product with its options, variants (each with its price on `priceListId`), media and categories: ' +
      'all of it or nothing (a taken SKU is DUPLICATE_SKU naming the SKU, and nothing is stored). ' +
      "The tenant's product plugins may rewrite its handle, title, description or attributes first, or refuse it (PLUGIN_REFUSED).",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const hooked = await beforeProductCreate(context.plugins, tenantOf(context), input);
      if (!hooked.ok) return toPayload(hooked, () => ({}));
      const result = await createProduct(context.db, {
        ...input,
        ...hooked.value,
        categoryIds: categoryUuids(input.categoryIds),
        priceListId: input.priceListId ? localUuid(input.priceListId, 'PriceList', ['input', 'priceListId']) : null,
      });
      return toPayload(result, (value) => value);
    },
  }),
);

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

const ProductUpdatePayload = productPayload('ProductUpdate', [
  'CONFLICT',
  'DUPLICATE_HANDLE',
  'DUPLICATE_SKU',
  'INVALID_HANDLE',
  'INVALID_INPUT',
  'NOT_FOUND',
  'PLUGIN_REFUSED',
  ...CUSTOM_FIELD_VALUE_CODES,
]);

builder.mutationField('productUpdate', (t) =>
  t.field({
    type: ProductUpdatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Product', ['input', 'id']);
      const update = {
        ...input,
        id,
        handle: input.handle ?? undefined,
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        categoryIds: categoryUuids(input.categoryIds),
      };
      const hooked = await beforeProductUpdate(context.db, context.plugins, tenantOf(context), update);
      if (!hooked.ok) return toPayload(hooked, () => ({}));
      const { description, ...changes } = hooked.value;
      const result = await updateProduct(context.db, {
        ...update,
        ...changes,
        // a plugin that clears the description: the store keeps the current one for null
        ...(description === undefined ? {} : { description: description ?? '' }),
      });
      return toPayload(result, (product) => ({ product }));
    },
  }),
);

const ProductStatusSetInput = builder.inputType('ProductStatusSetInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    status: t.field({ type: ProductStatusEnum, required: true }),
    version: t.int({ required: true }),
  }),
});

const ProductStatusSetPayload = productPayload('ProductStatusSet', ['CONFLICT', 'NOT_FOUND']);

builder.mutationField('productStatusSet', (t) =>
  t.field({
    type: ProductStatusSetPayload,
    description: 'Publishes (ACTIVE), unpublishes (DRAFT) or archives (ARCHIVED) a product.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductStatusSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Product', ['input', 'id']);
      const result = await setProductStatus(context.db, { ...input, id });
      return toPayload(result, (product) => ({ product }));
    },
  }),
);

const ProductDeleteInput = builder.inputType('ProductDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const ProductDeletePayload = payloadType(builder, 'ProductDelete', {
  codes: ['CONFLICT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deletedProductId: t.id({ nullable: true, resolve: (payload) => payload.deletedProductId ?? null }),
  }),
});

builder.mutationField('productDelete', (t) =>
  t.field({
    type: ProductDeletePayload,
    description: 'Deletes a product, its variants and prices. Prefer archiving products that were ever sold.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'Product', ['input', 'id']);
      const result = await deleteProduct(context.db, { id, version: input.version });
      return toPayload(result, () => ({ deletedProductId: input.id }));
    },
  }),
);

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

const ProductBulkStatusSetPayload = payloadType(builder, 'ProductBulkStatusSet', {
  codes: ['CONFLICT', 'INVALID_INPUT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    products: t.field({ type: [ProductRef], resolve: (payload) => payload.products ?? [] }),
  }),
});

builder.mutationField('productBulkStatusSet', (t) =>
  t.field({
    type: ProductBulkStatusSetPayload,
    description:
      'Publishes, unpublishes or archives several products: all or nothing. Each refused item is its own error, ' +
      'its field naming the item (["input", "items", "2", "version"]).',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductBulkStatusSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await setProductsStatus(context.db, bulkItems(input.items), input.status);
      return toPayload(result, (products) => ({ products }));
    },
  }),
);

const ProductBulkDeleteInput = builder.inputType('ProductBulkDeleteInput', {
  fields: (t) => ({
    items: t.field({ type: [ProductBulkItemInput], required: true, description: `1 to ${MAX_BULK_ITEMS} products` }),
  }),
});

const ProductBulkDeletePayload = payloadType(builder, 'ProductBulkDelete', {
  codes: ['CONFLICT', 'INVALID_INPUT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deletedProductIds: t.idList({ resolve: (payload) => payload.deletedProductIds ?? [] }),
  }),
});

builder.mutationField('productBulkDelete', (t) =>
  t.field({
    type: ProductBulkDeletePayload,
    description: 'Deletes several products with their variants and prices: all or nothing, each refusal on its item.',
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: ProductBulkDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await deleteProducts(context.db, bulkItems(input.items));
      return toPayload(result, () => ({ deletedProductIds: input.items.map((item) => item.id) }));
    },
  }),
);
