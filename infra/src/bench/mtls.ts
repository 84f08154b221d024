// What mutual TLS between the gateway and the subgraphs costs: the same federated query (a product
// page: catalog, then inventory for its variants) through the gateway, with a partner key (never
// cached), on the platform started with plain HTTP between the services and with UCOS_TLS's mutual
// TLS, BENCH_ROUNDS times each, alternating which goes first (a busy machine drifts; the medians of
// the rounds are the result). Prints p50/p99 and requests per second of each round and the medians.
//   node infra/src/bench/mtls.ts   BENCH_SECONDS=10  BENCH_CONNECTIONS=8  BENCH_ROUNDS=3  UCOS_RUNTIME=bun|node
import { join } from 'node:path';
import { demoOwnerSession, seedDemoTenant } from '../demo.ts';
import type { Runtime } from '../processes.ts';
import { seedDomains } from '../seed-data.ts';
import { REPO_ROOT, startStack } from '../stack.ts';
import { type Measurement, measure } from './measure.ts';
import { DETAIL } from './operations.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
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

const MODES = [
  ['plain HTTP', false],
  ['mutual TLS', true],
] as const;
const results: Record<string, Measurement[]> = { 'plain HTTP': [], 'mutual TLS': [] };
const lines: string[] = [];
for (let round = 1; round <= rounds; round++) {
  for (const [name, tls] of round % 2 ? MODES : [...MODES].reverse()) {
    const result = await run(tls);
    results[name]?.push(result);
    lines.push(row(`${name}, round ${round}`, result));
    console.log(lines.at(-1));
  }
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
console.log(
  `\nproduct page (catalog + inventory) through the gateway, partner key, ${connections} connections, ${seconds} s × ${rounds} rounds, services on ${runtime}\n`,
);
console.log('| gateway ↔ subgraphs | p50 ms | p99 ms | requests/s | errors |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const line of lines) console.log(line);
for (const [name] of MODES) {
  const measured = results[name] ?? [];
  console.log(
    row(`**${name}, median**`, {
      p50: median(measured.map((result) => result.p50)),
      p99: median(measured.map((result) => result.p99)),
      requestsPerSecond: median(measured.map((result) => result.requestsPerSecond)),
      errors: measured.reduce((sum, result) => sum + result.errors, 0),
      requests: measured.reduce((sum, result) => sum + result.requests, 0),
    }),
  );
}

function row(name: string, result: Measurement) {
  return `| ${name} | ${result.p50} | ${result.p99} | ${Math.round(result.requestsPerSecond)} | ${result.errors} |`;
}
