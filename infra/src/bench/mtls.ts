// What mutual TLS between the gateway and the subgraphs costs: the same federated query (a product
// page: catalog, then inventory for its variants) through the gateway, with a partner key (never
// cached), on the platform started once with plain HTTP between the services and once with UCOS_TLS's
// mutual TLS. Prints p50/p99 and requests per second of each.
//   node infra/src/bench/mtls.ts   BENCH_SECONDS=10  BENCH_CONNECTIONS=8  UCOS_RUNTIME=bun|node
import { join } from 'node:path';
import { demoOwnerSession, seedDemoTenant } from '../demo.ts';
import type { Runtime } from '../processes.ts';
import { seedDomains } from '../seed-data.ts';
import { REPO_ROOT, startStack } from '../stack.ts';
import { type Measurement, measure } from './measure.ts';
import { DETAIL } from './operations.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const runtime: Runtime = process.env.UCOS_RUNTIME === 'node' ? 'node' : 'bun';
const stateDir = join(REPO_ROOT, '.ucos/bench-mtls');
process.env.RATE_LIMIT_POINTS ??= String(Number.MAX_SAFE_INTEGER);

async function run(tls: boolean): Promise<Measurement> {
  const stack = await startStack({
    runtime,
    gatewayPort: 4950,
    stateDir,
    embeddedPostgresPort: 5498,
    quiet: true,
    metricsPortBase: 9950,
    tls,
  });
  try {
    await seedDemoTenant(stack.gatewayUrl, stack.database.adminUrl);
    const { tenantId, accessToken } = await demoOwnerSession(stack.gatewayUrl);
    await seedDomains(
      stack.database.serviceUrls,
      tenantId,
      { products: 50, variantsPerProduct: 3, warehouses: 2 },
      stack.database.adminUrl,
    );
    const gql = async (query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) =>
      (await (
        await fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: Record<string, never>; errors?: unknown[] };
    const partner = await gql(
      'mutation { apiKeyCreate(input: { name: "bench mtls", scopes: ["catalog:read", "inventory:read"] }) { secret } }',
      { authorization: `Bearer ${accessToken}` },
    );
    const headers = {
      'x-api-key': (partner.data as { apiKeyCreate?: { secret?: string } })?.apiKeyCreate?.secret ?? '',
    };
    const sample = await gql('{ products(first: 1) { edges { node { handle } } } }', headers);
    const handle = (sample.data as { products?: { edges?: { node: { handle: string } }[] } })?.products?.edges?.[0]
      ?.node.handle;
    if (!handle) throw new Error(`no product to ask for: ${JSON.stringify(sample).slice(0, 300)}`);
    const answer = await gql(DETAIL, headers, { handle });
    if (answer.errors?.length) throw new Error(`the product page failed: ${JSON.stringify(answer.errors)}`);
    const target = { url: stack.gatewayUrl, headers, body: JSON.stringify({ query: DETAIL, variables: { handle } }) };
    // warm-up: connections to the subgraphs open (and, with TLS, handshake) before the measurement
    await measure(target, { connections, durationSeconds: 2 });
    return await measure(target, { connections, durationSeconds: seconds });
  } finally {
    await stack.stop();
  }
}

const rows: [string, Measurement][] = [];
for (const [name, tls] of [
  ['plain HTTP', false],
  ['mutual TLS', true],
] as const) {
  rows.push([name, await run(tls)]);
}
console.log(
  `\nproduct page (catalog + inventory) through the gateway, partner key, ${connections} connections, ${seconds} s, services on ${runtime}\n`,
);
console.log('| gateway ↔ subgraphs | p50 ms | p99 ms | requests/s | errors |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, result] of rows) {
  console.log(
    `| ${name} | ${result.p50} | ${result.p99} | ${Math.round(result.requestsPerSecond)} | ${result.errors} |`,
  );
}
