/** Authoritative prices: what catalog says a variant costs for this quantity, currency and customer group. */
export interface PriceQuery {
  variantId: string;
  quantity: number;
}

export interface PricedVariant {
  variantId: string;
  sku: string;
  title: string;
  /** catalog's product of the variant (product-targeted promotions match it) */
  productId: string | null;
  /** the product's collections and categories (collection- and category-targeted promotions match them) */
  collectionIds?: string[];
  categoryIds?: string[];
  /** null when catalog has no price for the currency */
  unitAmount: number | null;
  currency: string | null;
  /** catalog's tax class of the variant (standard, reduced, zero, exempt) */
  taxClass: string;
  /** the product's status: only `active` (any case) can be bought */
  productStatus: string;
}

export interface PricingPort {
  /** one answer per distinct variant id; a missing entry means catalog does not know the variant */
  price(
    tenantId: string,
    lines: PriceQuery[],
    currency: string,
    customerGroup: string | null,
  ): Promise<Map<string, PricedVariant>>;
}
