import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createGateway, type Gateway, loadConfig, serve } from '@ucos/gateway';
import { createLogger } from '@ucos/kit/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ok, okAs } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Issue 19 item 2, end to end: the tiers a shop sets in identity (on an app, on a key) size the
 * budgets the real gateway spends in Redis. A key of a premium app gets the premium budget, a key
 * with a tier of its own keeps it over its app's, the answers (headers and `extensions.cost`, GraphQL
 * and REST) say which tier and where it was set, a 429 names the budget, a storefront app's tier
 * sizes its publishable keys' budgets, and a change of the app's tier applies at its keys' next request. Two gateway replicas share the budgets through Redis.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const redisUrl = process.env.REDIS_URL;
/** the standard budget of a key (and of the owner): basic is a fifth of it (40), premium five times (1000) */
const POINTS = 200;
/** a storefront client's standard budget (its key's whole budget stays the deployment default) */
const STOREFRONT_CLIENT_POINTS = 30;
const QUERY = 'query TierProbe { viewer { kind } }';

type Answer = {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: Record<string, any>;
  };
};

async function ask(url: string, key: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe.skipIf(!redisUrl)('rate-limit tiers of apps and keys through identity, the gateway and Redis', () => {
  let platform: WholePlatform;
  let second: Gateway;
  let secondUrl: string;
  let closeSecond: () => Promise<void>;
  let ok: Ok;
  let appId: string;
  const env = {
    REDIS_URL: redisUrl!,
    RATE_LIMIT_POINTS: String(POINTS),
    RATE_LIMIT_STOREFRONT_CLIENT_POINTS: String(STOREFRONT_CLIENT_POINTS),
    RATE_LIMIT_WINDOW_SECONDS: '60',
  };

  const keyOf = async (input: Record<string, unknown>) => {
    const { apiKeyCreate } = await ok<{ apiKeyCreate: { secret: string; errors: unknown[] } }>(
      `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret errors { code message } } }`,
      { input: { name: `tier probe ${randomUUID().slice(0, 8)}`, scopes: ['catalog:read'], ...input } },
    );
    expect(apiKeyCreate.errors).toEqual([]);
    return apiKeyCreate.secret;
  };
  const setAppTier = async (tier: string | null) => {
    const { appRateLimitTierSet } = await ok<{ appRateLimitTierSet: { errors: unknown[] } }>(
      `mutation($input: AppRateLimitTierSetInput!) { appRateLimitTierSet(input: $input) { errors { code message } } }`,
      { input: { id: appId, tier } },
    );
    expect(appRateLimitTierSet.errors).toEqual([]);
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
    const shop = await platform.tenant(`tiers-${randomUUID().slice(0, 6)}`);
    ok = okAs(platform, shop.bearer);
    const { appRegister } = await ok<{ appRegister: { app: { id: string }; errors: unknown[] } }>(
      `mutation($input: AppRegisterInput!) { appRegister(input: $input) { app { id } errors { code message } } }`,
      { input: { kind: 'PARTNER', name: 'ERP connector', rateLimitTier: 'PREMIUM' } },
    );
    expect(appRegister.errors).toEqual([]);
    appId = appRegister.app.id;
  }, 180_000);
  afterAll(async () => {
    await closeSecond?.();
    await platform?.close();
  });

  it("gives a key without a tier of its own its app's budget, in the headers and extensions", async () => {
    const key = await keyOf({ appId });
    const answer = await ask(platform.gatewayUrl, key);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.headers.get('ratelimit-policy')).toBe(`1000;w=60;name="api_key";tier="premium";tier-set-on="app"`);
    expect(answer.headers.get('ratelimit-limit')).toBe('1000');
    const cost = Number(answer.headers.get('x-request-cost'));
    expect(cost).toBeGreaterThan(0);
    expect(Number(answer.headers.get('ratelimit-remaining'))).toBe(1000 - cost);
    expect(answer.body.extensions?.cost).toMatchObject({
      requestCost: cost,
      budget: 'api_key',
      limit: 1000,
      remaining: 1000 - cost,
      tier: 'premium',
      tierSetOn: 'app',
    });
    // the other replica spends the same budget: it is kept in Redis, not in a gateway's memory
    const there = await ask(secondUrl, key);
    expect(there.body.extensions?.cost).toMatchObject({ limit: 1000, remaining: 1000 - 2 * cost, tierSetOn: 'app' });
  });

  it("keeps a key's own tier over its app's, and refuses it over budget with a 429 that names the budget", async () => {
    const key = await keyOf({ appId, rateLimitTier: 'BASIC' });
    const first = await ask(platform.gatewayUrl, key);
    expect(first.headers.get('ratelimit-policy')).toBe(`40;w=60;name="api_key";tier="basic";tier-set-on="key"`);
    expect(first.body.extensions?.cost).toMatchObject({ limit: 40, tier: 'basic', tierSetOn: 'key' });

    // spent through both replicas alike, until the basic budget is gone
    let answer = first;
    for (let calls = 1; calls <= 40 && answer.status === 200; calls++) {
      answer = await ask(calls % 2 ? secondUrl : platform.gatewayUrl, key);
    }
    expect(answer.status, JSON.stringify(answer.body)).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    const [error] = answer.body.errors ?? [];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.message).toMatch(/the api_key budget allows 40 points per 60 s \(basic tier, set on the key\)/);
    expect(error?.extensions?.budget).toMatchObject({ budget: 'api_key', limit: 40, tier: 'basic', tierSetOn: 'key' });
    expect(answer.headers.get('ratelimit-policy')).toBe(`40;w=60;name="api_key";tier="basic";tier-set-on="key"`);

    // the premium keys of the same app are not touched by it
    const neighbour = await ask(platform.gatewayUrl, await keyOf({ appId }));
    expect(neighbour.status).toBe(200);
    expect(neighbour.body.extensions?.cost).toMatchObject({ limit: 1000, tier: 'premium', tierSetOn: 'app' });
  });

  it('answers REST calls with the same tier and refuses them over budget with a problem naming it', async () => {
    const key = await keyOf({ appId, rateLimitTier: 'BASIC' });
    const origin = new URL(platform.gatewayUrl).origin;
    const rest = () => fetch(`${origin}/rest/v1/products?first=1`, { headers: { 'x-api-key': key } });
    let response = await rest();
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-policy')).toBe(`40;w=60;name="api_key";tier="basic";tier-set-on="key"`);
    for (let calls = 1; calls <= 40 && response.status === 200; calls++) response = await rest();
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({
      code: 'RATE_LIMITED',
      detail: expect.stringMatching(/\(basic tier, set on the key\)/),
      budget: { budget: 'api_key', limit: 40, tier: 'basic', tierSetOn: 'key' },
    });
  });

  it("sizes a storefront key's budgets by its storefront app's tier", async () => {
    const { appRegister } = await ok<{ appRegister: { app: { id: string }; errors: unknown[] } }>(
      `mutation($input: AppRegisterInput!) { appRegister(input: $input) { app { id } errors { code message } } }`,
      { input: { kind: 'STOREFRONT', name: 'Headless shop', rateLimitTier: 'PREMIUM' } },
    );
    expect(appRegister.errors).toEqual([]);
    const { storefrontKeyCreate } = await ok<{ storefrontKeyCreate: { secret: string; errors: unknown[] } }>(
      `mutation($input: StorefrontKeyCreateInput!) { storefrontKeyCreate(input: $input) { secret errors { code message } } }`,
      { input: { name: 'web', appId: appRegister.app.id } },
    );
    expect(storefrontKeyCreate.errors).toEqual([]);
    const origin = new URL(platform.gatewayUrl).origin;
    const response = await fetch(`${origin}/rest/v1/products?first=1`, {
      headers: { 'x-publishable-key': storefrontKeyCreate.secret },
    });
    expect(response.status).toBe(200);
    // the client's budget, five times the standard, is the one it has least of
    expect(response.headers.get('ratelimit-policy')).toBe(
      `${STOREFRONT_CLIENT_POINTS * 5};w=60;name="storefront_client";tier="premium";tier-set-on="app"`,
    );
  });

  it("applies a change of the app's tier at its keys' next request, and a key of no app gets the default", async () => {
    const key = await keyOf({ appId });
    expect((await ask(platform.gatewayUrl, key)).body.extensions?.cost).toMatchObject({ limit: 1000, tier: 'premium' });
    await setAppTier('BASIC');
    for (const url of [platform.gatewayUrl, secondUrl]) {
      const answer = await ask(url, key);
      expect(answer.headers.get('ratelimit-policy')).toBe(`40;w=60;name="api_key";tier="basic";tier-set-on="app"`);
    }
    // cleared on the app: its keys without their own get the default, as a key of no app does
    await setAppTier(null);
    const cleared = await ask(platform.gatewayUrl, key);
    expect(cleared.body.extensions?.cost).toMatchObject({ limit: POINTS, tier: 'standard', tierSetOn: 'default' });
    const alone = await ask(platform.gatewayUrl, await keyOf({}));
    expect(alone.headers.get('ratelimit-policy')).toBe(
      `${POINTS};w=60;name="api_key";tier="standard";tier-set-on="default"`,
    );
  });
});
