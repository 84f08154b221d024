// Where the gateway is and which publishable key (tenant) serves a host name: plain functions of the
// environment, usable from the proxy as well as from server components.

export const gatewayUrl = () => process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

/**
 * The tenant is chosen by its storefront publishable key: per host name from
 * UCOS_STOREFRONT_KEYS (JSON: { "shop.example.com": "ucos_pk_…" }), else UCOS_PUBLISHABLE_KEY.
 */
export function publishableKeyFor(hostHeader: string | null | undefined): string {
  const host = hostHeader?.split(':')[0] ?? '';
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
