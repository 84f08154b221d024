import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createGateway, type Gateway, loadConfig, serve } from '@ucos/gateway';
import { createLogger } from '@ucos/kit/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ok, okAs, type SellableVariant, sellableVariant } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Issue 17 item 4: partners' catalog reads are answered from each gateway replica's memory, and a
 * committed change reaches every replica within a second. Two gateway replicas share Redis, as
 * deployed; a partner reads through both, then the shop changes a price, a stock level and a
 * product's status, and each replica answers the new value at once. The cache is per tenant and per
 * what the caller may see: a key without `inventory:read` never gets an answer that holds stock.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const redisUrl = process.env.REDIS_URL;

const READ = /* GraphQL */ `
  query PartnerRead($id: ID!) {
    product(id: $id) {
      id status
      variants { sku price(currency: "EUR") { amount } inventory { onHand available } }
    }
  }`;

type Read = {
  product: { status: string; variants: { price: { amount: number } | null; inventory: { onHand: number } }[] } | null;
};

describe.skipIf(!redisUrl)('partner answers cached per replica, dropped by committed changes', () => {
  let platform: WholePlatform;
  let second: Gateway;
  let secondUrl: string;
  let closeSecond: () => Promise<void>;
  let ok: Ok;
  let shop: SellableVariant;
  let partnerKey: Record<string, string>;
  let catalogOnlyKey: Record<string, string>;
  let otherShopKey: Record<string, string>;
  const env = { REDIS_URL: redisUrl!, PARTNER_CACHE_SECONDS: '600' };

  const read = async (url: string, headers: Record<string, string>, id = shop.productId) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: READ, variables: { id } }),
    });
    const body = (await response.json()) as { data?: Read; errors?: { extensions?: { code?: string } }[] };
    return { cache: response.headers.get('x-ucos-cache'), body };
  };
  const replicas = () => [platform.gatewayUrl, secondUrl];
  const keyWith = async (scopes: string[], as: Ok = ok) =>
    ({
      'x-api-key': (
        await as<{ apiKeyCreate: { secret: string } }>(
          `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret errors { code } } }`,
          { input: { name: `partner ${scopes.join(' ')}`, scopes } },
        )
      ).apiKeyCreate.secret,
    }) as Record<string, string>;

  /** reads until the replica answers from memory: the shop's own background commits (read models) are done */
  const settled = async (url: string, headers = partnerKey) => {
    for (let tries = 0; tries < 100; tries++) {
      if ((await read(url, headers)).cache === 'hit') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${url} never answered from memory`);
  };

  /** reads through every replica until each answers what `expected` wants; the slowest replica's wait */
  const visibleEverywhere = async (expected: (answer: Read) => boolean) => {
    const started = Date.now();
    for (const url of replicas()) {
      for (;;) {
        const { body } = await read(url, partnerKey);
        if (body.data && expected(body.data)) break;
        if (Date.now() - started > 5_000) throw new Error(`${url} still answers ${JSON.stringify(body)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return Date.now() - started;
  };

  beforeAll(async () => {
    platform = await startWholePlatform(env);
    const { config } = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
      INTERNAL_TOKEN_SECRET: platform.internalSecret,
      ...Object.fromEntries(
        Object.entries(platform.subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
      ),
      ...env,
    });
    second = await createGateway(config, { logger: createLogger('gateway', 'silent') });
    const server = await serve(second.yoga, { port: 0, host: '127.0.0.1' });
    secondUrl = server.url;
    closeSecond = async () => {
      await server.close();
      await second.stop();
    };
    const alpha = await platform.tenant(`cache-alpha-${randomUUID().slice(0, 6)}`);
    ok = okAs(platform, alpha.bearer);
    shop = await sellableVariant(ok, { handle: 'lamp', title: 'Lamp', sku: 'LAMP-1', amount: 2500, onHand: 7 });
    partnerKey = await keyWith(['catalog:read', 'inventory:read']);
    catalogOnlyKey = await keyWith(['catalog:read']);
    const beta = await platform.tenant(`cache-beta-${randomUUID().slice(0, 6)}`);
    otherShopKey = await keyWith(['catalog:read', 'inventory:read'], okAs(platform, beta.bearer));
  }, 180_000);
  afterAll(async () => {
    await closeSecond?.();
    await platform?.close();
  });

  it('answers a repeated read from each replica memory, and Cache-Control: no-cache from the subgraphs', async () => {
    for (const url of replicas()) {
      const first = await read(url, partnerKey);
      expect(first.body.data?.product?.variants[0]?.inventory.onHand).toBe(7);
      expect(first.cache).toBe('miss');
      await settled(url);
      const again = await read(url, partnerKey);
      expect(again.cache).toBe('hit');
      expect(again.body.data).toEqual(first.body.data);
      const fresh = await read(url, { ...partnerKey, 'cache-control': 'no-cache' });
      expect(fresh.cache).toBe('bypass');
      expect(fresh.body.data).toEqual(first.body.data);
    }
  });

  it('shows a new price, stock level and status through every replica within a second', async () => {
    for (const url of replicas()) await settled(url);

    await ok(`mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code message } } }`, {
      input: { variantId: shop.variantId, priceListId: shop.priceListId, currency: 'EUR', amount: 1999 },
    });
    const priceMs = await visibleEverywhere((answer) => answer.product?.variants[0]?.price?.amount === 1999);

    await ok(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`, {
      input: { variantId: shop.variantId, warehouseId: shop.warehouseId, setOnHand: 3, idempotencyKey: randomUUID() },
    });
    const stockMs = await visibleEverywhere((answer) => answer.product?.variants[0]?.inventory.onHand === 3);

    const { product } = await ok<{ product: { version: number } }>(`query($id: ID!) { product(id: $id) { version } }`, {
      id: shop.productId,
    });
    await ok(
      `mutation($input: ProductStatusSetInput!) { productStatusSet(input: $input) { errors { code message } } }`,
      { input: { id: shop.productId, status: 'ARCHIVED', version: product.version } },
    );
    const statusMs = await visibleEverywhere((answer) => answer.product?.status === 'ARCHIVED');

    for (const ms of [priceMs, stockMs, statusMs]) expect(ms).toBeLessThan(1_000);
    // and the new answers are cached again
    for (const url of replicas()) await settled(url);
  });

  it('never hands an answer to a caller who may not see it: other scopes, other shops', async () => {
    await settled(platform.gatewayUrl);

    const narrower = await read(platform.gatewayUrl, catalogOnlyKey);
    expect(narrower.cache).not.toBe('hit');
    expect(narrower.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(narrower.body)).not.toContain('"onHand":3');

    const stranger = await read(platform.gatewayUrl, otherShopKey);
    expect(stranger.cache).not.toBe('hit');
    expect(stranger.body.data?.product ?? null).toBeNull();
  });
});
