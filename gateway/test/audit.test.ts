import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './fixtures/stack.ts';

let open: Stack;
let closed: Stack;
beforeAll(async () => {
  [open, closed] = await Promise.all([startStack(), startStack({ ALLOW_INTROSPECTION: 'false' })]);
});
afterAll(async () => {
  await Promise.all([open?.close(), closed?.close()]);
});

type Fetch = typeof fetch;

async function audit(url: string, fetchFn?: Fetch) {
  const results = await auditServer({ url, fetchFn });
  expect(results.length).toBeGreaterThan(30);
  return {
    failed: results
      .filter((result) => !result.name.startsWith('MAY') && result.status !== 'ok')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`),
    mayFailed: results.filter((result) => result.name.startsWith('MAY') && result.status !== 'ok').length,
  };
}

describe('GraphQL-over-HTTP audit (graphql-http)', () => {
  it('every MUST and SHOULD passes for an anonymous caller (development default)', async () => {
    const { failed, mayFailed } = await audit(open.url);
    expect(failed).toEqual([]);
    // CSRF prevention answers 403 to header-less GETs and form posts: that costs a few MAY items
    expect(mayFailed).toBeLessThanOrEqual(3);
  });

  it('every MUST and SHOULD passes for a partner key when introspection is closed to anonymous callers', async () => {
    // the audit's variables items query `__type`, which is introspection
    const withKey: Fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('x-api-key', 'ucos_sk_partner_valid_0001');
      return fetch(input, { ...init, headers });
    };
    const { failed } = await audit(closed.url, withKey);
    expect(failed).toEqual([]);
  });
});
