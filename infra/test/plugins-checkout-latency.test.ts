import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureOpenLoop, type Target } from '../src/bench/measure.ts';
import { BUYER_ADDRESS, type Ok, okAs, sellableVariant } from './platform-fixtures.ts';
import { PLUGIN_FIXTURES } from './plugin-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * What one validator plugin adds to checkout (issue 15 §1, "under 5 ms p99 at 20 checkouts/s"):
 * checkouts through the real gateway at a fixed rate (open loop, latency from the due time), first
 * with no plugin, then with the minimum-order validator installed and enabled (it runs and allows
 * every checkout). Not a pass/fail test: run it with PLUGINS_MEASURE=1 and read the printed figures.
 */
const MEASURE = Boolean(process.env.PLUGINS_MEASURE);
const RATE = Number(process.env.PLUGINS_MEASURE_RATE ?? 20);
const SECONDS = Number(process.env.PLUGINS_MEASURE_SECONDS ?? 15);

let platform: WholePlatform;
let shop: { bearer: Record<string, string>; tenantId: string };
let ok: Ok;
let variantId: string;

beforeAll(async () => {
  if (!MEASURE) return;
  platform = await startWholePlatform();
  shop = await platform.tenant('plug-bench');
  ok = okAs(platform, shop.bearer);
  ({ variantId } = await sellableVariant(ok, {
    handle: 'bench-mug',
    title: 'Mug',
    sku: 'BENCH-MUG',
    amount: 2000,
    onHand: 100_000,
  }));
}, 120_000);
afterAll(() => platform?.close());

async function carts(count: number): Promise<string[]> {
  const made: string[] = [];
  for (let start = 0; start < count; start += 10) {
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - start) }, async () => {
          const cart = await ok(
            `mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`,
          );
          const cartId = cart.cartCreate.cart.id as string;
          await ok(
            `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code message } } }`,
            {
              input: { cartId, lines: [{ variantId, quantity: 3 }] },
            },
          );
          return cartId;
        }),
      )),
    );
  }
  return made;
}

async function phase(label: string) {
  const list = await carts(RATE * SECONDS + 20);
  let next = 0;
  const body = () =>
    JSON.stringify({
      query: `mutation ($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id } errors { code message } } }`,
      variables: {
        input: {
          cartId: list[next++],
          idempotencyKey: randomUUID(),
          email: 'bench@example.com',
          shippingAddress: BUYER_ADDRESS,
          payment: { provider: 'test', token: 'tok_ok' },
        },
      },
    });
  const target: Target = {
    url: platform.gatewayUrl,
    headers: { accept: 'application/json', ...shop.bearer },
    body: body(),
    nextBody: body,
  };
  // warm-up: the first checkouts fill caches and pools (and the sandbox's spare runtime)
  await measureOpenLoop(target, 10, 1.5);
  const measured = await measureOpenLoop(target, RATE, SECONDS);
  console.log(
    `${label}: ${measured.requests} checkouts at ${RATE}/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, errors ${measured.errors}`,
  );
  return measured;
}

describe.skipIf(!MEASURE)('checkout latency with a validator plugin', () => {
  it('measures checkout at a fixed rate without and with the minimum-order validator', async () => {
    const without = await phase('no plugin');
    const uploaded = await ok(
      `mutation ($input: PluginUploadInput!) { pluginUpload(input: $input) { version { id } errors { code message } } }`,
      {
        input: {
          manifest: JSON.stringify(PLUGIN_FIXTURES.minimumOrder.manifest),
          source: PLUGIN_FIXTURES.minimumOrder.source,
          language: PLUGIN_FIXTURES.minimumOrder.language,
        },
      },
    );
    const installed = await ok(
      `mutation ($input: PluginInstallInput!) { pluginInstall(input: $input) { installation { id } errors { code message } } }`,
      { input: { versionId: uploaded.pluginUpload.version.id } },
    );
    const installationId = installed.pluginInstall.installation.id;
    await ok(
      `mutation ($input: PluginConfigureInput!) { pluginConfigure(input: $input) { installation { id } errors { code message } } }`,
      { input: { installationId, config: JSON.stringify({ minimumAmount: 100, currency: 'EUR' }) } },
    );
    await ok(
      `mutation ($input: PluginInstallationIdInput!) { pluginEnable(input: $input) { installation { id } errors { code message } } }`,
      { input: { installationId } },
    );
    const withPlugin = await phase('minimum-order validator');
    console.log(
      `validator adds p50 ${(withPlugin.p50 - without.p50).toFixed(1)} ms, p99 ${(withPlugin.p99 - without.p99).toFixed(1)} ms`,
    );
    expect(without.errors + withPlugin.errors).toBe(0);
    const stats = await ok(
      `query ($id: ID!) { pluginInstallation(id: $id) { stats { calls averageLatencyMs maxLatencyMs } } }`,
      {
        id: installationId,
      },
    );
    console.log(`the plugin's own log: ${JSON.stringify(stats.pluginInstallation.stats)}`);
  }, 600_000);
});
