// The partner SDK against a running gateway (npm start):
//   UCOS_API_KEY=ucos_sk_… node packages/partner-sdk/examples/read.ts
// Without UCOS_API_KEY it signs in as the demo owner and creates a read-only partner key first
// (printed once, as the API shows a key's secret only at creation).
import { createClient, PartnerApiError } from '../src/index.ts';

const endpoint = process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

async function demoPartnerKey(): Promise<string> {
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { session?: { accessToken: string }; secret?: string }> };
  };
  const signIn = await call(
    'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { accessToken } } }',
    { input: { email: 'owner@demo.ucos.dev', password: 'Demo-Password-2026' } },
  );
  const token = signIn.data?.sessionCreate?.session?.accessToken;
  if (!token) throw new Error('cannot sign in as the demo owner: is `npm start` running?');
  const created = await call(
    'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }',
    { input: { name: `partner example ${new Date().toISOString()}`, scopes: ['catalog:read', 'inventory:read'] } },
    token,
  );
  const secret = created.data?.apiKeyCreate?.secret;
  if (!secret) throw new Error(`cannot create a partner key: ${JSON.stringify(created)}`);
  console.log(`created a partner key (shown once): ${secret}\n`);
  return secret;
}

const partner = createClient({ endpoint, apiKey: process.env.UCOS_API_KEY ?? (await demoPartnerKey()) });

const viewer = await partner.viewer();
console.log(`signed in as ${viewer.kind} of ${viewer.tenant?.name} with scopes ${viewer.scopes.join(', ')}`);

const products = await partner.catalog.products(3);
console.log(`\n${products.totalCount} products; the first ${products.edges.length}:`);
for (const { node } of products.edges) {
  console.log(
    `  ${node.title} (${node.status.toLowerCase()}), SKUs ${node.variants.map((variant) => variant.sku).join(', ')}`,
  );
}

const sku = products.edges[0]?.node.variants[0]?.sku;
if (sku) {
  const variant = await partner.catalog.variantBySku(sku, 'EUR');
  const price = variant?.price
    ? `${(variant.price.amount / 10 ** variant.price.fractionDigits).toFixed(variant.price.fractionDigits)} ${variant.price.currency}`
    : 'no price';
  console.log(`\n${sku}: ${price}, ${variant?.inventory.available ?? 0} available`);
}

const low = await partner.inventory.stockLevels(5, { lowStock: true });
console.log(`\n${low.totalCount} stock levels are low`);

// partners may send any document, within their scopes and the gateway's limits
const custom = await partner.request<{ warehouses: { totalCount: number } }>('{ warehouses(first: 1) { totalCount } }');
console.log(`${custom.warehouses.totalCount} warehouses (an ad-hoc query)`);

try {
  await partner.request('{ members(first: 1) { totalCount } }');
} catch (error) {
  if (error instanceof PartnerApiError)
    console.log(`\nmembers without identity:users → ${error.code}: ${error.message}`);
  else throw error;
}
