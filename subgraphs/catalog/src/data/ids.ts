import { deterministicUuid } from '@ucos/kit';

/**
 * The ids and SKUs the seed gives product p and its variant v (both 0-based), so inventory's seed and
 * the benchmark compute the same ones without asking catalog.
 */
export const seedProductId = (tenantId: string, p: number) => deterministicUuid('product', tenantId, String(p));
export const seedVariantId = (tenantId: string, p: number, v: number) =>
  deterministicUuid('variant', tenantId, String(p), String(v));
/** `SKU-000042-3`: the product index zero-padded to 6 digits, then the variant index. */
export const seedSku = (p: number, v: number) => `SKU-${String(p).padStart(6, '0')}-${v}`;
export const seedHandle = (p: number) => `product-${String(p).padStart(6, '0')}`;
