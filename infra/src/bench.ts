// npm run bench — measures the storefront read path through the gateway and straight to the owning
// subgraph, on real PostgreSQL when DATABASE_URL is set (embedded otherwise). Writes JSON and a
// Markdown table to infra/bench/results/ and prints the table.
//   BENCH_SECONDS=8 (per phase)  BENCH_PRODUCTS=1000  UCOS_RUNTIME=bun|node
//   BENCH_ONLY=listing,partner (run only the reads whose "operation via …" holds every word; no writes
//   or events unless a word names them)  GATEWAY_WORKERS=n (the gateway's processes, default 1)
//   BENCH_CPU_REQUESTS=200 (requests of the CPU-per-request phase)  BENCH_CPU_PROF=<folder> (the gateway and subgraphs write CPU profiles there; summary:
//   node infra/src/bench/cpu-profile-summary.ts <file>)
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken, withDatabase } from '@ucos/kit';
import { netCpuPerRequest, waitUntilQuiet } from './bench/cpu.ts';
import { benchEvents } from './bench/events.ts';
import { measure, measureOpenLoop, verify } from './bench/measure.ts';
import { type BenchContext, OPERATIONS } from './bench/operations.ts';
import { markdownReport, type OperationResult } from './bench/report.ts';
import { benchWrites } from './bench/writes.ts';
import { seedDemoPromotions } from './demo/promotions.ts';
import { seedDemoTax } from './demo/tax.ts';
import { demoOwnerSession, seedDemoTenant } from './demo.ts';
import { localSecrets } from './local-secrets.ts';
import type { Runtime } from './processes.ts';
import { DEMO_SIZE, seedDomains } from './seed-data.ts';
import { REPO_ROOT, startStack } from './stack.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));
const runtime: Runtime = process.env.UCOS_RUNTIME === 'node' ? 'node' : 'bun';
const stateDir = join(REPO_ROOT, '.ucos/bench');
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const selected = (name: string) => only.every((word) => name.toLowerCase().includes(word));
const profileDir = process.env.BENCH_CPU_PROF;
const cpuRequests = Number(process.env.BENCH_CPU_REQUESTS ?? 200);
if (process.env.DATABASE_URL && new URL(process.env.DATABASE_URL).pathname.replace('/', '') === 'postgres') {
  // keep benchmark data apart from `npm start`'s database on the same server
  process.env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, 'ucos_bench');
}

// one storefront key from one address sends every request: lift its rate limits so the bench
// measures latency, not the limiter
for (const budget of [
  'RATE_LIMIT_POINTS',
  'RATE_LIMIT_STOREFRONT_CLIENT_POINTS',
  'RATE_LIMIT_STOREFRONT_KEY_POINTS',
  'RATE_LIMIT_ANONYMOUS_POINTS',
]) {
  process.env[budget] ??= String(Number.MAX_SAFE_INTEGER);
}

const stack = await startStack({
  runtime,
  gatewayPort: 4900,
  stateDir,
  embeddedPostgresPort: 5499,
  quiet: true,
  metricsPortBase: 9900,
  ...(profileDir ? { cpuProfileDir: profileDir } : {}),
});
const pidOf = (name: string) => stack.services.find((service) => service.name === name)?.child.pid;
const subgraphPids = stack.services
  .filter((service) => service.name !== 'gateway' && service.name !== 'worker')
  .map((service) => service.child.pid);
