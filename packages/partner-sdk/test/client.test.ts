import { describe, expect, it } from 'vitest';
import { type Budget, createClient, PartnerApiError } from '../src/index.ts';

const BUDGET: Budget = {
  requestCost: 7,
  budget: 'api_key',
  limit: 1000,
  remaining: 993,
  resetSeconds: 58,
  windowSeconds: 60,
};

/** A gateway answering each request with the next of `answers` (the last one repeats). */
function gateway(answers: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const bodies: string[] = [];
  const headers: Headers[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    bodies.push(String(init?.body));
    headers.push(new Headers(init?.headers));
    const answer = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { bodies, headers, fetch };
}

const unavailable = {
  status: 503,
  body: { errors: [{ message: 'Service unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
};
const client = (fetch: typeof globalThis.fetch, onBudget?: (budget: Budget) => void) =>
  createClient({ endpoint: 'http://gateway.test/graphql', apiKey: 'ucos_sk_test', fetch, maxAttempts: 3, onBudget });
const ADJUST = 'mutation Adjust($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code } } }';

describe('the partner SDK', () => {
  it('asks for fresh answers only when told to (Cache-Control: no-cache)', async () => {
    const answer = { status: 200, body: { data: { viewer: { kind: 'API_KEY' } } } };
    const cached = gateway([answer]);
    await client(cached.fetch).request('{ viewer { kind } }');
    expect(cached.headers[0]?.get('cache-control')).toBeNull();
    const fresh = gateway([answer]);
    await createClient({
      endpoint: 'http://gateway.test/graphql',
      apiKey: 'k',
      fetch: fresh.fetch,
      fresh: true,
    }).request('{ viewer { kind } }');
    expect(fresh.headers[0]?.get('cache-control')).toBe('no-cache');
  });

  it('retries a query on SERVICE_UNAVAILABLE up to maxAttempts', async () => {
    const api = gateway([unavailable]);
    await expect(client(api.fetch).request('{ viewer { kind } }')).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(api.bodies).toHaveLength(3);
  }, 15_000);

  it('never repeats a mutation without an idempotency key; retries one that carries it', async () => {
    const once = gateway([unavailable]);
    await expect(client(once.fetch).request(ADJUST, { input: { delta: 1 } })).rejects.toBeInstanceOf(PartnerApiError);
    expect(once.bodies).toHaveLength(1);

    const keyed = gateway([unavailable, { status: 200, body: { data: { stockAdjust: { errors: [] } } } }]);
    const answer = await client(keyed.fetch).request(ADJUST, { input: { delta: 1, idempotencyKey: 'sync-42' } });
    expect(answer).toEqual({ stockAdjust: { errors: [] } });
    // the same request, key and all, twice: the server applies it once
    expect(keyed.bodies).toHaveLength(2);
    expect(keyed.bodies[0]).toBe(keyed.bodies[1]);
  }, 15_000);

  it('retries a mutation without a key only when it is repeatable (its repeat answers as the first)', async () => {
    const POST =
      'mutation ($input: FinancePaymentRunPostInput!) { financePaymentRunPost(input: $input) { errors { code } } }';
    const answered = { status: 200, body: { data: { financePaymentRunPost: { errors: [] } } } };
    const plain = gateway([unavailable, answered]);
    await expect(client(plain.fetch).request(POST, { input: { runId: 'r1' } })).rejects.toBeInstanceOf(PartnerApiError);
    expect(plain.bodies).toHaveLength(1);

    const repeatable = gateway([unavailable, answered]);
    const answer = await client(repeatable.fetch).request(POST, { input: { runId: 'r1' } }, { repeatable: true });
    expect(answer).toEqual({ financePaymentRunPost: { errors: [] } });
    expect(repeatable.bodies).toHaveLength(2);
    expect(repeatable.bodies[0]).toBe(repeatable.bodies[1]);
  }, 15_000);

  it('reports the budget of every answer, and a 429 with the seconds to wait', async () => {
    const seen: Budget[] = [];
    const api = gateway([
      { status: 200, body: { data: { viewer: { kind: 'API_KEY' } }, extensions: { cost: BUDGET } } },
      {
        status: 429,
        headers: { 'retry-after': '41' },
        body: {
          errors: [
            {
              message: 'Rate limit exceeded: the api_key budget allows 1000 points per 60 s',
              extensions: { code: 'RATE_LIMITED', budget: { ...BUDGET, remaining: 3, resetSeconds: 41 } },
            },
          ],
        },
      },
    ]);
    const partner = client(api.fetch, (budget) => seen.push(budget));
    expect(partner.budget()).toBeNull();
    await partner.request('{ viewer { kind } }');
    expect(partner.budget()).toEqual(BUDGET);
    const refused = await partner.request('{ viewer { kind } }').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PartnerApiError);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 41 });
    expect(partner.budget()).toMatchObject({ remaining: 3, resetSeconds: 41 });
    expect(seen.map((budget) => budget.remaining)).toEqual([993, 3]);
    // a 429 is not retried: the caller decides to wait
    expect(api.bodies).toHaveLength(2);
  });
});
