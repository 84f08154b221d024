import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/auth-plugin.ts';
import { queryCost } from '../src/query-cost.ts';
import { type BudgetReport, bucketsOf, type RateLimitOptions } from '../src/rate-limit.ts';
import { memoryStore, redisStore } from '../src/rate-limit-store.ts';
import { APP, TENANT } from './fixtures/fake-identity.ts';
import { type Stack, startStack } from './fixtures/stack.ts';

describe('query cost', () => {
  it('counts fields and multiplies children by the page size asked for', () => {
    expect(queryCost(parse('{ a b c }'), undefined)).toBe(3);
    expect(queryCost(parse('{ list(first: 50) { edges { node { x y } } } }'), undefined)).toBe(1 + 50 * (1 + 1 + 2));
    expect(queryCost(parse('query Q($n: Int) { list(first: $n) { x } }'), 'Q', { n: 7 })).toBe(1 + 7);
    expect(queryCost(parse('{ ...F } fragment F on Query { a b }'), undefined)).toBe(2);
  });
});

const stores = [
  ['memory', async () => memoryStore()],
  ...(process.env.REDIS_URL ? [['redis', () => redisStore(process.env.REDIS_URL!)] as const] : []),
] as const;

describe.each(stores)('rate limit store (%s)', (_name, create) => {
  it('adds up points per key within a window and keeps keys apart', async () => {
    const store = await create();
    const key = `test-${crypto.randomUUID()}`;
    try {
      expect(await store.spend(key, 5, 60)).toEqual({ total: 5, resetSeconds: 60 });
      expect((await store.spend(key, 7, 60)).total).toBe(12);
      expect((await store.spend(`${key}-other`, 1, 60)).total).toBe(1);
      await store.refund(key, 7);
      expect((await store.spend(key, 1, 60)).total).toBe(6);
      // a refund never opens a window of its own
      await store.refund(`${key}-never`, 5);
      expect((await store.spend(`${key}-never`, 1, 60)).total).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('the gateway limits each credential by cost', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      RATE_LIMIT_POINTS: '40',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    });
  });
  afterAll(() => stack?.close());

  it('answers 429 RATE_LIMITED with Retry-After once a key spent its points, other keys unaffected', async () => {
    const key = { authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID() })}` };
    const query = '{ whoami { kind subject tenantId roles scopes requestId } }';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await stack.query(query, key)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await stack.query(query, key);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // the window began with the first request: what is left of it, never more than the window
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    const other = { authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID() })}` };
    expect((await stack.query(query, other)).status).toBe(200);
  });

  it('tells the caller the price of each request and the budget left, in headers and extensions', async () => {
    const key = { authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID() })}` };
    const query = '{ whoami { kind subject } }';
    const first = await stack.query(query, key);
    expect(first.status).toBe(200);
    const cost = first.body.extensions?.cost as BudgetReport;
    expect(cost).toMatchObject({ budget: 'user', limit: 40, windowSeconds: 60 });
    expect(cost.requestCost).toBeGreaterThan(0);
    expect(cost.remaining).toBe(40 - cost.requestCost);
    expect(first.headers.get('x-request-cost')).toBe(String(cost.requestCost));
    expect(first.headers.get('ratelimit-limit')).toBe('40');
    expect(first.headers.get('ratelimit-remaining')).toBe(String(cost.remaining));
    expect(first.headers.get('ratelimit-policy')).toBe('40;w=60;name="user"');
    const second = await stack.query(query, key);
    expect(second.body.extensions?.cost?.remaining).toBe(cost.remaining - cost.requestCost);

    let limited = second;
    while (limited.status === 200) limited = await stack.query(query, key);
    expect(limited.status).toBe(429);
    const error = limited.body.errors?.[0];
    expect(error?.message).toMatch(/the user budget allows 40 points per 60 s/);
    const budget = error?.extensions?.budget as BudgetReport;
    expect(budget).toMatchObject({ budget: 'user', limit: 40 });
    // refused, the request cost nothing: the budget left is what the last answer said
    expect(budget.remaining).toBeLessThan(cost.requestCost);
    expect(limited.headers.get('ratelimit-remaining')).toBe(String(budget.remaining));
  });

  it('sizes a key’s budget by the tier its tenant chose', async () => {
    const query = '{ whoami { kind } }';
    const limitOf = async (apiKey: string) =>
      (await stack.query(query, { 'x-api-key': apiKey })).body.extensions?.cost?.limit;
    expect(await limitOf('ucos_sk_partner_valid_0001')).toBe(40);
    expect(await limitOf('ucos_sk_partner_premium_01')).toBe(200);
    expect(await limitOf('ucos_sk_partner_basic_0001')).toBe(8);
    const basic = { 'x-api-key': 'ucos_sk_partner_basic_0001' };
    let answer = await stack.query(query, basic);
    while (answer.status === 200) answer = await stack.query(query, basic);
    expect(answer.status).toBe(429);
    expect(answer.body.errors?.[0]?.message).toMatch(/the api_key budget allows 8 points/);
  });

  it("gives a key without its own tier its app's budget, and names the tier and where it was set", async () => {
    const query = '{ whoami { kind } }';
    const follows = { 'x-api-key': 'ucos_sk_app_follows_0001' };
    const first = await stack.query(query, follows);
    expect(first.status).toBe(200);
    expect(first.body.extensions?.cost).toMatchObject({
      budget: 'api_key',
      limit: 200,
      tier: 'premium',
      tierSetOn: 'app',
    });
    expect(first.headers.get('ratelimit-limit')).toBe('200');
    expect(first.headers.get('ratelimit-policy')).toBe('200;w=60;name="api_key";tier="premium";tier-set-on="app"');

    // a key of the same app with a tier of its own keeps it
    const own = { 'x-api-key': 'ucos_sk_app_own_tier_001' };
    const mine = await stack.query(query, own);
    expect(mine.body.extensions?.cost).toMatchObject({ limit: 8, tier: 'basic', tierSetOn: 'key' });
    expect(mine.headers.get('ratelimit-policy')).toBe('8;w=60;name="api_key";tier="basic";tier-set-on="key"');
    let limited = mine;
    while (limited.status === 200) limited = await stack.query(query, own);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.message).toMatch(
      /the api_key budget allows 8 points per 60 s \(basic tier, set on the key\)/,
    );
    expect(limited.body.errors?.[0]?.extensions?.budget).toMatchObject({ tier: 'basic', tierSetOn: 'key' });
    expect(limited.headers.get('ratelimit-policy')).toBe('8;w=60;name="api_key";tier="basic";tier-set-on="key"');

    // a key with no tier anywhere says so
    const plain = await stack.query(query, { 'x-api-key': 'ucos_sk_partner_valid_0001' });
    expect(plain.body.extensions?.cost).toMatchObject({ limit: 40, tier: 'standard', tierSetOn: 'default' });
  });

  it("picks up a change of the app's tier at the key's next request (secret keys are never cached)", async () => {
    const query = '{ whoami { kind } }';
    const key = 'ucos_sk_app_follows_0001';
    const answer = stack.identity.keys[key]!.body as { apiKey: Record<string, unknown> };
    const before = await stack.query(query, { 'x-api-key': key });
    expect(before.body.extensions?.cost).toMatchObject({ limit: 200, tier: 'premium', tierSetOn: 'app' });
    try {
      // the tenant lowers the app to basic: identity answers the new tier for every key of the app without its own
      answer.apiKey = { ...answer.apiKey, rateLimitTier: 'basic', rateLimitTierSource: 'app' };
      const after = await stack.query(query, { 'x-api-key': key });
      expect(after.body.extensions?.cost).toMatchObject({ limit: 8, tier: 'basic', tierSetOn: 'app' });
      let limited = after;
      while (limited.status === 200) limited = await stack.query(query, { 'x-api-key': key });
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0]?.message).toMatch(/allows 8 points per 60 s \(basic tier, the app's\)/);
      expect(limited.headers.get('retry-after')).toBeTruthy();
    } finally {
      answer.apiKey = { ...answer.apiKey, rateLimitTier: 'premium', rateLimitTierSource: 'app' };
    }
  });
});

describe("a key's buckets", () => {
  const options: RateLimitOptions = {
    points: 1000,
    storefrontClientPoints: 150,
    storefrontKeyPoints: 5000,
    anonymousPoints: 20,
    maxRequestPoints: 60000,
    windowSeconds: 60,
  };
  const context = (auth: Record<string, unknown>) =>
    ({
      auth: { tenantId: TENANT, roles: [], scopes: [], requestId: 'r', clientAddress: '203.0.113.9', ...auth },
    }) as unknown as GatewayContext;

  it("sizes both budgets of a storefront key by its app's tier, each naming it", () => {
    const buckets = bucketsOf(
      context({
        kind: 'publishable_key',
        subject: 'pk-1',
        rateLimitTier: 'premium',
        rateLimitTierSource: 'app',
        appId: APP,
      }),
      options,
    );
    expect(buckets.map(({ kind, points, tier }) => ({ kind, points, tier }))).toEqual([
      { kind: 'storefront_client', points: 750, tier: { name: 'premium', setOn: 'app' } },
      { kind: 'storefront_key', points: 25000, tier: { name: 'premium', setOn: 'app' } },
    ]);
  });

  it('gives users no tier and a tier it does not know the standard budget, said as the default', () => {
    const [user] = bucketsOf(context({ kind: 'user', subject: 'u-1' }), options);
    expect(user).toMatchObject({ points: 1000 });
    expect(user?.tier).toBeUndefined();
    const [unknown] = bucketsOf(
      context({ kind: 'api_key', subject: 'k-1', rateLimitTier: 'platinum', rateLimitTierSource: 'app' }),
      options,
    );
    expect(unknown).toMatchObject({ points: 1000, tier: { name: 'standard', setOn: 'default' } });
    // an identity from before app tiers answered a key's own tier alone
    const [older] = bucketsOf(context({ kind: 'api_key', subject: 'k-2', rateLimitTier: 'basic' }), options);
    expect(older).toMatchObject({ points: 200, tier: { name: 'basic', setOn: 'key' } });
  });
});