try {
  await seedDemoTenant(stack.gatewayUrl, stack.database.adminUrl);
  const gql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the bench walks arbitrary response shapes
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  const { tenantId, accessToken } = await demoOwnerSession(stack.gatewayUrl);
  const session = { accessToken };
  const size = { ...DEMO_SIZE, products: Number(process.env.BENCH_PRODUCTS ?? DEMO_SIZE.products) };
  console.log(
    `seeding ${size.products} products × ${size.variantsPerProduct} variants, ${size.warehouses} warehouses…`,
  );
  console.log(
    `seeded: ${(await seedDomains(stack.database.serviceUrls, tenantId, size, stack.database.adminUrl)).join(', ') || 'nothing to seed'}`,
  );
  // checkouts are priced with the demo's tax: inclusive prices, zones and rates per class
  console.log(`tax: ${(await seedDemoTax(stack.gatewayUrl, accessToken)).join(', ') || 'already configured'}`);
  // "checkout with a code" applies the demo's WELCOME10; free shipping from 75 EUR applies by itself
  console.log(`promotions: ${(await seedDemoPromotions(stack.gatewayUrl, accessToken)).join(', ') || 'already there'}`);

  const key = await gql(
    `mutation { storefrontKeyCreate(input: { name: "bench" }) { secret } }`,
    {},
    { authorization: `Bearer ${session.accessToken}` },
  );
  const storefrontHeaders = { 'x-publishable-key': key.data?.storefrontKeyCreate?.secret as string };
  const partner = await gql(
    `mutation { apiKeyCreate(input: { name: "bench partner", scopes: ["catalog:read", "inventory:read"] }) { secret } }`,
    {},
    { authorization: `Bearer ${session.accessToken}` },
  );
  // the same operations with a partner key: asked with `Cache-Control: no-cache` they show the uncached
  // federated path; without it, the gateway's memory (kept while Redis announces every commit)
  const partnerHeaders = { 'x-api-key': partner.data?.apiKeyCreate?.secret as string };
  const partnerUncached = { ...partnerHeaders, 'cache-control': 'no-cache' };
  const secrets = await localSecrets(join(stateDir, 'secrets.json'));
  const key32 = internalTokenKey(secrets.internalTokenSecret);
  const sample = await gql(
    `{ products(first: 1) { edges { node { id handle title variants { sku } } } } }`,
    {},
    storefrontHeaders,
  );
  const first = sample.data?.products?.edges?.[0]?.node;
  if (!first) throw new Error(`no products to benchmark: ${JSON.stringify(sample).slice(0, 300)}`);
  const context: BenchContext = {
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: Object.fromEntries(stack.subgraphUrls.map((entry) => [entry.name, entry.url])),
    storefrontHeaders,
    internalHeaders: async () => ({
      [INTERNAL_TOKEN_HEADER]: await signInternalToken(
        key32,
        {
          kind: 'publishable_key',
          subject: 'bench',
          tenantId,
          roles: [],
          scopes: ['catalog:browse'],
          requestId: 'bench',
        },
        600,
      ),
    }),
    sample: {
      productId: first.id,
      handle: first.handle,
      sku: first.variants[0].sku,
      searchTerm: String(first.title).split(' ')[0] ?? 'shirt',
    },
  };

  const results: OperationResult[] = [];
  for (const operation of OPERATIONS) {
    const variants = [
      { via: 'gateway (storefront key)', target: operation.gateway(context) },
      { via: 'gateway (partner key, uncached)', target: { ...operation.gateway(context), headers: partnerUncached } },
      // partners' answers are kept only while the gateway hears every commit (Redis)
      ...(process.env.REDIS_URL
        ? [{ via: 'gateway (partner key, cached)', target: { ...operation.gateway(context), headers: partnerHeaders } }]
        : []),
      ...(operation.direct ? [{ via: 'subgraph (direct)', target: await operation.direct(context) }] : []),
    ];
    for (const { via, target } of variants) {
      if (!selected(`${operation.name} via ${via}`)) continue;
      await verify(`${operation.name} via ${via}`, target);
      await measure(target, { connections: 4, durationSeconds: 2 }); // warm-up
      process.stdout.write(`${operation.name} via ${via}: `);
      // the fixed-rate phase runs before the saturation phases, and every phase after a pause, so
      // no backlog from an earlier phase lands in a later one's tail
      const single = await measure(target, { connections: 1, durationSeconds: seconds });
      await settle();
      // CPU per request: a fixed number of requests at two connections, net of the processes' idle
      // work, so a slow shared machine (fewer requests in the same time) does not inflate it; after
      // the processes are quiet, so no earlier phase's backlog counts as idle work
      await waitUntilQuiet([pidOf('gateway'), ...subgraphPids]);
      const net = await netCpuPerRequest({ gateway: [pidOf('gateway')], subgraphs: subgraphPids }, () =>
        measure(target, { connections: 2, durationSeconds: 600, amount: cpuRequests }),
      );
      const cpu = {
        gatewayMsPerRequest: via.startsWith('gateway') ? net.gateway : null,
        subgraphsMsPerRequest: net.subgraphs,
      };
      await settle();
      const fixedRate = await measureOpenLoop(target, operation.fixedRate, seconds);
      await settle();
      const saturation20 = await measure(target, { connections: 20, durationSeconds: seconds });
      await settle();
      const saturation50 = await measure(target, { connections: 50, durationSeconds: seconds });
      await settle();
      console.log(
        `p99 ${single.p99} ms at 1 conn, ${saturation50.requestsPerSecond} req/s at 50, CPU ms/request: gateway ${cpu.gatewayMsPerRequest ?? '—'}, subgraphs ${cpu.subgraphsMsPerRequest ?? '—'}`,
      );
      results.push({
        name: operation.name,
        via,
        single,
        saturation20,
        saturation50,
        fixedRate,
        cpu,
        targets: via.startsWith('gateway') ? operation.targets : {},
      });
    }
  }
  const writes = only.length === 0 || only.some((word) => 'add to cart checkout with a code'.includes(word));
  if (writes) console.log('add to cart and checkout: preparing carts…');
  for (const result of writes
    ? await benchWrites({
        gatewayUrl: stack.gatewayUrl,
        storefrontHeaders,
        tenantId,
        size,
        seconds,
        promotionCode: 'WELCOME10',
        selected: (name) => selected(name),
      })
    : []) {
    console.log(
      `${result.name}: p99 ${result.single.p99} ms at 1 conn, ${result.saturation50.requestsPerSecond} req/s at 50`,
    );
    results.push(result);
  }
  if (!only.length || only.includes('events')) console.log('events through the worker tier: webhooks and workflows…');
  const events = only.length === 0 || only.includes('events') ? await benchEvents(REPO_ROOT, seconds) : '';
  const when = new Date().toISOString();
  const report = `${markdownReport(results, {
    when,
    runtime,
    database: stack.database.embedded ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL',
    machine: `${cpus().length} cores (gateway, subgraphs, PostgreSQL and load generator together)`,
    data: `${size.products} products × ${size.variantsPerProduct} variants, ${size.warehouses} warehouses`,
    'phase length': `${seconds} s; fixed rate = open-loop, evenly spaced arrivals (latency from the due time)`,
    'gateway processes': process.env.GATEWAY_WORKERS ?? '1',
    'CPU ms/request':
      'user + system time of the processes (and their workers) over the 1-connection phase ÷ its requests',
    ...(only.length ? { only: only.join(', ') } : {}),
  })}${events}`;
  const folder = join(REPO_ROOT, 'infra/bench/results');
  await mkdir(folder, { recursive: true });
  const stamp = when.replaceAll(':', '-');
  await writeFile(join(folder, `${stamp}.json`), JSON.stringify({ when, runtime, size, results }, null, 2));
  await writeFile(join(folder, `${stamp}.md`), report);
  // a partial run (BENCH_ONLY) is not the last full picture
  if (!only.length) await writeFile(join(folder, 'latest.md'), report);
  console.log(`\n${report}`);
} finally {
  await stack.stop();
}
