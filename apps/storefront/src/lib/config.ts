import 'server-only';
import { headers } from 'next/headers';
import { gatewayUrl, publishableKeyFor } from './endpoints.ts';

export { gatewayUrl };
/** The URL the browser uses for the gateway (may differ behind a proxy). */
export const publicGatewayUrl = () => process.env.UCOS_PUBLIC_GATEWAY_URL ?? gatewayUrl();
export const currency = () => process.env.UCOS_STOREFRONT_CURRENCY ?? 'EUR';

/** The publishable key of the host this request came to (see `publishableKeyFor`). */
export async function publishableKey(): Promise<string> {
  return publishableKeyFor((await headers()).get('host'));
}
