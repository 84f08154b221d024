import { ok } from '@ucos/kit';
import type { OrdersDeps } from '../deps.ts';
import { type OrdersError, type OrdersResult, ordersError } from './errors.ts';
import { encodeGlobalIdSafe } from './ids.ts';

export interface PricedLine {
  variantId: string;
  quantity: number;
  sku: string;
  title: string;
  productId: string | null;
  collectionIds: string[];
  categoryIds: string[];
  unitAmount: number;
  /** catalog's tax class of the variant */
  taxClass: string;
}

/**
 * Authoritative prices for the given quantities, from catalog: an unknown or unsellable variant is
 * UNKNOWN_VARIANT, a variant without a price in the cart's currency is CURRENCY_MISMATCH.
 */
export async function priceLines(
  deps: OrdersDeps,
  tenantId: string,
  currency: string,
  customerGroup: string | null,
  quantities: Map<string, number>,
  field: string[],
  /** how refusals name a variant (default: `variant <its global id>`) */
  names?: ReadonlyMap<string, string>,
): Promise<OrdersResult<PricedLine[]>> {
  const queries = [...quantities].map(([variantId, quantity]) => ({ variantId, quantity }));
  const answers = queries.length ? await deps.pricing.price(tenantId, queries, currency, customerGroup) : new Map();
  const errors: OrdersError[] = [];
  const lines: PricedLine[] = [];
  for (const { variantId, quantity } of queries) {
    const answer = answers.get(variantId);
    const named = names?.get(variantId) ?? `variant ${encodeGlobalIdSafe('ProductVariant', variantId)}`;
    if (answer?.productStatus.toLowerCase() !== 'active') {
      errors.push(ordersError('UNKNOWN_VARIANT', `No sellable ${named}`, field));
    } else if (answer.unitAmount === null || answer.currency !== currency) {
      errors.push(ordersError('CURRENCY_MISMATCH', `${named} has no price in ${currency}`, field));
    } else {
      lines.push({
        variantId,
        quantity,
        sku: answer.sku,
        title: answer.title,
        productId: answer.productId,
        collectionIds: answer.collectionIds ?? [],
        categoryIds: answer.categoryIds ?? [],
        unitAmount: answer.unitAmount,
        taxClass: answer.taxClass,
      });
    }
  }
  return errors.length ? { ok: false, errors } : ok(lines);
}
