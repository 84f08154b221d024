import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './fixtures/stack.ts';

/**
 * The edge limits of issue 9 §3, tried through the gateway as an attacker would: over HTTP, with the
 * headers an attacker controls, against a kit subgraph that records what reached it.
 */

// Redis counters outlive a run and are shared by parallel suites: only buckets of fresh random users
// use it; address and storefront-key buckets are counted in each gateway's own memory
const redis: Record<string, string> = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};
const STOREFRONT = { 'x-publishable-key': 'ucos_pk_storefront_0001' };
const ITEMS = (first: number) => `{ items(first: ${first}) { totalCount edges { node { n } } } }`;
const WHOAMI = '{ whoami { kind clientAddress } }';

describe('page sizes are bounded and the cost model uses the bounded values', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ RATE_LIMIT_POINTS: '300', ...redis });
  });
  afterAll(() => stack?.close());

  it('first above 100 (a literal, a variable of 1e15, a negative one) is BAD_USER_INPUT, 400, and costs nothing', async () => {
    const user = { authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID() })}` };
    for (let i = 0; i < 20; i++) {
      const literal = await stack.query(ITEMS(101), user);
      expect(literal.status).toBe(400);
      expect(literal.body.data).toBeUndefined();
      expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['items', 'first'] });
      expect(literal.body.errors?.[0]?.message).toMatch(/between 0 and 100/);
    }
    const huge = await stack.query('query Q($n: Int) { a: items(first: $n) { edges { node { n } } } }', user, {
      n: 1e15,
    });
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['a', 'first'] });
    expect(huge.body.errors?.[0]?.extensions?.cost).toBeUndefined();
    const negative = await stack.query('query Q($n: Int) { items(first: $n) { totalCount } }', user, { n: -1 });
    expect(negative.status).toBe(400);
    // 22 refusals later the whole budget (300) is still there: a page of 100 (1 + 1 + 100 × 3 = 302)
    // does not fit, one of 90 (1 + 1 + 270 = 272) does, and then nothing more
    expect((await stack.query(ITEMS(100), user)).status).toBe(429);
    const fits = await stack.query(ITEMS(90), user);
    expect(fits.status).toBe(200);
    expect((fits.body.data?.items as { edges: unknown[] } | undefined)?.edges).toHaveLength(90);
    const after = await stack.query(ITEMS(20), user);
    expect(after.status).toBe(429);
    expect(after.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 62 });
  });
});

describe('a refused request is not charged', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ RATE_LIMIT_POINTS: '100', ...redis });
  });
  afterAll(() => stack?.close());

  it('neither invalid documents, nor variables of the wrong type, nor requests refused for being over budget', async () => {
    const user = { authorization: `Bearer ${await stack.identity.token({ sub: crypto.randomUUID() })}` };
    for (let i = 0; i < 10; i++) {
      expect((await stack.query('{ items(first: 5) { nope } }', user)).status).toBe(400);
      // refused while executing, when the variable is coerced
      const wrongType = await stack.query('query Q($ms: Int!) { slow(ms: $ms) }', user, { ms: 'ten' });
      expect(wrongType.body.data ?? undefined).toBeUndefined();
      expect(wrongType.body.errors?.length).toBeGreaterThan(0);
    }
    // 1 + 1 + 30 × 3 = 92 of 100
    expect((await stack.query(ITEMS(30), user)).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await stack.query(ITEMS(5), user)).status).toBe(429);
    // the ten refusals spent nothing: 8 points are left, four requests costing 2 each
    const two = '{ items(first: 0) { totalCount } }';
    for (let i = 0; i < 4; i++) expect((await stack.query(two, user)).status).toBe(200);
    expect((await stack.query(two, user)).status).toBe(429);
  });
});

describe('client addresses: the socket, unless a trusted proxy forwarded it', () => {
  let direct: Stack;
  let proxied: Stack;
  beforeAll(async () => {
    [direct, proxied] = await Promise.all([
      startStack({ RATE_LIMIT_ANONYMOUS_POINTS: '5' }),
      startStack({ TRUSTED_PROXIES: '127.0.0.0/8,::1', RATE_LIMIT_ANONYMOUS_POINTS: '5' }),
    ]);
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
  });

  it('a forged x-forwarded-for is ignored: the subgraph sees the socket address', async () => {
    const result = await direct.query(WHOAMI, { 'x-forwarded-for': '203.0.113.9' });
    expect(result.status).toBe(200);
    expect(result.body.data?.whoami).toEqual({ kind: 'anonymous', clientAddress: '127.0.0.1' });
  });

  it('anonymous callers are limited without any header, and rotating x-forwarded-for does not escape it', async () => {
    // each whoami costs 3; the budget is 5, so the socket address gets one, then 429 whatever it claims
    expect((await direct.query('{ whoami { kind clientAddress } }')).status).toBe(429);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await direct.query(WHOAMI, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    }
    expect(statuses).toEqual([429, 429, 429, 429, 429]);
  });

  it('behind a trusted proxy, the forwarded client is the address, and each client has its own budget', async () => {
    const first = await proxied.query(WHOAMI, { 'x-forwarded-for': '203.0.113.7' });
    expect(first.body.data?.whoami).toEqual({ kind: 'anonymous', clientAddress: '203.0.113.7' });
    // a client-supplied hop to the left of the proxy's own is not believed: the rightmost untrusted wins
    const spoofed = await proxied.query(WHOAMI, { 'x-forwarded-for': '10.9.9.9, 203.0.113.8' });
    expect(spoofed.body.data?.whoami).toEqual({ kind: 'anonymous', clientAddress: '203.0.113.8' });
    expect((await proxied.query(WHOAMI, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    expect((await proxied.query(WHOAMI, { 'x-forwarded-for': '203.0.113.99' })).status).toBe(200);
  });
});

describe('storefront traffic: per client, under the key’s ceiling', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      TRUSTED_PROXIES: '127.0.0.1',
      RATE_LIMIT_STOREFRONT_CLIENT_POINTS: '10',
      RATE_LIMIT_STOREFRONT_KEY_POINTS: '40',
    });
  });
  afterAll(() => stack?.close());

  it('one shopper running out leaves the others their budget; the key as a whole stops at its ceiling', async () => {
    const shopper = (n: number) => ({ ...STOREFRONT, 'x-forwarded-for': `192.0.2.${n}` });
    // whoami costs 3: three fit in a shopper's 10
    const greedy = [];
    for (let i = 0; i < 4; i++) greedy.push((await stack.query(WHOAMI, shopper(1))).status);
    expect(greedy).toEqual([200, 200, 200, 429]);
    expect((await stack.query(WHOAMI, shopper(2))).status).toBe(200);
    // 12 points spent on the key by now; the ceiling of 40 lets 9 more through, whoever sends them
    const others = [];
    for (let n = 10; n < 20; n++) others.push((await stack.query(WHOAMI, shopper(n))).status);
    expect(others.filter((status) => status === 200)).toHaveLength(9);
    expect(others.at(-1)).toBe(429);
  });
});

describe('expensive fields weigh more: aliasing a search multiplies its cost', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      RATE_LIMIT_STOREFRONT_CLIENT_POINTS: '3000',
      MAX_REQUEST_POINTS: '5000',
      // every search must reach the subgraph, so the probe counts them
      STOREFRONT_CACHE_SECONDS: '0',
    });
  });
  afterAll(() => stack?.close());

  const searches = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: productSearch(query: "x", first: 5) { edges { node { n } } }`).join(' ')} }`;

  it('one search fits; twelve aliased ones in one request are refused before any runs; the refusal costs nothing', async () => {
    const before = stack.echo.probes.searches;
    const tooMany = await stack.query(searches(12), STOREFRONT);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(Number(tooMany.body.errors?.[0]?.extensions?.cost)).toBeGreaterThan(12 * 500);
    expect(stack.echo.probes.searches).toBe(before);
    // 5 searches (~2,600 points) fit in the client's 3,000; the sixth does not and never runs
    for (let i = 0; i < 5; i++) expect((await stack.query(searches(1), STOREFRONT)).status).toBe(200);
    const sixth = await stack.query(searches(1), STOREFRONT);
    expect(sixth.status).toBe(429);
    expect(stack.echo.probes.searches).toBe(before + 5);
  });
});

describe('the request deadline', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ REQUEST_TIMEOUT_MS: '400' });
  });
  afterAll(() => stack?.close());

  it('answers DEADLINE_EXCEEDED (504) on time and aborts the subgraph call', async () => {
    const aborted = stack.echo.probes.slowAborted;
    const started = Date.now();
    const result = await stack.query('{ slow(ms: 5000) }');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.status).toBe(504);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    await expect.poll(() => stack.echo.probes.slowAborted, { timeout: 2000 }).toBe(aborted + 1);
  });

  it('a fast request is untouched', async () => {
    const result = await stack.query('{ slow(ms: 10) }');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ slow: 10 });
  });

  it('a client that leaves aborts the subgraph calls made for it', async () => {
    const aborted = stack.echo.probes.slowAborted;
    const started = stack.echo.probes.slowStarted;
    const controller = new AbortController();
    const pending = fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow(ms: 300) other: slow(ms: 5000) }' }),
      signal: controller.signal,
    }).catch(() => 'gone');
    await expect.poll(() => stack.echo.probes.slowStarted, { timeout: 2000 }).toBeGreaterThan(started);
    controller.abort();
    expect(await pending).toBe('gone');
    await expect.poll(() => stack.echo.probes.slowAborted, { timeout: 2000 }).toBeGreaterThan(aborted);
  });
});

describe('internal calls that fail name the service, never its address', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('SERVICE_UNAVAILABLE with the service name only', async () => {
    const result = await stack.query('{ internalCall }');
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'echo' });
    expect(result.body.errors?.[0]?.message).toBe('Service "ghost" is unavailable.');
    expect(result.text).not.toMatch(/127\.0\.0\.1|http:\/\/|ECONNREFUSED|internal call/);
  });
});

describe('metrics: internal port, bounded labels', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('300 unique operation names and GET variables leave no trace in the labels', async () => {
    for (let i = 0; i < 300; i++) await stack.query(`query Tenant_Secret_${i} { whoami { kind } }`);
    const secret = encodeURIComponent(JSON.stringify({ password: 'hunter2-in-a-url' }));
    await fetch(
      `${stack.url}?query=${encodeURIComponent('query Q($password: String) { whoami { kind } }')}&variables=${secret}`,
      {
        headers: { 'x-graphql-csrf': '1' },
      },
    );
    expect((await fetch(`${stack.origin}/metrics`)).status).toBe(404);
    const text = await (await fetch(stack.metricsUrl)).text();
    expect(text).not.toMatch(/Tenant_Secret|hunter2|password|url=|\/graphql/);
    expect(text).toMatch(/ucos_graphql_requests_total\{[^}]*operation="other"/);
    expect(text.length).toBeLessThan(20_000);
  });
});
