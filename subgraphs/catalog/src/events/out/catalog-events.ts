import { defineEvents, event } from '@ucos/kit';

/**
 * What catalog publishes (subjects `ucos.catalog.*`), written to the outbox in the unit of work of the
 * change: each type once, with its aggregate and payload. Ids are local uuids (what other domains
 * store), not global ids.
 */

export interface ProductCreatedPayload {
  productId: string;
  handle: string;
  /** absent when the import created the product (it starts as a draft) */
  status?: string;
  variantIds?: string[];
}

export interface ProductChangedPayload {
  productId: string;
  handle: string;
  status: string;
  version: number;
}

export interface VariantPayload {
  variantId: string;
  productId: string;
  sku: string;
  /** absent when the import wrote the variant */
  version?: number;
}

/** A price list's settings (variantId null) or one variant's price in it (amount null: removed). */
export interface PriceChangedPayload {
  priceListId: string;
  currency: string;
  variantId: string | null;
  minQuantity?: number;
  amount?: number | null;
}

export const CATALOG_EVENTS = defineEvents('catalog', {
  'catalog.product.created': event<ProductCreatedPayload>('Product'),
  'catalog.product.updated': event<ProductChangedPayload>('Product'),
  'catalog.product.archived': event<ProductChangedPayload>('Product'),
  'catalog.product.deleted': event<{ productId: string; variantIds: string[] }>('Product'),
  'catalog.variant.created': event<VariantPayload>('ProductVariant'),
  'catalog.variant.updated': event<VariantPayload>('ProductVariant'),
  'catalog.variant.deleted': event<VariantPayload>('ProductVariant'),
  'catalog.price.changed': event<PriceChangedPayload>('PriceList'),
});

export type CatalogEvents = typeof CATALOG_EVENTS;
