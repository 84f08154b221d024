import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../src/query-cost.ts';
import type { BudgetReport } from '../src/rate-limit.ts';
import { memoryStore, redisStore } from '../src/rate-limit-store.ts';
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
});
