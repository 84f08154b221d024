import { badUserInput, encodeGlobalId, isCurrencyCode, nodeEntity } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import type { CategoryRow } from '../data/categories-store.ts';
import type { PriceListRow, PriceRow } from '../data/prices-store.ts';
import type { Attribute, Media, ProductOption, ProductRow } from '../data/products-store.ts';
import { PRODUCT_STATUSES } from '../data/validation.ts';
import type { OptionValue, VariantRow } from '../data/variants-store.ts';
import {
  categoriesOfProductLoader,
  categoryLoader,
  childCategoriesLoader,
  inStockLoader,
  priceListLoader,
  priceLoader,
  pricesOfVariantLoader,
  pricingGroupOf,
  productLoader,
  variantLoader,
  variantsOfProductLoader,
} from './loaders.ts';

export const ProductStatusEnum = builder.enumType('ProductStatus', { values: PRODUCT_STATUSES });

export const AttributeRef = builder.objectRef<Attribute>('ProductAttribute').implement({
  description: 'A free-form property of a product (material: cotton); searchable and faceted.',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

export const OptionRef = builder.objectRef<ProductOption>('ProductOption').implement({
  description: 'A dimension the variants differ in (Size: S, M, L).',
  fields: (t) => ({ name: t.exposeString('name'), values: t.exposeStringList('values') }),
});

export const OptionValueRef = builder.objectRef<OptionValue>('VariantOptionValue').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

export const MediaRef = builder.objectRef<Media>('ProductMedia').implement({
  description: 'A reference to an image or video hosted elsewhere.',
  fields: (t) => ({
    url: t.exposeString('url'),
    alt: t.exposeString('alt', { nullable: true }),
    width: t.exposeInt('width', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
    position: t.exposeInt('position'),
  }),
});

export const CategoryRef = builder.objectRef<CategoryRow>('Category');
export const PriceListRef = builder.objectRef<PriceListRow>('PriceList');
export const ProductRef = builder.objectRef<ProductRow>('Product');
export const VariantRef = builder.objectRef<VariantRow>('ProductVariant');

CategoryRef.implement({
  description: 'A node of the category tree. `path` is the slugs from the root, e.g. apparel/t-shirts.',
  fields: (t) => ({
    id: t.id({ resolve: (category) => encodeGlobalId('Category', category.id) }),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    path: t.exposeString('path'),
    position: t.exposeInt('position'),
    version: t.exposeInt('version'),
    parent: t.field({
      type: CategoryRef,
      nullable: true,
      resolve: (category, _args, context) =>
        category.parentId ? categoryLoader(context).load(category.parentId) : null,
    }),
    children: t.field({
      type: [CategoryRef],
      resolve: (category, _args, context) => childCategoriesLoader(context).load(category.id),
    }),
  }),
});

PriceListRef.implement({
  description: 'Prices in one currency, public or for one customer group, optionally within a validity window.',
  fields: (t) => ({
    id: t.id({ resolve: (list) => encodeGlobalId('PriceList', list.id) }),
    name: t.exposeString('name'),
    currency: t.exposeString('currency'),
    customerGroup: t.exposeString('customerGroup', {
      nullable: true,
      description: 'null: a public list, visible to everyone',
    }),
    validFrom: t.expose('validFrom', { type: 'DateTime', nullable: true }),
    validTo: t.expose('validTo', { type: 'DateTime', nullable: true }),
    priority: t.exposeInt('priority'),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version'),
  }),
});

export const PriceRef = builder.objectRef<PriceRow>('Price').implement({
  description: "One quantity tier of a variant's price in one price list.",
  fields: (t) => ({
    priceList: t.field({
      type: PriceListRef,
      resolve: async (price, _args, context) => (await priceListLoader(context).load(price.priceListId))!,
    }),
    minQuantity: t.exposeInt('minQuantity'),
    amount: t.field({ type: MoneyRef, resolve: (price) => ({ amount: price.amount, currency: price.currency }) }),
  }),
});

ProductRef.implement({
  description: 'A sellable thing; what is bought is one of its variants.',
  fields: (t) => ({
    id: t.id({ resolve: (product) => encodeGlobalId('Product', product.id) }),
    handle: t.exposeString('handle', { description: 'URL key, unique per tenant' }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    status: t.field({ type: ProductStatusEnum, resolve: (product) => product.status }),
    attributes: t.field({ type: [AttributeRef], resolve: (product) => product.attributes }),
    options: t.field({ type: [OptionRef], resolve: (product) => product.options }),
    media: t.field({
      type: [MediaRef],
      resolve: (product) => [...product.media].sort((a, b) => a.position - b.position),
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    variants: t.field({
      type: [VariantRef],
      resolve: (product, _args, context) => variantsOfProductLoader(context).load(product.id),
    }),
    categories: t.field({
      type: [CategoryRef],
      resolve: (product, _args, context) => categoriesOfProductLoader(context).load(product.id),
    }),
    inStock: t.boolean({
      description: 'Any variant has stock available (as last reported by inventory)',
      resolve: (product, _args, context) => inStockLoader(context).load(product.id),
    }),
  }),
});

VariantRef.implement({
  description: 'What is bought: one combination of option values, with its own SKU and prices.',
  fields: (t) => ({
    id: t.id({ resolve: (variant) => encodeGlobalId('ProductVariant', variant.id) }),
    sku: t.exposeString('sku', { description: 'Unique per tenant' }),
    title: t.exposeString('title'),
    optionValues: t.field({ type: [OptionValueRef], resolve: (variant) => variant.optionValues }),
    weightGrams: t.exposeInt('weightGrams', { nullable: true }),
    barcode: t.exposeString('barcode', { nullable: true }),
    position: t.exposeInt('position'),
    taxClass: t.exposeString('taxClass', {
      description: "standard, reduced, zero or exempt: the rate orders applies is this class's in the buyer's tax zone",
    }),
    version: t.exposeInt('version'),
    product: t.field({
      type: ProductRef,
      // nullable: a storefront caller reaching a variant of a hidden product (by reference) gets null
      nullable: true,
      resolve: (variant, _args, context) => productLoader(context).load(variant.productId),
    }),
    price: t.field({
      type: MoneyRef,
      nullable: true,
      description:
        'The unit price for this quantity, resolved across price lists (see the catalog README). ' +
        'customerGroup is honoured for callers with catalog:read; a signed-in B2B buyer gets their ' +
        "company's group; storefront keys get public prices.",
      args: {
        quantity: t.arg.int({ defaultValue: 1 }),
        currency: t.arg.string({ required: true }),
        customerGroup: t.arg.string(),
      },
      resolve: async (variant, args, context) => {
        if (!isCurrencyCode(args.currency)) throw badUserInput('not an ISO 4217 currency', ['currency']);
        const quantity = args.quantity ?? 1;
        if (!Number.isInteger(quantity) || quantity < 1)
          throw badUserInput('quantity must be at least 1', ['quantity']);
        const customerGroup = await pricingGroupOf(context, args.customerGroup);
        const price = await priceLoader(context, { currency: args.currency, quantity, customerGroup }).load(variant.id);
        return price ? { amount: price.amount, currency: price.currency } : null;
      },
    }),
    prices: t.field({
      type: [PriceRef],
      description: 'Every tier in every price list the caller may see',
      resolve: (variant, _args, context) => pricesOfVariantLoader(context).load(variant.id),
    }),
  }),
});

nodeEntity(builder, ProductRef, 'Product', (id, context) => productLoader(context).load(id));
nodeEntity(builder, VariantRef, 'ProductVariant', (id, context) => variantLoader(context).load(id));
