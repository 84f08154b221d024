import type { CustomerAccountsPort } from '../src/ports/customer-accounts.ts';
import type { PricedVariant, PriceQuery, PricingPort } from '../src/ports/pricing.ts';

/** For tests: a price list in memory. */
export function staticPricing(
  prices: Map<
    string,
    {
      sku: string;
      title: string;
      amounts: Record<string, number>;
      status?: string;
      taxClass?: string;
      productId?: string;
      collectionIds?: string[];
      categoryIds?: string[];
    }
  >,
): PricingPort {
  return {
    async price(_tenantId, lines: PriceQuery[], currency) {
      const result = new Map<string, PricedVariant>();
      for (const line of lines) {
        const entry = prices.get(line.variantId);
        if (!entry) continue;
        const amount = entry.amounts[currency];
        result.set(line.variantId, {
          variantId: line.variantId,
          sku: entry.sku,
          title: entry.title,
          productId: entry.productId ?? null,
          collectionIds: entry.collectionIds ?? [],
          categoryIds: entry.categoryIds ?? [],
          unitAmount: amount ?? null,
          currency: amount === undefined ? null : currency,
          productStatus: entry.status ?? 'active',
          taxClass: entry.taxClass ?? 'standard',
        });
      }
      return result;
    },
  };
}

/** For tests: the shoppers each tenant has; a tenant not listed has every shopper. */
export class MemoryCustomerAccounts implements CustomerAccountsPort {
  readonly accounts = new Map<string, Set<string>>();

  async exists(tenantId: string, customerId: string) {
    return this.accounts.get(tenantId)?.has(customerId) ?? !this.accounts.has(tenantId);
  }
}
