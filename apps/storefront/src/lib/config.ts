import 'server-only';
import { headers } from 'next/headers';
import { gatewayUrl, publishableKeyFor } from './endpoints.ts';

export { gatewayUrl };
/**
 * Whether the shop's catalog prices include tax (the product page then says "incl. VAT"); the cart
 * and checkout read it from the cart itself. A storefront key cannot read the tax settings.
 */
export const pricesIncludeTax = () => process.env.UCOS_STOREFRONT_PRICES_INCLUDE_TAX !== 'false';

/** The publishable key of the host this request came to (see `publishableKeyFor`). */
export async function publishableKey(): Promise<string> {
  return publishableKeyFor((await headers()).get('host'));
}
