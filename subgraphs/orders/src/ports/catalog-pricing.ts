import { encodeGlobalId, type InternalClient, referenceUuid } from '@ucos/kit';
import type { PricedVariant, PriceQuery, PricingPort } from './pricing.ts';

interface EntityAnswer {
  id: string;
  sku: string;
  title: string | null;
  price: { amount: number; currency: string } | null;
  product: { id: string; title: string; status: string } | null;
}

/**
 * Prices from the catalog subgraph: one internal call per cart, one `_entities` alias per distinct
 * quantity (quantity tiers make the price depend on it), with a service token for the caller's tenant.
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
      const groups = [...byQuantity.entries()];
      const result = new Map<string, PricedVariant>();
      if (groups.length === 0) return result;
      const variableDefs = ['$c: String!', '$g: String'];
      const selections: string[] = [];
      const variables: Record<string, unknown> = { c: currency, g: customerGroup };
      groups.forEach(([quantity, ids], index) => {
        variableDefs.push(`$r${index}: [_Any!]!`, `$q${index}: Int!`);
        variables[`r${index}`] = [...ids].map((id) => ({
          __typename: 'ProductVariant',
          id: encodeGlobalId('ProductVariant', id),
        }));
        variables[`q${index}`] = quantity;
        selections.push(`g${index}: _entities(representations: $r${index}) {
          ... on ProductVariant { id sku title price(quantity: $q${index}, currency: $c, customerGroup: $g) { amount currency }
            product { id title status } } }`);
      });
      const query = `query OrdersPrices(${variableDefs.join(', ')}) { ${selections.join('\n')} }`;
      const data = await client.request<Record<string, (EntityAnswer | null)[]>>(query, variables, {
        caller: 'orders',
        tenantId,
        scopes: ['catalog:read'],
      });
      const quantityOf = new Map<string, number>(groups.map(([quantity], index) => [`g${index}`, quantity]));
      for (const [alias, answers] of Object.entries(data)) {
        if (!quantityOf.has(alias)) continue;
        for (const answer of answers) {
          const variantId = answer ? referenceUuid(answer.id, 'ProductVariant') : null;
          if (!answer || !variantId) continue;
          result.set(variantId, toPriced(variantId, answer));
        }
      }
      return result;
    },
  };
}

function toPriced(variantId: string, answer: EntityAnswer): PricedVariant {
  const productTitle = answer.product?.title ?? '';
  return {
    variantId,
    sku: answer.sku,
    title: answer.title && answer.title !== productTitle ? `${productTitle} – ${answer.title}` : productTitle,
    unitAmount: answer.price?.amount ?? null,
    currency: answer.price?.currency ?? null,
    productStatus: answer.product?.status ?? 'unknown',
  };
}

/** For tests: a price list in memory. */
export function staticPricing(
  prices: Map<string, { sku: string; title: string; amounts: Record<string, number>; status?: string }>,
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
          unitAmount: amount ?? null,
          currency: amount === undefined ? null : currency,
          productStatus: entry.status ?? 'active',
        });
      }
      return result;
    },
  };
}
