import 'server-only';
import { headers } from 'next/headers';

export const gatewayUrl = () => process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
/** The URL the browser uses for the gateway (may differ behind a proxy). */
export const publicGatewayUrl = () => process.env.UCOS_PUBLIC_GATEWAY_URL ?? gatewayUrl();
export const currency = () => process.env.UCOS_STOREFRONT_CURRENCY ?? 'EUR';

/**
 * The tenant is chosen by its storefront publishable key: per host name from
 * UCOS_STOREFRONT_KEYS (JSON: { "shop.example.com": "ucos_pk_…" }), else UCOS_PUBLISHABLE_KEY.
 */
export async function publishableKey(): Promise<string> {
  const host = (await headers()).get('host')?.split(':')[0] ?? '';
  try {
    const byHost = JSON.parse(process.env.UCOS_STOREFRONT_KEYS ?? '{}') as Record<string, string>;
    if (byHost[host]) return byHost[host];
  } catch {
    // a malformed map falls back to the default key
  }
  const key = process.env.UCOS_PUBLISHABLE_KEY;
  if (!key) throw new Error('This storefront has no publishable key: set UCOS_PUBLISHABLE_KEY.');
  return key;
}
