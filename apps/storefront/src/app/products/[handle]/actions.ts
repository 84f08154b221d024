'use server';
import { graphql } from '../../../generated/gql.ts';
import type { VariantPicker_LiveQuery } from '../../../generated/graphql.ts';
import { GatewayError, gql } from '../../../lib/gateway.ts';

const Live = graphql(`
  query VariantPicker_Live($id: ID!, $currency: String!, $quantity: Int!) {
    variant(id: $id) {
      id
      price(currency: $currency, quantity: $quantity) {
        amount
        currency
        fractionDigits
      }
      inventory {
        available
        inStock
      }
    }
  }
`);

type LiveOffer = VariantPicker_LiveQuery['variant'];

/**
 * A variant's price for this quantity and its live availability, for the product page's picker.
 * Runs on the server with the shopper's token from the httpOnly cookie (a B2B buyer's company
 * price) or the store's key: no credential is ever handed to browser JavaScript.
 */
export async function liveOffer(
  id: string,
  currency: string,
  quantity: number,
): Promise<{ ok: true; offer: LiveOffer } | { ok: false; message: string }> {
  try {
    const { variant } = await gql(Live, { id, currency, quantity }, { as: 'either' });
    return { ok: true, offer: variant ?? null };
  } catch (error) {
    if (error instanceof GatewayError) return { ok: false, message: error.message };
    throw error;
  }
}
