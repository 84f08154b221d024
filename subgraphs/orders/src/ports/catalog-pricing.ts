import { type InternalVariantPricesQuery, VariantPrices } from '@ucos/internal-clients/catalog';
import { encodeGlobalId, type InternalClient, referenceUuid } from '@ucos/kit';
import type { PricedVariant, PricingPort } from './pricing.ts';

type Answer = InternalVariantPricesQuery['_entities'][number];
type VariantAnswer = Extract<NonNullable<Answer>, { sku: string }>;
/** null or `{}`: catalog does not know the variant (or it is another tenant's) */
const isVariant = (answer: Answer): answer is VariantAnswer => answer !== null && 'sku' in answer;

/**
 * Prices from the catalog subgraph with a service token for the caller's tenant: one call per
 * distinct quantity in the cart (quantity tiers make the price depend on it), sent together. Each
 * call is a query, so the internal client retries it when catalog was unavailable.
 */
export function catalogPricing(client: InternalClient): PricingPort {
  return {
    async price(tenantId, lines, currency, customerGroup) {
      const byQuantity = new Map<number, Set<string>>();
      for (const line of lines) {
        const set = byQuantity.get(line.quantity) ?? new Set<string>();
        set.add(line.variantId);
        byQuantity.set(line.quantity, set);
      }
      const answers = await Promise.all(
        [...byQuantity.entries()].map(([quantity, ids]) =>
          client.request(
            VariantPrices,
            {
              representations: [...ids].map((id) => ({
                __typename: 'ProductVariant',
                id: encodeGlobalId('ProductVariant', id),
              })),
              quantity,
              currency,
              customerGroup,
            },
            { caller: 'orders', tenantId, scopes: ['catalog:read'] },
          ),
        ),
      );
      const result = new Map<string, PricedVariant>();
      for (const { _entities } of answers) {
        for (const answer of _entities) {
          if (!isVariant(answer)) continue;
          const variantId = referenceUuid(answer.id, 'ProductVariant');
          if (variantId) result.set(variantId, toPriced(variantId, answer));
        }
      }
      return result;
    },
  };
}

const uuidsOf = (entries: readonly { id: string }[], type: string) =>
  entries.map((entry) => referenceUuid(entry.id, type)).filter((id): id is string => id !== null);

function toPriced(variantId: string, answer: VariantAnswer): PricedVariant {
  const productTitle = answer.product?.title ?? '';
  return {
    variantId,
    sku: answer.sku,
    productId: answer.product ? referenceUuid(answer.product.id, 'Product') : null,
    collectionIds: uuidsOf(answer.product?.collections ?? [], 'Collection'),
    categoryIds: uuidsOf(answer.product?.categories ?? [], 'Category'),
    title: answer.title && answer.title !== productTitle ? `${productTitle} – ${answer.title}` : productTitle,
    unitAmount: answer.price?.amount ?? null,
    currency: answer.price?.currency ?? null,
    taxClass: answer.taxClass,
    productStatus: answer.product?.status ?? 'unknown',
  };
}
