import { describe, expect, it } from 'vitest';
import { createUrqlClient } from '../src/urql.ts';

/** A gateway that is briefly unavailable: every request is answered 503 SERVICE_UNAVAILABLE. */
function unavailableGateway() {
  const bodies: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    bodies.push(String(init?.body));
    return new Response(
      JSON.stringify({ errors: [{ message: 'Service unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
      { status: 503, headers: { 'content-type': 'application/json' } },
    );
  };
  return { bodies, fetch };
}

const client = (fetch: typeof globalThis.fetch) =>
  createUrqlClient({ url: 'http://gateway.test/graphql', fetch, maxAttempts: 3, requestPolicy: 'network-only' });

describe('the apps’ urql client retries', () => {
  it('a query up to maxAttempts times on SERVICE_UNAVAILABLE', async () => {
    const gateway = unavailableGateway();
    const result = await client(gateway.fetch).query('query Retried { tenant { name } }', {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(gateway.bodies).toHaveLength(3);
  }, 15_000);

  it('never a mutation: it is sent once and its failure goes back to the caller', async () => {
    const gateway = unavailableGateway();
    const result = await client(gateway.fetch)
      .mutation('mutation Once { cartCreate(input: { currency: "EUR" }) { errors { code } } }', {})
      .toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // give a retry (300 ms backoff at least) time to happen
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(gateway.bodies).toHaveLength(1);
  });
});
