import { byKeys, groupedByKeys } from '@ucos/kit';
import type { CatalogContext } from '../context.ts';
import { type CategoryRow, categoriesByIds, categoriesOfProducts, childrenOf } from '../data/categories-store.ts';
import { type CollectionPage, collectionsOfProducts, productsOfCollections } from '../data/collection-members-store.ts';
import type { CollectionRow } from '../data/collections-store.ts';
import {
  type PriceListRow,
  type PriceQuery,
  type PriceRow,
  priceListsByIds,
  pricesOfVariants,
  resolvePrices,
} from '../data/prices-store.ts';
import { type ProductRow, productsByHandles, productsByIds } from '../data/products-store.ts';
import { pricingGroupsOf, productsInStock } from '../data/read-models-store.ts';
import { type VariantRow, variantsByIds, variantsBySkus, variantsOfProducts } from '../data/variants-store.ts';
import type { Sql } from '../db.ts';

/**
 * Every entity reference and nested list goes through one of these per-request DataLoaders, so a
 * page of N products costs one statement per kind of child, whatever N is. Each batch is one tenant
 * transaction; what a storefront caller may see is decided here, once.
 */
function batched<K, V>(
  context: CatalogContext,
  name: string,
  load: (sql: Sql, keys: readonly K[], activeOnly: boolean) => Promise<(V | Error)[]>,
) {
  return context.loaders.get<K, V>(name, (keys) => context.db.run((sql) => load(sql, keys, !context.seesEverything)));
}

export const productLoader = (context: CatalogContext) =>
  batched<string, ProductRow | null>(context, 'product', async (sql, ids, activeOnly) =>
    byKeys(ids, await productsByIds(sql, ids, activeOnly), (row) => row.id),
  );

export const productByHandleLoader = (context: CatalogContext) =>
  batched<string, ProductRow | null>(context, 'productByHandle', async (sql, handles, activeOnly) =>
    byKeys(handles, await productsByHandles(sql, handles, activeOnly), (row) => row.handle),
  );

export const variantLoader = (context: CatalogContext) =>
  batched<string, VariantRow | null>(context, 'variant', async (sql, ids, activeOnly) =>
    byKeys(ids, await variantsByIds(sql, ids, activeOnly), (row) => row.id),
  );

export const variantBySkuLoader = (context: CatalogContext) =>
  batched<string, VariantRow | null>(context, 'variantBySku', async (sql, skus, activeOnly) =>
    byKeys(skus, await variantsBySkus(sql, skus, activeOnly), (row) => row.sku),
  );

/** Parents are already visible to the caller, so their variants need no second visibility check. */
export const variantsOfProductLoader = (context: CatalogContext) =>
  batched<string, VariantRow[]>(context, 'variantsOfProduct', async (sql, productIds) =>
    groupedByKeys(productIds, await variantsOfProducts(sql, productIds), (row) => row.productId),
  );

/** One loader per distinct (currency, group, quantity): the arguments are part of the batch. */
export const priceLoader = (context: CatalogContext, query: PriceQuery) =>
  batched<string, PriceRow | null>(
    context,
    `price:${query.currency}:${query.customerGroup ?? ''}:${query.quantity}`,
    async (sql, variantIds) => byKeys(variantIds, await resolvePrices(sql, variantIds, query), (row) => row.variantId),
  );

export const pricesOfVariantLoader = (context: CatalogContext) =>
  batched<string, PriceRow[]>(context, 'pricesOfVariant', async (sql, variantIds, publicOnly) =>
    groupedByKeys(variantIds, await pricesOfVariants(sql, variantIds, publicOnly), (row) => row.variantId),
  );

export const priceListLoader = (context: CatalogContext) =>
  batched<string, PriceListRow | null>(context, 'priceList', async (sql, ids, publicOnly) =>
    byKeys(ids, await priceListsByIds(sql, ids, publicOnly), (row) => row.id),
  );

export const categoryLoader = (context: CatalogContext) =>
  batched<string, CategoryRow | null>(context, 'category', async (sql, ids) =>
    byKeys(ids, await categoriesByIds(sql, ids), (row) => row.id),
  );

export const childCategoriesLoader = (context: CatalogContext) =>
  batched<string, CategoryRow[]>(context, 'childCategories', async (sql, ids) =>
    groupedByKeys(ids, await childrenOf(sql, ids), (row) => row.parentId ?? ''),
  );

export const categoriesOfProductLoader = (context: CatalogContext) =>
  batched<string, CategoryRow[]>(context, 'categoriesOfProduct', async (sql, ids) =>
    groupedByKeys(ids, await categoriesOfProducts(sql, ids), (row) => row.productId),
  );

export const collectionsOfProductLoader = (context: CatalogContext) =>
  batched<string, CollectionRow[]>(context, 'collectionsOfProduct', async (sql, ids) =>
    groupedByKeys(ids, await collectionsOfProducts(sql, ids), (row) => row.productId),
  );

/** One loader per distinct window: every collection asked for the same page shares one statement. */
export const productsOfCollectionLoader = (context: CatalogContext, window: { offset: number; limit: number }) =>
  batched<string, CollectionPage>(
    context,
    `productsOfCollection:${window.offset}:${window.limit}`,
    async (sql, collectionIds, activeOnly) => {
      const pages = await productsOfCollections(sql, collectionIds, window, activeOnly);
      return collectionIds.map((id) => pages.get(id)!);
    },
  );

export const inStockLoader = (context: CatalogContext) =>
  batched<string, boolean>(context, 'inStock', async (sql, productIds) => {
    const inStock = await productsInStock(sql, productIds);
    return productIds.map((id) => inStock.has(id));
  });

/** The customer group each buyer is priced at (catalog's read model of orders' companies). */
export const pricingGroupLoader = (context: CatalogContext) =>
  batched<string, string | null>(context, 'pricingGroup', async (sql, customerIds) => {
    const groups = await pricingGroupsOf(sql, customerIds);
    return customerIds.map((id) => groups.get(id) ?? null);
  });

/**
 * The customer group a caller's prices come from: staff (catalog:read) may ask for any group; a
 * signed-in shopper gets their company's group whatever they ask for; everyone else public prices.
 */
export async function pricingGroupOf(context: CatalogContext, requested: string | null | undefined) {
  if (context.seesEverything) return requested ?? null;
  if (context.auth.kind === 'customer' && context.auth.subject) {
    return pricingGroupLoader(context).load(context.auth.subject);
  }
  return null;
}
