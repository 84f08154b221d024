import 'server-only';
import { headers } from 'next/headers';
import { gatewayUrl, publishableKeyFor } from './endpoints.ts';

export { gatewayUrl };
export const currency = () => process.env.UCOS_STOREFRONT_CURRENCY ?? 'EUR';

/** The publishable key of the host this request came to (see `publishableKeyFor`). */
export async function publishableKey(): Promise<string> {
  return publishableKeyFor((await headers()).get('host'));
}
